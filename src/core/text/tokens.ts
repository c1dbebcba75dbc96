// Word tokens with offsets, as the name passes see them: abbreviations keep their period, possessives split off.
import { execAll } from './exec-all.ts';

export interface Token {
  text: string;
  start: number;
  end: number;
  /** True for the first word of a sentence, a paragraph or a quotation. */
  sentenceStart: boolean;
}

// Abbreviations that keep their period inside a name or title ("Gov. Kristi Noem", "Martin Luther King Jr.").
const DOTTED = new Set([
  'Mr', 'Mrs', 'Ms', 'Mx', 'Dr', 'Prof', 'Sen', 'Rep', 'Gov', 'Lt', 'Gen', 'Col', 'Maj', 'Capt', 'Sgt', 'Cmdr', 'Adm',
  'Cpl', 'Pvt', 'Det', 'Insp', 'Supt', 'Rev', 'Fr', 'St', 'Mt', 'Jr', 'Sr', 'Pres', 'Atty', 'Sec', 'Amb', 'Ald', 'Hon',
  'Inc', 'Corp', 'Co', 'Ltd', 'Dept', 'Bros', 'Ave', 'No', 'Mme',
]);

const SUFFIXES = new Set(['Inc', 'Corp', 'Co', 'Ltd', 'Bros']);
const PARAGRAPH_END = /\.[ \t]*(?:\n|$)/y;

const TOKEN = /(?:\p{L}\.){2,}|[\p{L}\p{M}](?:[\p{L}\p{M}\p{N}\u00AD]|['’](?=\p{L})|[-‐](?=[\p{L}\p{N}]))*|\p{N}[\p{N}.,:/]*|[^\s]/gu;
// "Putin’s" → "Putin" + "’s".
function splitPossessive(word: string): [string, string] | null {
  if (word.length < 3 || word.charAt(word.length - 1) !== 's') return null;
  const mark = word.charAt(word.length - 2);
  return mark === "'" || mark === '’' ? [word.slice(0, -2), word.slice(-2)] : null;
}
// Read in place: tokenize asks this between every two tokens, and slicing out the gap cost more than the test.
function hasNewline(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) return true;
  return false;
}
const isLetter = (c: string): boolean => c !== c.toLowerCase() || c !== c.toUpperCase();
const SENTENCE_END = new Set(['.', '!', '?', '…', ':', ';', '•', '|', '—', '–']);
const OPENERS = new Set(['"', '“', '‘', "'", '(', '[', '«', '„']);

/**
 * Splits text into word and punctuation tokens with offsets.
 * Example: `tokenize("Mr. Putin’s visit").map(t => t.text)` gives `['Mr.', 'Putin', '’s', 'visit']`.
 */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let atStart = true;
  // execAll, not matchAll: the clone matchAll makes of this pattern of Unicode classes is compiled again on a fresh page.
  for (const m of execAll(TOKEN, text)) {
    // Soft hyphens ("Vladi\u00ADmir") are invisible: the word is read without them.
    let word = m[0].includes('\u00AD') ? m[0].replace(/\u00AD/g, '') : m[0];
    const start = m.index;
    // The period taken into an abbreviation ("Mr.") is not a sentence end.
    if (word === '.' && out.length > 0 && out[out.length - 1]!.end > start) continue;
    // A newline in the gap before this token means a new paragraph.
    if (out.length > 0 && hasNewline(text, out[out.length - 1]!.end, start)) atStart = true;
    if (isLetter(word.charAt(0))) {
      const poss = splitPossessive(word);
      if (poss) {
        const split = start + m[0].length - 2;
        out.push({ text: poss[0], start, end: split, sentenceStart: atStart });
        out.push({ text: poss[1], start: split, end: start + m[0].length, sentenceStart: false });
        atStart = false;
        continue;
      }
      // Keep the period of an initial or a known abbreviation.
      const single = word.length === 1 && word !== word.toLowerCase();
      // A company suffix at the very end of a paragraph leaves its period to the sentence ("… and Lear Corp.").
      PARAGRAPH_END.lastIndex = start + m[0].length;
      const last = SUFFIXES.has(word) && PARAGRAPH_END.test(text);
      if (text[start + m[0].length] === '.' && (single || DOTTED.has(word)) && !last) word += '.';
      const dotted = word.endsWith('.') && !m[0].endsWith('.');
      out.push({ text: word, start, end: start + m[0].length + (dotted ? 1 : 0), sentenceStart: atStart });
      atStart = false;
    } else {
      out.push({ text: word, start, end: start + word.length, sentenceStart: false });
      if (SENTENCE_END.has(word)) atStart = true;
      else if (!OPENERS.has(word)) atStart = atStart && /^[-–—]$/.test(word);
    }
  }
  return out;
}
