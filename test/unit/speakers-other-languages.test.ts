// Issue 15: who said it in German, French, Spanish and Portuguese — nouns are no speakers, German reported speech and
// word order, roles tied to the named person, pronouns, relative clauses. Each table holds a case of our own making.
import { describe, expect, test } from 'vitest';
import { digest } from '../../src/core/digest.ts';
import type { Article } from '../../src/core/types.ts';
import { isCommonNoun } from '../../src/core/quotes/common-nouns.ts';
import { isReportedSpeech } from '../../src/core/quotes/reported-speech.ts';
import { isRoleWord } from '../../src/core/quotes/speaker-names.ts';
import { buildTextDoc } from '../../src/core/digest.ts';
import { findQuotes } from '../../src/core/quotes/quote-spans.ts';
import { attributeSpeakers } from '../../src/core/quotes/attribution.ts';
import type { PersonEntity } from '../../src/core/people/index.ts';

function speakers(lang: string, ...paragraphs: string[]) {
  const article: Article = { title: 'T', byline: null, siteName: null, publishedTime: null, lang, url: null, paragraphs };
  return digest(article).quotes.map((q) => [q.text, q.speaker]);
}

describe('isCommonNoun', () => {
  test.each([
    ['Die Nachfrage der Airlines sei hoch. Nachfrage gibt es.', 'Nachfrage', true],
    ['Der weltweite Luftverkehrsmarkt sei groß.', 'Luftverkehrsmarkt', true],
    ['Hier geht’s zur Anmeldung!', 'Anmeldung', true],
    ['In ihrer Bewerbungsrede nannte sie es so.', 'Bewerbungsrede', true],
    ['La semaine dernière, le Gouvernement a tranché.', 'Gouvernement', true],
    ['Merkel sagte, die Lage sei ernst.', 'Merkel', false],
    ['Ursula von der Leyen sprach.', 'Leyen', false],
    ['Luiz Inácio Lula da Silva disse.', 'Silva', false],
    ['Der Chef Robert Meier sagte.', 'Robert Meier', false],
  ])('%j: %s → %s', (text, word, expected) => {
    expect(isCommonNoun(text, word)).toBe(expected);
  });
});

describe('isReportedSpeech', () => {
  test.each([
    ['Die Nachfrage der Airlines sei hoch, ', true],
    ['Das werde erst geschehen, ', true],
    ['Die Luftfahrtindustrie entwickle sich als ', true],
    ['Die Bäckerei könne nicht mehr liefern', true],
    ['Vor 2028 würden Airbus und Boeing ', true],
    ['Ich habe das nie gesagt', false],
    ['Die Nachfrage ist hoch', false],
    ['Der Markt wächst', false],
  ])('%j → %s', (sentence, expected) => {
    expect(isReportedSpeech(sentence)).toBe(expected);
  });
});

describe('isRoleWord: German compounds end in their role', () => {
  test.each([
    ['Konzernchef', true], ['Rheinmetall-Sprecher', true], ['Bundesverkehrsminister', true], ['ZdK-Chefin', true],
    ['Branchenkenner', true], ['Bäckereileiterin', true],
    ['Kirche', false], ['Nachfrage', false], ['Fischer', false], ['Leiter', false],
  ])('%s → %s', (word, expected) => {
    expect(isRoleWord(word)).toBe(expected);
  });
});

