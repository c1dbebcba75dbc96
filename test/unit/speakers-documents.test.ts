// Issue 15: documents whose issuer the phrase itself names ("a report by …", "o comunicado do STF"), and bodies named
// short after their full name ("o Supremo", "STF"). Each table holds cases of our own beside the corpus's.
import { describe, expect, test } from 'vitest';
import { digest } from '../../src/core/digest.ts';
import type { Article } from '../../src/core/types.ts';
import { documentIssuer, issuerInPhrase } from '../../src/core/quotes/document-issuers.ts';
import { fullBodyName } from '../../src/core/quotes/body-names.ts';

function speakers(lang: string, ...paragraphs: string[]) {
  const article: Article = { title: 'T', byline: null, siteName: null, publishedTime: null, lang, url: null, paragraphs };
  return digest(article).quotes.map((q) => [q.text, q.speaker]);
}

describe('issuerInPhrase: the issuer a document phrase names', () => {
  test.each([
    // wcxb-0174
    ['a June report by the University of Chicago Education Lab and MDRC, a research organization.', 'University of Chicago Education Lab and MDRC'],
    // correiobraziliense (dev3)
    ['o comunicado do STF.', 'STF'],
    // ours, in French, Spanish, German and English
    ['un rapport de l’OCDE publié mardi', 'OCDE'],
    ['la nota del Ministerio de Economía', 'Ministerio de Economía'],
    ['einer Mitteilung der Deutschen Bahn zufolge', 'Deutschen Bahn'],
    ['a statement from Meta said', 'Meta'],
    ['the report', null],
    ['the letter signed by seven physicians', null],
    ['a report by their own team', null],
  ])('%j → %s', (phrase, issuer) => {
    expect(issuerInPhrase(phrase, 0)).toBe(issuer);
  });
});

describe('a possessive ends an issuer’s name', () => {
  test.each([
    // wcxb-0034: of two reports the nearer owner, not "Both Strava's and ClassPass".
    ['Both Strava\'s and ClassPass\'s reports highlighted group sports. ', 'ClassPass'],
    // ours
    ['The Met Office\'s annual report was out. ', 'Met Office'],
    ['Oxfam\'s and the Red Cross\'s reports were blunt. ', 'Red Cross'],
  ])('%j → %s', (text, issuer) => {
    expect(documentIssuer(text, text.length, 'report')).toBe(issuer);
  });
});

describe('a document names its issuer: the issuer speaks', () => {
  test.each([
    ['en', ['Their results were “sobering,” according to a June report by the University of Chicago Education Lab and MDRC, a research organization.'],
      'University of Chicago Education Lab and MDRC'],
    // ours
    ['fr', ['« La croissance ralentira nettement en 2026 », selon un rapport de l’OCDE publié mardi.'], 'OCDE'],
    ['es', ['«No habrá nuevos impuestos este año», señala la nota del Ministerio de Economía.'], 'Ministerio de Economía'],
    // a place is no issuer: the document stays the speaker's description
    ['fr', ['« Rien ne doit servir de prétexte », dit la déclaration de Genève.'], 'la déclaration de Genève'],
  ])('%s %j → %s', (lang, paragraphs, speaker) => {
    expect(speakers(lang, ...paragraphs)[0]![1]).toBe(speaker);
  });
});

describe('fullBodyName: the full name of a body named short', () => {
  const text = 'O presidente do Supremo Tribunal Federal (STF) falou. Die Bundesagentur für Arbeit (BA) meldet. The Supreme Court ruled. The Supreme Leader spoke. The UN (United Nations) met.';
  test.each([
    ['Supremo', 'Supremo Tribunal Federal'], ['STF', 'Supremo Tribunal Federal'],
    // ours
    ['BA', 'Bundesagentur für Arbeit'],
    ['Supreme', null], // two full names begin with it: no certain link
    ['UN', null], // the acronym before its expansion is not this shape
    ['Bundesagentur', 'Bundesagentur für Arbeit'],
  ])('%s → %s', (short, full) => {
    expect(fullBodyName(text, short)).toBe(full);
  });
});

