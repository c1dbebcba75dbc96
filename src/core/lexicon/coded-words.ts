// Reads the word lists scripts/lib/code-words.ts codes: each entry a digit (characters shared with the entry
// before) and the rest, reversed words when the list was coded by endings.

/**
 * The words of a coded list. Example: `decodeWords('0tsigoloce7ib', true)` is ['ecologist', 'biologist'],
 * `decodeWords('0Abbe4y')` is ['Abbe', 'Abbey'].
 */
export function decodeWords(coded: string, reversed = false): string[] {
  const out: string[] = [];
  let previous = '';
  let i = 0;
  while (i < coded.length) {
    const shared = coded.charCodeAt(i) - 48;
    let j = i + 1;
    while (j < coded.length && (coded.charCodeAt(j) < 48 || coded.charCodeAt(j) > 57)) j++;
    const word = previous.slice(0, shared) + coded.slice(i + 1, j);
    out.push(reversed ? [...word].reverse().join('') : word);
    previous = word;
    i = j;
  }
  return out;
}
