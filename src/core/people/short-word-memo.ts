/**
 * `fn` with its answers for short words remembered (issue 17: the people passes ask the same few words again and again
 * on every name). Only words of up to 12 characters are kept, since a longer one may be a slice holding on to the
 * whole article's text, and the store is emptied when it reaches 20,000 words, so it stays bounded on any page.
 * Example: `const lower = shortWordMemo((w) => w.toLowerCase())` lowers each short word once.
 */
export function shortWordMemo<T>(fn: (word: string) => T): (word: string) => T {
  const known = new Map<string, T>();
  return (word) => {
    if (word.length > 12) return fn(word);
    if (known.has(word)) return known.get(word)!;
    if (known.size >= 20_000) known.clear();
    const answer = fn(word);
    known.set(word, answer);
    return answer;
  };
}