describe('a body named short speaks under its full name', () => {
  test.each([
    ['pt', ['O senador se reuniu com o presidente do Supremo Tribunal Federal (STF), ministro Luiz Fux.',
      'Por meio de nota, o Supremo afirmou que as Forças Armadas estão "comprometidas com a democracia".'], 'Supremo Tribunal Federal'],
    ['pt', ['O senador se reuniu com o presidente do Supremo Tribunal Federal (STF), ministro Luiz Fux.',
      '"As Forças Armadas estão comprometidas com a democracia", diz o comunicado do STF.'], 'Supremo Tribunal Federal'],
    // ours
    ['de', ['Die Bundesagentur für Arbeit (BA) legte am Dienstag neue Zahlen vor.',
      '„Der Arbeitsmarkt bleibt trotz der schwachen Konjunktur stabil“, teilte die BA mit.'], 'Bundesagentur für Arbeit'],
  ])('%s %j → %s', (lang, paragraphs, speaker) => {
    expect(speakers(lang, ...paragraphs).at(-1)![1]).toBe(speaker);
  });
});

describe('a brand in camel case issues its report, though it was learned as a speaker', () => {
  test.each([
    // wcxb-0034
    [['ClassPass also reported that strength training has become a popular workout.', 'Both Strava\'s and ClassPass\'s reports highlighted group sports.',
      '“This triple-digit rise may be fueled by Olympic excitement,” the report stated.'], 'ClassPass'],
    // ours
    [['PayPal said that payments rose in the spring.', 'PayPal\'s annual report came out on Monday.', '“Growth was strong across every region,” the report stated.'], 'PayPal'],
    // a person's report keeps its description
    [['Dr. Jane Mercer said that patients waited longer.', 'Mercer\'s report came out on Monday.', '“Waiting times doubled across every region,” the report stated.'], 'the report'],
  ])('%j → %s', (paragraphs, speaker) => {
    expect(speakers('en', ...paragraphs).at(-1)![1]).toBe(speaker);
  });
});

describe('a statement with no issuer, or "heißt es": the body the paragraph names', () => {
  test.each([
    // tagesspiegel (dev3)
    ['de', ['Was für andere Wochen die Deutsche Post erlebt hat. Nicht weniger, sondern viel mehr war zu tun. „Allein für die Zustellung haben wir 30 000 Liter Desinfektionsmittel bereitgestellt“, heißt es. Die Fahrzeuge würden gereinigt.'], 'Deutsche Post'],
    // ours
    ['es', ['El Banco de España presentó su informe anual el martes en Madrid.', '«Mantenemos los objetivos para el año», según el comunicado.'], 'Banco de España'],
    ['de', ['Die Deutsche Bahn hat am Montag neue Zahlen vorgelegt.', '„Die Pünktlichkeit hat sich im Sommer deutlich verbessert“, hieß es in der Mitteilung.'], 'Deutsche Bahn'],
    // no body named: the statement stays the description, or no one
    ['es', ['Las cifras se conocieron el martes.', '«Mantenemos los objetivos para el año», según el comunicado.'], 'el comunicado'],
    ['de', ['Die Zahlen kamen am Montag.', '„Die Pünktlichkeit hat sich im Sommer deutlich verbessert“, heißt es im Lied.'], null],
  ])('%s %j → %s', (lang, paragraphs, speaker) => {
    expect(speakers(lang, ...paragraphs).at(-1)![1]).toBe(speaker);
  });
});

