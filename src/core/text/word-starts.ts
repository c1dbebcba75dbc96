// Where a word stands whole in a text, answered from one index of the text's letter runs instead of a scan per word.
import { execAll } from './exec-all.ts';

// A letter as the attribution pass tests one: a single UTF-16 unit, so half of a surrogate pair is not one.
const LETTER = /\p{L}/u;
const LETTER_RUNS = /\p{L}+/gu;
const ONLY_LETTERS = /^\p{L}+$/u;
const SURROGATE = /[\uD800-\uDFFF]/;
const NONE: readonly number[] = [];

// The last text indexed: the passes of one digest ask about the same text hundreds of times, once per name.
let indexedText: string | null = null;
// Start offsets of each maximal run of letters; null when the text holds a surrogate pair, where a run of \p{L}
// (whole code points) and a run of letter units part ways.
let runStarts: Map<string, number[]> | null = null;

function letterRuns(text: string): Map<string, number[]> | null {
  if (text === indexedText) return runStarts;
  indexedText = text;
  runStarts = null;
  if (SURROGATE.test(text)) return null;
  const runs = new Map<string, number[]>();
  for (const m of execAll(LETTER_RUNS, text)) {
    const starts = runs.get(m[0]);
    if (starts) starts.push(m.index);
    else runs.set(m[0], [m.index]);
  }
  runStarts = runs;
  return runs;
}

/**
 * Offsets, in order, where `word` occurs with no letter just before or after it, as a scan with indexOf finds them
 * (each search resuming after the previous find). A word of letters only is looked up in an index of the text built
 * once; any other word is scanned for.
 * Example: `wholeWordStarts('Ann met Anna and Ann.', 'Ann')` gives `[0, 17]`.
 */
export function wholeWordStarts(text: string, word: string): readonly number[] {
  if (word === '') return NONE;
  if (ONLY_LETTERS.test(word)) {
    // A letters-only find with no letter on either side is exactly a run of letters equal to the word, and a find
    // cannot hide another inside it (the one hidden would have a letter before it).
    const runs = letterRuns(text);
    if (runs) return runs.get(word) ?? NONE;
  }
  const out: number[] = [];
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + word.length)) {
    if (!LETTER.test(text[i - 1] ?? ' ') && !LETTER.test(text[i + word.length] ?? ' ')) out.push(i);
  }
  return out;
}
