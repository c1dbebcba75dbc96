import { describe, expect, test } from 'vitest';
import { articleLanguage, detectLanguage, primaryLanguage, supportedLanguage } from '../../src/core/text/language.ts';

const TEXTS = {
  en: 'The mayor said on Monday that the city would not raise taxes this year, but that the council has been asked to review the budget. “We have to be honest with the people who elected us,” she said at a news conference, where reporters were told that a decision would be made by the end of the month.',
  fr: 'Le maire a déclaré lundi que la ville n’augmenterait pas les impôts cette année, mais que le conseil devait revoir le budget. « Nous devons être honnêtes avec ceux qui nous ont élus », a-t-elle dit lors d’une conférence de presse, où les journalistes ont appris que la décision sera prise avant la fin du mois, selon les élus qui sont aussi dans cette commission.',
  de: 'Die Bürgermeisterin sagte am Montag, die Stadt werde die Steuern in diesem Jahr nicht erhöhen, aber der Rat müsse den Haushalt prüfen. „Wir müssen ehrlich zu den Menschen sein, die uns gewählt haben“, sagte sie auf einer Pressekonferenz, bei der die Reporter erfuhren, dass eine Entscheidung bis zum Ende des Monats fallen wird und dass auch die Opposition sich nicht dagegen stellt.',
  es: 'La alcaldesa dijo el lunes que la ciudad no subirá los impuestos este año, pero que el consejo debe revisar el presupuesto. —Tenemos que ser honestos con los vecinos que nos eligieron —dijo en una conferencia de prensa, donde los periodistas supieron que la decisión se tomará antes del fin del mes, según los concejales que también están en la comisión, y que ya hay acuerdo entre los partidos sobre el plan.',
  pt: 'A prefeita disse na segunda-feira que a cidade não vai aumentar os impostos este ano, mas que o conselho deve rever o orçamento. “Temos de ser honestos com as pessoas que nos elegeram”, disse ela numa conferência de imprensa, onde os jornalistas souberam que a decisão será tomada até o fim do mês, segundo os vereadores que também estão na comissão, e que já há acordo entre os partidos sobre o plano.',
  it: 'La sindaca ha detto lunedì che la città non aumenterà le tasse quest’anno, ma che il consiglio deve rivedere il bilancio. «Dobbiamo essere onesti con le persone che ci hanno eletto», ha detto in una conferenza stampa, dove i giornalisti hanno saputo che la decisione sarà presa entro la fine del mese, secondo i consiglieri che sono anche nella commissione, e che c’è già un accordo tra i partiti sul piano della giunta.',
  nl: 'De burgemeester zei maandag dat de stad de belastingen dit jaar niet zal verhogen, maar dat de raad de begroting moet herzien. „We moeten eerlijk zijn tegen de mensen die ons hebben gekozen”, zei ze op een persconferentie, waar de verslaggevers hoorden dat er voor het einde van de maand een besluit wordt genomen, en dat ook de oppositie er niet tegen is. Het plan werd door de raad goed ontvangen.',
};

describe('detectLanguage', () => {
  test.each(Object.entries(TEXTS))('recognises %s', (lang, text) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  test.each([
    ['Cyrillic', 'Мэр города заявил в понедельник, что налоги в этом году не будут повышены, но совет должен пересмотреть бюджет.', 'und-Cyrl'],
    ['Han', '市长周一表示，今年不会提高税收，但议会必须重新审查预算。记者们在新闻发布会上得知，决定将在月底前作出。', 'und-Hani'],
    ['Greek', 'Ο δήμαρχος δήλωσε τη Δευτέρα ότι η πόλη δεν θα αυξήσει τους φόρους φέτος.', 'und-Grek'],
  ])('a text in %s script is marked as such', (_script, text, expected) => {
    expect(detectLanguage(text)).toBe(expected);
  });

  test.each([
    ['too short to tell', 'Hello there.'],
    ['no letters', '12 34 56 — 78'],
    ['empty', ''],
  ])('returns null when the text does not say: %s', (_label, text) => {
    expect(detectLanguage(text)).toBeNull();
  });
});

describe('supportedLanguage', () => {
  test.each([['en'], ['en-GB'], ['fr-CA'], ['de'], ['es-419'], ['pt-BR'], ['PT_pt'], [null], ['']])('reads %s', (lang) => {
    expect(supportedLanguage(lang)).toBe(true);
  });
  test.each([['it'], ['nl'], ['und-Cyrl'], ['zh-TW'], ['ja']])('does not read %s', (lang) => {
    expect(supportedLanguage(lang)).toBe(false);
  });
});

describe('articleLanguage', () => {
  test.each([
    ['the text wins over a site-wide declaration', 'en', [TEXTS.it], 'it'],
    ['the declaration stands when the text is too short', 'fr', ['Bonjour.'], 'fr'],
    ['no declaration: the text', null, [TEXTS.pt], 'pt'],
    ['neither', null, ['OK.'], null],
  ])('%s', (_label, declared, paragraphs, expected) => {
    expect(articleLanguage(declared, paragraphs)).toBe(expected);
  });

  test('primaryLanguage', () => {
    expect(['pt-BR', 'EN', 'zh_Hant_TW'].map(primaryLanguage)).toEqual(['pt', 'en', 'zh']);
  });
});