describe('another word for a role, with the complement the article gave one person', () => {
  const before = 'O presidente do STF, Luiz Fux, também se encontrou, ontem, com o ministro da Defesa, general Paulo Sérgio Nogueira.';
  test.each([
    // correiobraziliense (dev3)
    ['pt', [before, 'O encontro aconteceu em meio à crise.', 'O titular da Defesa respondeu prontamente. "Afirmar que as Forças Armadas foram orientadas a atacar o sistema é irresponsável".'], 'Paulo Sérgio Nogueira'],
    // ours: the name before the role
    ['es', ['Ana Beltrán Ruiz, ministra de Hacienda, presentó el presupuesto.', 'La crisis siguió.', 'La titular de Hacienda respondió enseguida. «No habrá nuevos impuestos este año».'], 'Ana Beltrán Ruiz'],
  ])('%s %j → %s', (lang, paragraphs, speaker) => {
    expect(speakers(lang, ...paragraphs).at(-1)![1]).toBe(speaker);
  });

  test('two people tied to the complement: no certain link, neither is the speaker', () => {
    const said = speakers('pt', 'O ministro da Defesa, general Paulo Sérgio Nogueira, falou. O ex-ministro da Defesa, general Walter Braga Netto, também.',
      'O encontro aconteceu em meio à crise.', 'O titular da Defesa respondeu prontamente. "Afirmar que as Forças Armadas foram orientadas a atacar o sistema é irresponsável".');
    expect(said.at(-1)![1] ?? '').not.toMatch(/Nogueira|Netto/);
  });
});

describe('"le texte", "the text": the document named just before', () => {
  test.each([
    // lopinion (dev3)
    ['fr', ['Les opposants réclament le « principe de précaution », défini dans la déclaration de Rio adoptée par l’ONU en 1992. « L’absence de certitude scientifique absolue ne doit pas servir de prétexte pour ne pas interdire », dit en substance le texte.'], 'la déclaration de Rio'],
    // ours
    ['en', ['The rules go back to the Declaration of Helsinki, signed in 1964. “The well-being of the individual research subject must take precedence over all other interests,” the text says.'], 'the Declaration of Helsinki'],
    ['es', ['El Gobierno invocó el tratado de Lisboa, firmado en 2007. «La Unión respetará la igualdad de los Estados miembros ante los Tratados», dice el texto.'], 'el tratado de Lisboa'],
  ])('%s %j → %s', (lang, paragraphs, speaker) => {
    expect(speakers(lang, ...paragraphs).at(-1)![1]).toBe(speaker);
  });
});

describe('a numbered part of a law speaks for the law the paragraph names, or as written', () => {
  test.each([
    // wcxb-2722
    ['en', ['Significantly, the AI Act applies these obligations extraterritorially. Article 53.1 states that “Any provider placing a general-purpose AI model on the Union market should comply with this obligation.”'], 'the AI Act'],
    ['en', ['The AI Act applies these obligations widely.', 'Japan and Singapore have adopted permissive approaches. Japan\'s Article 30-4 allows exploitation of works “in any way and to the extent considered necessary” for non-expressive purposes.'], 'Japan\'s Article 30-4'],
    // ours
    ['en', ['Platforms have long leaned on one provision. Section 230 says that “No provider or user of an interactive computer service shall be treated as the publisher or speaker of any information.”'], 'Section 230'],
  ])('%s %j → %s', (lang, paragraphs, speaker) => {
    expect(speakers(lang, ...paragraphs).at(-1)![1]).toBe(speaker);
  });
});

describe('outside English, a noun for a person that is no role word: who spoke last in the paragraph', () => {
  test.each([
    // elpais.com.uy (dev3)
    ['es', ['Ese mismo día, el presidente del sindicato portuario, Álvaro Reinaldo, señaló en rueda de prensa que el conflicto “está en la puerta” y luego cuestionó el acuerdo. “Hubiésemos preferido equivocarnos, pero este acuerdo no es bueno”, dijo el gremialista en defensa del consorcio.'], 'Álvaro Reinaldo'],
    // ours
    ['pt', ['O deputado Marcos Ribeiro Lopes afirmou que o partido “vai resistir” e criticou o governo. “Não vamos aceitar este corte no orçamento da saúde”, disse o militante após a votação.'], 'Marcos Ribeiro Lopes'],
    // the speaker spoke in another paragraph: no link
    ['pt', ['O deputado Marcos Ribeiro Lopes afirmou que o partido “vai resistir” e criticou o governo.', 'A votação terminou tarde. “Não vamos aceitar este corte no orçamento da saúde”, disse o militante após a votação.'], 'o militante'],
  ])('%s %j → %s', (lang, paragraphs, speaker) => {
    expect(speakers(lang, ...paragraphs).at(-1)![1]).toBe(speaker);
  });
});
