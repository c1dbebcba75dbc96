// Which language an article is in, and whether the core's passes (quotation marks, verbs of saying, titles) read it.

/** Languages whose quotation marks, sentence rules and verbs of saying the core handles. */
export const SUPPORTED_LANGUAGES: readonly string[] = ['en', 'fr', 'de', 'es', 'pt'];

// Frequent function words that tell these languages apart. Words shared by two languages that are often confused
// (de, que, en, a, una, il, es, ha…) are left out, so each hit is evidence for one language only.
const STOPWORDS: Record<string, readonly string[]> = {
  en: ['the', 'and', 'of', 'to', 'is', 'that', 'for', 'with', 'he', 'she', 'it', 'said', 'his', 'her', 'they', 'have', 'has', 'from', 'by', 'this', 'be', 'are', 'not', 'but', 'at', 'which', 'who', 'would', 'were', 'been'],
  fr: ['le', 'les', 'et', 'est', 'du', 'dans', 'qui', 'pour', 'pas', 'sur', 'au', 'avec', 'ce', 'elle', 'sont', 'ont', 'aux', 'mais', 'nous', 'vous', 'cette', 'été', 'aussi', 'leur', 'était', 'une', 'ses', 'ces', 'comme', 'selon'],
  de: ['der', 'die', 'das', 'und', 'ist', 'nicht', 'ein', 'eine', 'den', 'dem', 'zu', 'mit', 'sich', 'auf', 'für', 'von', 'auch', 'im', 'wird', 'sie', 'hat', 'wurde', 'sind', 'oder', 'bei', 'noch', 'einem', 'einer', 'aber', 'nach'],
  es: ['el', 'los', 'las', 'del', 'y', 'por', 'es', 'lo', 'al', 'más', 'pero', 'sus', 'fue', 'como', 'este', 'esta', 'han', 'está', 'también', 'según', 'entre', 'cuando', 'muy', 'sin', 'sobre', 'ya', 'hay', 'dijo', 'su', 'le'],
  pt: ['não', 'os', 'da', 'dos', 'das', 'em', 'com', 'é', 'ao', 'pelo', 'pela', 'mais', 'também', 'foi', 'são', 'isso', 'ele', 'ela', 'seu', 'sua', 'na', 'nos', 'já', 'até', 'mas', 'uma', 'disse', 'muito', 'sobre', 'quando'],
  it: ['di', 'che', 'è', 'della', 'per', 'non', 'sono', 'gli', 'anche', 'alla', 'delle', 'nel', 'più', 'questo', 'stato', 'dei', 'dal', 'nella', 'ma', 'essere', 'degli', 'alle', 'questa', 'molto', 'ancora', 'fatto', 'hanno', 'tra', 'come', 'detto'],
  nl: ['het', 'een', 'van', 'dat', 'op', 'te', 'niet', 'zijn', 'voor', 'met', 'ook', 'aan', 'maar', 'om', 'werd', 'door', 'naar', 'bij', 'dan', 'nog', 'wordt', 'hij', 'ze', 'deze', 'heeft', 'zei', 'wel', 'geen', 'uit', 'worden'],
};

// Evidence needed before the text overrides what the page declares: enough hits, and a clear lead.
const MIN_HITS = 12;
const MIN_LEAD = 1.6;
// The first few thousand words are plenty; longer articles need no more evidence.
const MAX_CHARS = 20_000;

const WORD_LANGUAGES: ReadonlyMap<string, string[]> = (() => {
  const map = new Map<string, string[]>();
  for (const [lang, words] of Object.entries(STOPWORDS)) {
    for (const word of words) map.set(word, [...(map.get(word) ?? []), lang]);
  }
  return map;
})();

// Letters of scripts the stopword lists cannot see: a text mostly in one of these is in an unsupported language.
const SCRIPTS: ReadonlyArray<[string, RegExp]> = [
  ['Cyrl', /\p{Script=Cyrillic}/u], ['Grek', /\p{Script=Greek}/u], ['Arab', /\p{Script=Arabic}/u],
  ['Hebr', /\p{Script=Hebrew}/u], ['Hani', /\p{Script=Han}/u], ['Jpan', /[\p{Script=Hiragana}\p{Script=Katakana}]/u],
  ['Hang', /\p{Script=Hangul}/u], ['Deva', /\p{Script=Devanagari}/u], ['Thai', /\p{Script=Thai}/u],
];

/**
 * The language of a text from its function words, as a BCP 47 code, or null when the text does not say clearly.
 * Texts mostly in a non-Latin script give `und-<Script>` (e.g. `und-Cyrl`), which no pass supports.
 * Example: `detectLanguage('Le président a dit qu’il ne viendra pas à la réunion…') === 'fr'`.
 */
export function detectLanguage(text: string): string | null {
  const sample = text.slice(0, MAX_CHARS);
  const letters = sample.match(/\p{L}/gu) ?? [];
  if (letters.length === 0) return null;
  const latin = letters.filter((c) => /\p{Script=Latin}/u.test(c)).length;
  if (latin < letters.length / 2) {
    const counts = SCRIPTS.map(([script, re]) => [script, letters.filter((c) => re.test(c)).length] as const);
    const [script] = counts.reduce((best, next) => (next[1] > best[1] ? next : best));
    return `und-${script}`;
  }
  const hits = new Map<string, number>();
  for (const word of sample.toLowerCase().match(/\p{L}+/gu) ?? []) {
    for (const lang of WORD_LANGUAGES.get(word) ?? []) hits.set(lang, (hits.get(lang) ?? 0) + 1);
  }
  const ranked = [...hits].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  if (!first || first[1] < MIN_HITS) return null;
  if (second && first[1] < second[1] * MIN_LEAD) return null;
  return first[0];
}

/** The primary subtag of a language tag, lower-cased: `primaryLanguage('pt-BR') === 'pt'`. */
export function primaryLanguage(lang: string): string {
  return lang.trim().split(/[-_]/)[0]!.toLowerCase();
}

/**
 * Whether the core reads this language well. Unknown (null or empty) counts as supported: the digest is tried.
 * Example: `supportedLanguage('de-AT') === true`, `supportedLanguage('it') === false`.
 */
export function supportedLanguage(lang: string | null): boolean {
  if (!lang || !lang.trim()) return true;
  return SUPPORTED_LANGUAGES.includes(primaryLanguage(lang));
}

/**
 * The article's language: what its text says when that is clear (pages often declare a site-wide default),
 * else what the page declares, else null.
 * Example: `articleLanguage('en', italianParagraphs) === 'it'`; `articleLanguage('fr', ['Bonjour.']) === 'fr'`.
 */
export function articleLanguage(declared: string | null, paragraphs: readonly string[]): string | null {
  let text = '';
  for (const paragraph of paragraphs) {
    if (text.length >= MAX_CHARS) break;
    text += `${paragraph}\n`;
  }
  const detected = detectLanguage(text);
  if (detected) return detected;
  return declared?.trim() ? declared.trim() : null;
}
