import type { Paragraph, Sentence } from './text.ts';

// Abbreviations after which a period does not end a sentence (titles, months, initials handled separately).
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'sgt', 'capt', 'cmdr', 'adm', 'maj',
  'st', 'jr', 'sr', 'rev', 'hon', 'pres', 'supt', 'insp', 'det', 'fr', 'sec', 'atty', 'ald', 'amb',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'no', 'nos', 'vs', 'v', 'etc', 'inc', 'ltd', 'co', 'corp', 'bros', 'dept', 'univ', 'approx', 'est', 'fig',
  'u.s', 'u.k', 'u.n', 'e.g', 'i.e', 'a.m', 'p.m', 'd.c', 'mt', 'ft', 'ave', 'blvd', 'rd',
]);

const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '»', '“']);
const CJK_CLOSERS = new Set(['”', '’', '」', '』', '）', ')', '"', '】']);

/**
 * Splits one paragraph into sentences, keeping offsets into the document text.
 * A terminator inside quotation marks ends the sentence only when the closing mark follows it.
 * Example: `splitSentences({index:0,text:'He left. She stayed.',start:0,end:20}, 0)` gives two sentences.
 */
export function splitSentences(paragraph: Paragraph, firstIndex: number): Sentence[] {
  const { text } = paragraph;
  const sentences: Sentence[] = [];
  let sentenceStart = 0;
  let depth = 0;
  // Open German quotations („…“) among the open ones.
  let germanOpen = 0;
  const push = (end: number) => {
    let s = sentenceStart;
    while (s < end && /\s/.test(text[s]!)) s++;
    let e = end;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) {
      sentences.push({
        index: firstIndex + sentences.length,
        paragraph: paragraph.index,
        text: text.slice(s, e),
        start: paragraph.start + s,
        end: paragraph.start + e,
      });
    }
    sentenceStart = end;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    // German quotes open with „ and close with “, the mark English opens with: after „, “ closes (issue 16).
    if (ch === '“' && germanOpen > 0) { germanOpen--; if (depth > 0) depth--; }
    else if (ch === '“' || ch === '«' || ch === '„' || (ch === '‘' && text[i + 1] === '‘')) { depth++; if (ch === '„') germanOpen++; }
    else if ((ch === '”' || ch === '»' || isDoubledClose(text, i)) && depth > 0) { depth--; if (ch === '”' && germanOpen > 0) germanOpen--; }
    // Chinese and Japanese end a sentence with a full-width mark and no space. Outside a quotation it always ends one;
    // before a closing mark ("…。”他说。") the attribution that follows still belongs to it.
    if (ch === '。' || ch === '！' || ch === '？') {
      let j = i + 1;
      while (j < text.length && (text[j] === '！' || text[j] === '？' || text[j] === '。')) j++;
      if (depth === 0 && j < text.length && !CJK_CLOSERS.has(text[j]!)) { push(j); i = j - 1; }
      continue;
    }
    if (ch !== '.' && ch !== '!' && ch !== '?' && ch !== '…') continue;
    // Take trailing terminators and closing marks with the sentence.
    let j = i + 1;
    while (j < text.length && (text[j] === '.' || text[j] === '!' || text[j] === '?')) j++;
    let closedQuote = false;
    while (j < text.length && CLOSERS.has(text[j]!)) {
      if (text[j] === '”' || text[j] === '»' || isDoubledClose(text, j)) { closedQuote = true; if (depth > 0) depth--; }
      else if (text[j] === '“' && germanOpen > 0) { closedQuote = true; germanOpen--; if (depth > 0) depth--; }
      j++;
    }
    if (j < text.length && !/\s/.test(text[j]!)) continue;
    let k = j;
    while (k < text.length && /\s/.test(text[k]!)) k++;
    if (k >= text.length) break;
    const next = text[k]!;
    // A new sentence starts with a capital, a digit or an opening mark.
    if (!/[\p{Lu}\p{N}"“‘'«„(\[]/u.test(next)) continue;
    if (depth > 0 && !closedQuote) continue;
    if (ch === '.' && (isAbbreviation(text, i) || isNameInCapitals(text, i, k) || isOrdinalDate(text, i, k))) continue;
    push(j);
    i = j - 1;
  }
  push(text.length);
  return sentences;
}

// German and Nordic write a day of the month as an ordinal with a dot ("am 31. Oktober", "den 5. maj"): no sentence
// ends there.
// Months spelled as in English ("August") count only after a word that introduces a date ("am 3. August").
const MONTH_AFTER_ORDINAL = /^(?:Januar|Jänner|Februar|März|Mai|Juni|Juli|Oktober|Dezember|januari|februari|mars|maj|juni|juli|augusti|oktober)\b/u;
const ANY_MONTH = /^(?:April|August|September|November|april|september|november|december)\b/u;
const DATE_PREPOSITION = /(?:^|\s)(?:am|vom|bis|zum|ab|seit|den|dem|des|der|vor|nach|und|til|på|fra|(?:Mon|Diens|Donners|Frei|Sams|Sonn)tag|Mittwoch),?\s\d{1,2}$/u;
function isOrdinalDate(text: string, dot: number, next: number): boolean {
  const before = text.slice(Math.max(0, dot - 20), dot);
  if (!/(?:^|[\s(])\d{1,2}$/.test(before)) return false;
  const month = text.slice(next, next + 10);
  return MONTH_AFTER_ORDINAL.test(month) || (ANY_MONTH.test(month) && DATE_PREPOSITION.test(before));
}

// A product or model name with a dot goes on in capitals ("the VW ID. SPACE VIZZION is…"): a short capitalised token
// before the dot and two words in capitals after it. "…joined the EU. NATO said" still splits.
function isNameInCapitals(text: string, dot: number, next: number): boolean {
  return /(?:^|\s)\p{Lu}[\p{L}]{0,2}$/u.test(text.slice(Math.max(0, dot - 4), dot)) && /^\p{Lu}{2,} \p{Lu}{2,}\b/u.test(text.slice(next, next + 40));
}

// Two single closing marks printed for a double one ("…mislead voters,’’ Will Moy said"); counted at the second.
function isDoubledClose(text: string, at: number): boolean {
  return text[at] === '’' && text[at - 1] === '’';
}

/** True when the period at `dot` ends an abbreviation or an initial: `isAbbreviation('Mr. Jones', 2) === true`. */
export function isAbbreviation(text: string, dot: number): boolean {
  let s = dot;
  // Bounded look-back: no abbreviation is longer than a dozen characters, and a run of dots must not go quadratic.
  while (s > 0 && dot - s < 12 && /[\p{L}.]/u.test(text[s - 1]!)) s--;
  const word = text.slice(s, dot).toLowerCase();
  if (word.length === 0) return false;
  // A single capital letter is an initial ("J. Smith", "J.D. Vance").
  if (/^\p{Lu}$/u.test(text.slice(s, dot))) return true;
  if (/^(\p{L}\.)+\p{L}$/u.test(word)) return true;
  return ABBREVIATIONS.has(word);
}

/** Splits every paragraph; sentence indexes run through the whole document. */
export function splitAllSentences(paragraphs: readonly Paragraph[]): Sentence[] {
  const all: Sentence[] = [];
  for (const p of paragraphs) all.push(...splitSentences(p, all.length));
  return all;
}