describe('attribution outside English', () => {
  test.each([
    ['a German noun after its article is not a speaker; the subjunctive carries the source', 'de',
      ['Robert Machtlinger ist Chef von FACC. „Die Branche wächst“, sagte Machtlinger.', 'Der weltweite Luftverkehrsmarkt sei "größer als vor COVID-19". Das Flugaufkommen liege bei 108 Prozent.'],
      [['Die Branche wächst', 'Robert Machtlinger'], ['größer als vor COVID-19', 'Robert Machtlinger']]],
    ['the subjunctive in our own words', 'de',
      ['Anna Vogt leitet die Bäckerei. „Wir backen weiter“, sagte Vogt.', 'Die Bäckerei könne "nicht mehr liefern als bisher".'],
      [['Wir backen weiter', 'Anna Vogt'], ['nicht mehr liefern als bisher', 'Anna Vogt']]],
    ['an indicative noun sentence takes no one', 'de',
      ['Die Nachfrage ist hoch, „mehr als wir liefern können“.'],
      [['mehr als wir liefern können', null]]],
    ['"so X" after a quote', 'de',
      ['Die neue Karte „hilft uns da sehr, weil wir Leute finden“, so Machtlinger.'],
      [['hilft uns da sehr, weil wir Leute finden', 'Machtlinger']]],
    ['a dative newspaper after the name is not part of it', 'de',
      ['Alfons Hörmann griff an. Er gehe "aus guten Gründen davon aus", sagte Hörmann der Augsburger Allgemeinen.'],
      [['aus guten Gründen davon aus', 'Alfons Hörmann']]],
    ['the verb second: the subject follows it', 'de',
      ['Anna Stetter-Karp ist gewählt.', 'Zugleich mahnte sie: "Die Debatte darf uns nicht aufsaugen".', 'In ihrer Rede nannte Stetter-Karp den Prozess "unverzichtbar".'],
      [['Die Debatte darf uns nicht aufsaugen', 'Anna Stetter-Karp'], ['unverzichtbar', 'Anna Stetter-Karp']]],
    ['the verb second with no verb of saying', 'de',
      ['Anna Stetter-Karp ist neue Präsidentin.', 'Als ZdK-Chefin will Stetter-Karp "leidenschaftlich für Reformen kämpfen".'],
      [['leidenschaftlich für Reformen kämpfen', 'Anna Stetter-Karp']]],
    ['the verb second, our own', 'de',
      ['Jens Keller trainiert den Verein seit Mai.', 'Nach dem Spiel wollte Keller "nichts mehr von Abstieg und Angst hören".'],
      [['nichts mehr von Abstieg und Angst hören', 'Jens Keller']]],
    ['two names after the verb: the first is the subject', 'de',
      ['Jens Keller und Tim Roth sprachen.', 'Nach dem Spiel lobte Keller Roth als "den besten Spieler der ganzen Saison".'],
      [['den besten Spieler der ganzen Saison', 'Jens Keller']]],
    ['a role with its firm, tied to the person of that role', 'de',
      ['Konzernchef Robert Machtlinger stellte die Zahlen vor.', 'Die Branche ist stark. "Die Lieferketten werden sich verändern", sagte der Konzernchef von FACC mit Blick auf Europa.'],
      [['Die Lieferketten werden sich verändern', 'Robert Machtlinger']]],
    ['the named speaker of a sentence, not the first name in it', 'de',
      ['Er finde es seltsam, dass Bernd Lucke blieb, sagte Martin Dolzer.', 'Er fordert: «Herr Lucke sollte sich entschuldigen.»'],
      [['Herr Lucke sollte sich entschuldigen.', 'Martin Dolzer']]],
    ['a pronoun with a listener after it', 'de',
      ['Tobias Lindner nennt den Vorfall ernst. "Die Firma muss das klären", sagte er dem NDR.'],
      [['Die Firma muss das klären', 'Tobias Lindner']]],
    ['"so X" at the end of the writer\'s clause', 'de',
      ['Robert Machtlinger leitet FACC.', 'Die Branche entwickle sich als "eine der wenigen, die nicht klagen können" sehr gut, so Machtlinger.'],
      [['eine der wenigen, die nicht klagen können', 'Robert Machtlinger']]],
    ['a pronoun after an unnamed man is his, not the person named before him', 'de',
      ['Johannes Caspar erklärt die Frist. "Die Meldung muss in 72 Stunden erfolgen", sagte er dem NDR.', 'Der Mann veröffentlicht gehackte Informationen. Er sagt, dass er aus Protest gehandelt habe: "Ich bin gegen den Handel mit Waffen", schrieb er dem NDR.', 'Das Veröffentlichen sei für ihn "ein Weg des Protests".'],
      [['Die Meldung muss in 72 Stunden erfolgen', 'Johannes Caspar'], ['Ich bin gegen den Handel mit Waffen', null], ['ein Weg des Protests', null]]],
    ['an unnamed woman, our own, in French', 'fr',
      ['Paul Martin a parlé le matin.', 'La femme attendait depuis des heures. Elle a dit : « Personne ne nous écoute ici ».'],
      [['Personne ne nous écoute ici', null]]],
    ['"von" after a full name says where the person comes from', 'de',
      ['Für „Peta“ reagiert die Stadt zu spät: „Wir haben täglich Meldungen von toten Tieren bekommen“, erklärte Nadja Michler von „Peta“.'],
      [['Wir haben täglich Meldungen von toten Tieren bekommen', 'Nadja Michler']]],
    ['"von" after a first name opens the surname', 'de',
      ['Ursula von der Leyen sprach in Brüssel. „Wir müssen jetzt gemeinsam handeln“, sagte von der Leyen.'],
      [['Wir müssen jetzt gemeinsam handeln', 'Ursula von der Leyen']]],
    ['the second clause of a sentence has its own subject', 'es',
      ['El politólogo Samuel Huntington definía una sociedad así como pretoriana y el jurista Carlos Nino llamó a la Argentina "un país al margen de la ley".'],
      [['un país al margen de la ley', 'Carlos Nino']]],
    ['the second clause, our own, in French', 'fr',
      ['Le maire Paul Martin a ouvert la séance et la ministre Marie Dubois a qualifié le projet de « pari risqué sur l’avenir du pays ».'],
      [['pari risqué sur l’avenir du pays', 'Marie Dubois']]],
    ['a document as the subject before: its wording', 'fr',
      ['Le projet de loi énonce les domaines que peuvent invoquer les services. Il s’agit notamment de « l’indépendance nationale et de la défense nationale » et de « la prévention du terrorisme ».'],
      [['l’indépendance nationale et de la défense nationale', 'Le projet de loi'], ['la prévention du terrorisme', 'Le projet de loi']]],
    ['a document with its verb right before the quote', 'es',
      ['Entre ellos aparecía Ocalan, a quien el informe ubicó "con domicilios en Palermo y en el centro porteño".'],
      [['con domicilios en Palermo y en el centro porteño', 'el informe']]],
    ['a document, our own, in German', 'de',
      ['Der Bericht nennt die Lage „eine dauerhafte Überlastung aller Kliniken im Land“.'],
      [['eine dauerhafte Überlastung aller Kliniken im Land', 'Der Bericht']]],
    ['unnamed sources named by where they are', 'es',
      ['En tanto, fuentes de Montecon dijeron a El País que “la empresa tomó esta medida para descomprimir la situación”.'],
      [['la empresa tomó esta medida para descomprimir la situación', 'fuentes de Montecon']]],
    ['unnamed sources, our own, in Portuguese', 'pt',
      ['Fontes do Planalto disseram que "o governo não vai recuar da proposta de reforma".'],
      [['o governo não vai recuar da proposta de reforma', 'Fontes do Planalto']]],
    ['unnamed sources in English', 'en',
      ['Sources close to the minister said she would "not stand in the way of the inquiry at all".'],
      [['not stand in the way of the inquiry at all', 'Sources close to the minister']]],
    ['a dropped subject is the source quoted just before', 'es',
      ['Dmitry Muratov habló en Ginebra. “Es una gran tragedia para todos nosotros”, comentó Muratov.', 'También podría anexionar Kherson, Mykolaiv y Odesa. “Nadie entiende nada”, insistió.'],
      [['Es una gran tragedia para todos nosotros', 'Dmitry Muratov'], ['Nadie entiende nada', 'Dmitry Muratov']]],
    ['a dropped subject, our own, in Portuguese', 'pt',
      ['"Vamos votar a reforma ainda este mês", disse Arthur Lira na terça.', 'O texto segue para Brasília e Recife. "Não há pressa nenhuma nisso", completou.'],
      [['Vamos votar a reforma ainda este mês', 'Arthur Lira'], ['Não há pressa nenhuma nisso', 'Arthur Lira']]],
    ['a dropped subject with no quote before: no one', 'es',
      ['Kherson y Odesa siguen bajo fuego. “Nadie entiende nada”, insistió.'],
      [['Nadie entiende nada', null]]],
    ['a Spanish relative clause names no speaker', 'es',
      ['Dmitry Muratov habló en Ginebra.', 'El periodista ruso, cuyo periódico Novaya Gazeta se ha visto obligado a cerrar, advirtió que los “guerreros de la propaganda” trabajan.'],
      [['guerreros de la propaganda', 'Dmitry Muratov']]],
    ['a quote standing alone after reported speech, with no quote before it: the source a verb of saying named', 'de',
      ['Der AStA verkläre die Vorfälle, sagte Bernd Lucke am Samstag.', 'Ein Gespräch sei nicht sinnvoll. «Wenn der AStA eine Veranstaltung organisiert, komme ich gerne.»'],
      [['Wenn der AStA eine Veranstaltung organisiert, komme ich gerne.', 'Bernd Lucke']]],
    ['our own: a quote with its own full stop ends its sentence, after reported speech', 'de',
      ['„Wir bauen weiter“, sagte Jana Roth.', 'Das habe sie getragen. „Ich war dort für alle.“ Roth saß lange in Haft.'],
      [['Wir bauen weiter', 'Jana Roth'], ['Ich war dort für alle.', 'Jana Roth']]],
    ['Konjunktiv II carries the source too', 'de',
      ['„Die Branche wächst“, sagte Robert Meier.', 'Vor 2028 würden Airbus und Boeing "kaum neue Flugzeuge bauen". Das werde erst geschehen, "wenn es ein Triebwerk gibt".'],
      [['Die Branche wächst', 'Robert Meier'], ['kaum neue Flugzeuge bauen', 'Robert Meier'], ['wenn es ein Triebwerk gibt', 'Robert Meier']]],
    ['a German inverted subject the people pass missed, named in full elsewhere', 'de',
      ['Irme Stetter-Karp ist gewählt.', 'Als ZdK-Chefin will Stetter-Karp "leidenschaftlich für Reformen kämpfen".'],
      [['leidenschaftlich für Reformen kämpfen', 'Irme Stetter-Karp']]],
    ['a definite description repeats the full one given for an earlier quote', 'es',
      ['Fuentes de Montecon dijeron a El País que “la empresa tomó esta medida”.', '“Tenemos un compromiso con el puerto”, explicaron las fuentes.'],
      [['la empresa tomó esta medida', 'Fuentes de Montecon'], ['Tenemos un compromiso con el puerto', 'Fuentes de Montecon']]],
    ['our own: the same in English', 'en',
      ['“We are reviewing the footage,” a Border Patrol spokesperson said on Monday.', '“No one was hurt,” the spokesperson added.'],
      [['We are reviewing the footage,', 'a Border Patrol spokesperson'], ['No one was hurt,', 'a Border Patrol spokesperson']]],
    ['our own: a description of another head keeps its own words', 'en',
      ['“We are reviewing the footage,” a Border Patrol spokesperson said on Monday.', '“No one was hurt,” the officer added.'],
      [['We are reviewing the footage,', 'a Border Patrol spokesperson'], ['No one was hurt,', 'the officer']]],
    ['a view given right before the quote: "Pour la toxicologue," with two toxicologists, the one quoted last', 'fr',
      ['Antony Fastier, toxicologue, a parlé lundi. Dominique Parent-Massin, toxicologue, aussi.', '« Le danger est une propriété », explique Dominique Parent-Massin.', 'Pour la toxicologue, « interdire un produit sur la base du danger est absurde. »'],
      [['Le danger est une propriété', 'Dominique Parent-Massin'], ['interdire un produit sur la base du danger est absurde.', 'Dominique Parent-Massin']]],
    ['our own: "Para el entrenador," in Spanish', 'es',
      ['Marcelo Gallardo, entrenador de River, habló el lunes.', 'Para el entrenador, “el equipo jugó muy bien y merecía ganar”.'],
      [['el equipo jugó muy bien y merecía ganar', 'Marcelo Gallardo']]],
    ['"Pour prendre une image," is no one\'s view', 'fr',
      ['Pour prendre une image, « le danger pour un avion, c’est de tomber ».'],
      [['le danger pour un avion, c’est de tomber', null]]],
    ['an unmarked attribution inside guillemets names both parts', 'fr',
      ['« Absurde. Ce processus est la norme, explique Antony Fastier, toxicologue, ancien de l’Anses. Les études doivent être fournies par les entreprises. »'],
      [['Absurde. Ce processus est la norme,', 'Antony Fastier'], ['Les études doivent être fournies par les entreprises.', 'Antony Fastier']]],
    ['"écrit l’agence": the body named last before it, of that kind', 'fr',
      ['Le 30 avril, l’EPA américaine n’a pas cillé. L’EPA a publié un avis. L’EPA est une agence.', '« Il n’y a pas de risque pour la santé publique. », écrit l’agence.'],
      [['Il n’y a pas de risque pour la santé publique.', 'l’agence']]],
    ['a participle opens an adverbial before the subject of the sentence before the quote', 'pt',
      ['"Pode haver acontecimentos pontuais", disse Rodrigo Pacheco, presidente do Senado.', 'Perguntado sobre a lisura do pleito, o senador demonstrou preocupação. Afirmou que as eleições não podem ser usadas para "arroubos antidemocráticos" em favor do fechamento do STF.'],
      [['Pode haver acontecimentos pontuais', 'Rodrigo Pacheco'], ['arroubos antidemocráticos', 'Rodrigo Pacheco']]],
    ['our own: an epithet takes the speaker quoted before it, not one quoted later', 'es',
      ['“Vamos a ganar”, dijo Marcelo Gallardo, entrenador de River.', 'Consultado sobre el clásico, el entrenador sonrió. Dijo que el equipo buscará “una victoria histórica” el domingo.', '“No hay nada decidido”, afirmó Martín Demichelis.'],
      [['Vamos a ganar', 'Marcelo Gallardo'], ['una victoria histórica', 'Marcelo Gallardo'], ['No hay nada decidido', 'Martín Demichelis']]],
    ['our own: a participle opener in the quote\'s own sentence', 'es',
      ['“Vamos a ganar”, dijo Marcelo Gallardo.', 'Consultada por la prensa, Ana López calificó la medida como “una crisis grave para todos”.'],
      [['Vamos a ganar', 'Marcelo Gallardo'], ['una crisis grave para todos', 'Ana López']]],
    ['"der Sprecher" with no body takes the body the paragraph names after "von"', 'de',
      ['Die Angestellten von Gegenbauer bewachen Gebäude. „Das Tragen muss aber auch richtig erklärt werden“, sagt der Sprecher.'],
      [['Das Tragen muss aber auch richtig erklärt werden', 'der Sprecher von Gegenbauer']]],
    ['"eine Sprecherin" after "bei der …"', 'de',
      ['Bislang gab es bei der Berliner Straßenreinigung 13 Infizierte. „Tourenpläne bekommen sie im Freien“, schildert eine Sprecherin.'],
      [['Tourenpläne bekommen sie im Freien', 'eine Sprecherin der Berliner Straßenreinigung']]],
    ['our own: a place after "von" is no body', 'de',
      ['Die Menschen von Hamburg warten. „Wir brauchen Geduld“, sagt der Sprecher.'],
      [['Wir brauchen Geduld', 'der Sprecher']]],
    ['a clitic pronoun ends the subject before its verb', 'es',
      ['Consultada sobre esta desproporción, una fuente de los servicios nos la resumió así: "Es un problema menor que nadie quiere ver".'],
      [['Es un problema menor que nadie quiere ver', 'una fuente de los servicios']]],
    ['our own: "me la resumió"', 'es',
      ['Consultado sobre el tema, una fuente del puerto me la resumió así: "Es un problema menor que nadie quiere ver".'],
      [["Es un problema menor que nadie quiere ver", "una fuente del puerto"]]],
    ['our own: "nos lo resumió"', 'es',
      ['Consultada sobre el caso, una fuente judicial nos lo resumió así: "No vamos a cambiar la política del puerto".'],
      [['No vamos a cambiar la política del puerto', "una fuente judicial"]]],
    ['a French relative clause, our own', 'fr',
      ['Marie Dubois a parlé lundi.', 'La ministre, dont le conseiller Paul Martin était absent, a dit que la réforme était « une nécessité ».'],
      [['une nécessité', 'Marie Dubois']]],
  ])('%s', (_name, lang, paragraphs, expected) => {
    expect(speakers(lang, ...paragraphs)).toEqual(expected);
  });
});

describe('a person the people pass cut from a phrase is no speaker when it opens with a particle', () => {
  const person = (name: string): PersonEntity => ({ name, aliases: [], role: null, gender: null, mentions: [] });
  test.each([
    // The fragment is skipped while reading the phrase now, so the sentence before gives the description who answered.
    ['pt', 'O titular da Defesa respondeu. "Afirmar que as Forças Armadas atacam o sistema é grave", disse da Defesa.', 'da Defesa', 'O titular da Defesa'],
    ['de', '„Die Lieferketten werden sich verändern“, sagte von FACC.', 'von FACC', null],
    ['de', '„Die Lieferketten werden sich verändern“, sagte Robert Machtlinger.', 'Robert Machtlinger', 'Robert Machtlinger'],
  ])('%s: %s', (lang, text, name, expected) => {
    const doc = buildTextDoc({ title: '', byline: null, siteName: null, publishedTime: null, lang, url: null, paragraphs: [text] });
    const [first] = attributeSpeakers(doc, findQuotes(doc), { people: [person(name)], organizations: [] });
    expect(first?.speaker ?? null).toBe(expected);
  });
});
