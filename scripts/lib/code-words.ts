// Codes a word list compactly for the bundle; src/core/lexicon/coded-words.ts decodes it.

// The longest shared part one entry can say: one digit.
const MAX_SHARED = 9;

const reverse = (s: string): string => [...s].reverse().join('');

/**
 * Sorts the words (reversed first when `reversed`, so that neighbours share endings: "-ologist", "-ographer") and
 * writes each as one digit, how many letters it shares with the entry before (at most 9), then the rest. Words must
 * hold no digits. Example: `codeWords(['biologist', 'ecologist'], true) === '0tsigoloce7ib'`,
 * `codeWords(['Abbe', 'Abbey']) === '0Abbe4y'`.
 */
export function codeWords(words: readonly string[], reversed = false): string {
  let previous = '';
  let out = '';
  for (const word of (reversed ? words.map(reverse) : [...words]).sort()) {
    if (/\d/.test(word)) throw new Error(`a coded word holds a digit: ${word}`);
    let shared = 0;
    while (shared < MAX_SHARED && shared < previous.length && previous[shared] === word[shared]) shared++;
    out += `${shared}${word.slice(shared)}`;
    previous = word;
  }
  return out;
}
