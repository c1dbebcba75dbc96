// Which quotation mark a character is, and whether it opens or closes here (issue 3). Pure character tests, no regex
// over the whole text, so scanning stays linear however many marks a page has.

export type MarkFamily = 'double' | 'single' | 'guillemet';

export interface Mark {
  family: MarkFamily;
  /** 'open', 'close', or 'either' for a straight mark whose side only the context can tell. */
  side: 'open' | 'close' | 'either';
}

const MARKS: Record<string, Mark> = {
  '“': { family: 'double', side: 'open' },
  // Some sites print ” for both marks; at a word's start it opens.
  '”': { family: 'double', side: 'either' },
  '„': { family: 'double', side: 'open' },
  '"': { family: 'double', side: 'either' },
  '‘': { family: 'single', side: 'open' },
  '’': { family: 'single', side: 'close' },
  '‚': { family: 'single', side: 'open' },
  "'": { family: 'single', side: 'either' },
  '«': { family: 'guillemet', side: 'open' },
  '»': { family: 'guillemet', side: 'close' },
  '‹': { family: 'guillemet', side: 'open' },
  '›': { family: 'guillemet', side: 'close' },
};

// Every mark is ", ' or above U+00AA: one comparison rules out almost every character before the table lookup.
function couldBeMark(code: number): boolean {
  return code === 34 || code === 39 || (code >= 0xab && (code === 0xab || code === 0xbb || (code >= 0x2018 && code <= 0x203a)));
}

/** The quotation mark at `i`, if any: `markAt('“Hi”', 0)` is `{ family: 'double', side: 'open' }`. */
export function markAt(text: string, i: number): Mark | undefined {
  return couldBeMark(text.charCodeAt(i)) ? MARKS[text[i]!] : undefined;
}

/** True for any quotation mark character: `isQuoteMark('»') === true`. */
export function isQuoteMark(ch: string | undefined): boolean {
  return ch !== undefined && couldBeMark(ch.charCodeAt(0)) && MARKS[ch] !== undefined;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** True for a letter or digit: `isWordChar('é') === true`, `isWordChar(' ') === false`. */
export function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && LETTER_OR_DIGIT.test(ch);
}

// Before an opening mark: start, space, an opening bracket or dash, or another mark ("‘“Yes”’").
const BEFORE_OPEN = /[\s([{\u2014\u2013\-/:;,…]/;
/** True when an opening mark may follow `prev`: `canOpenAfter(' ') === true`, `canOpenAfter('s') === false`. */
export function canOpenAfter(prev: string | undefined): boolean {
  return prev === undefined || BEFORE_OPEN.test(prev) || isQuoteMark(prev);
}

// Words that start with an elision apostrophe ('em, 'til, 'n', 'cause): the mark is not an opening quote.
const ELISIONS = /^(?:em|til|tis|twas|n|cause|bout|round|cos|coz|nuff|ello|ere|im|er)(?![\p{L}])/iu;

/**
 * True when a single mark at `i` is an apostrophe, not a quotation mark: inside a word (`don’t`), before a decade
 * (`’80s`) or an elided word (`’em`).
 */
export function isApostrophe(text: string, i: number): boolean {
  const prev = text[i - 1];
  const next = text[i + 1];
  if (isWordChar(prev) && isWordChar(next)) return true;
  if (!isWordChar(prev)) {
    const after = text.slice(i + 1, i + 6);
    if (/^\d\d(?:s\b|\b)/.test(after)) return true;
    if (ELISIONS.test(after)) return true;
  }
  return false;
}

/**
 * A closing single mark right after "s" and before a word is most likely a plural possessive (`the players’ union`,
 * `Mr Jones’ car`): weak, taken as a closing quote only when no better closing mark follows.
 */
export function isWeakSingleClose(text: string, i: number): boolean {
  const prev = text[i - 1];
  if (prev !== 's' && prev !== 'S') return false;
  const next = text[i + 1];
  return next === ' ' && isWordChar(text[i + 2]);
}
