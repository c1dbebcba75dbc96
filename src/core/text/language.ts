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
  // Languages the core does not read: detecting them keeps a page that declares nothing (or a site-wide "en") from
  // being read with English rules. Words Czech and Polish share (ale, jak, tak, po, za…) are left out.
  cs: ['je', 'se', 'že', 'jsou', 'jako', 'který', 'která', 'které', 'jeho', 'však', 'jsem', 'byl', 'byla', 'bylo', 'podle', 'když', 'také', 'pro', 'už', 'při', 'ještě', 'mezi', 'před', 'nebo', 'až', 'aby', 'bude', 'není', 'kde', 'jejich'],
  pl: ['się', 'nie', 'jest', 'że', 'w', 'przez', 'oraz', 'jego', 'jej', 'który', 'która', 'które', 'tym', 'tego', 'dla', 'czy', 'są', 'był', 'była', 'było', 'będzie', 'także', 'również', 'jednak', 'tylko', 'bardzo', 'według', 'jeszcze', 'już', 'gdy'],
  id: ['yang', 'dengan', 'untuk', 'tidak', 'dari', 'dalam', 'akan', 'pada', 'juga', 'ini', 'itu', 'ke', 'karena', 'ada', 'oleh', 'mereka', 'kami', 'kita', 'bisa', 'sudah', 'telah', 'saat', 'atau', 'lebih', 'seperti', 'bahwa', 'hanya', 'tersebut', 'kepada', 'adalah'],
  sv: ['och', 'att', 'som', 'för', 'med', 'har', 'inte', 'av', 'till', 'det', 'var', 'på', 'ett', 'jag', 'hon', 'vi', 'kan', 'ska', 'eller', 'efter', 'från', 'sig', 'också', 'när', 'hade', 'bara', 'mycket', 'skulle', 'sina', 'enligt'],
};

// Evidence needed before the text overrides what the page declares: enough hits, and a clear lead.
const MIN_HITS = 12;
const MIN_LEAD = 1.6;
// The first few thousand words are plenty; longer articles need no more evidence.
const MAX_CHARS = 6_000;

const WORD_LANGUAGES: ReadonlyMap<string, string[]> = (() => {
  const map = new Map<string, string[]>();
  for (const [lang, words] of Object.entries(STOPWORDS)) {
    for (const word of words) map.set(word, [...(map.get(word) ?? []), lang]);
  }
  return map;
})();

// Letters of scripts the stopword lists cannot see: a text mostly in one of these is in an unsupported language.
// Each pattern matches what is NOT that script, so `replace(re, '')` leaves its letters to count.
const SCRIPTS: ReadonlyArray<[string, RegExp]> = [
  ['Cyrl', /\P{Script=Cyrillic}/gu], ['Grek', /\P{Script=Greek}/gu], ['Arab', /\P{Script=Arabic}/gu],
  ['Hebr', /\P{Script=Hebrew}/gu], ['Hani', /\P{Script=Han}/gu], ['Jpan', /[^\p{Script=Hiragana}\p{Script=Katakana}]/gu],
  ['Hang', /\P{Script=Hangul}/gu], ['Deva', /\P{Script=Devanagari}/gu], ['Thai', /\P{Script=Thai}/gu],
];
const NOT_WORD = /[^\p{L}]+/u;

/**
 * The language of a text from its function words, as a BCP 47 code, or null when the text does not say clearly.
 * Texts mostly in a non-Latin script give `und-<Script>` (e.g. `und-Cyrl`), which no pass supports.
 * Example: `detectLanguage('Le président a dit qu’il ne viendra pas à la réunion…') === 'fr'`.
 */
export function detectLanguage(text: string): string | null {
  const sample = text.slice(0, MAX_CHARS);
  const { latin, other } = countLetters(sample);
  if (latin + other === 0) return null;
  if (latin < other) {
    const head = sample.slice(0, 2000);
    const counts = SCRIPTS.map(([script, re]) => [script, head.replace(re, '').length] as const);
    const [script] = counts.reduce((best, next) => (next[1] > best[1] ? next : best));
    return `und-${script}`;
  }
  const hits = new Map<string, number>();
  for (const word of sample.toLowerCase().split(NOT_WORD)) {
    const langs = word.length <= 8 ? WORD_LANGUAGES.get(word) : undefined;
    if (langs) for (const lang of langs) hits.set(lang, (hits.get(lang) ?? 0) + 1);
  }
  const ranked = [...hits].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  if (!first || first[1] < MIN_HITS) return null;
  if (second && first[1] < second[1] * MIN_LEAD) return null;
  return first[0];
}

// Latin letters and letters of other scripts, by code point ranges: Unicode-property regexes are slow in V8, and
// this runs on every digest. Punctuation, symbols and spaces beyond ASCII count as neither.
function countLetters(text: string): { latin: number; other: number } {
  let latin = 0;
  let other = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const lower = c | 32;
    if (c < 0xc0) { if (lower >= 97 && lower <= 122) latin++; }
    else if (c <= 0x24f) { if (c !== 0xd7 && c !== 0xf7) latin++; }
    else if (c >= 0x1e00 && c <= 0x1eff) latin++;
    else if (c >= 0x370 && !(c >= 0x2000 && c <= 0x2bff) && !(c >= 0x3000 && c <= 0x303f) && !(c >= 0xfe00 && c <= 0xff20)
      && !(c >= 0xd800 && c <= 0xdfff)) other++;
  }
  return { latin, other };
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
