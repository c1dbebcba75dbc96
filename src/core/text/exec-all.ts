// Every match of a global pattern, as String.prototype.matchAll gives them, read with exec on the pattern itself.
// matchAll clones the pattern on every call, and after a garbage collection (on a web page, after every page's DOM
// work) each clone is compiled again: for the passes' patterns of Unicode classes that was much of the core's time on
// a fresh page. Used for module-level patterns that nothing else reads with exec or test.

/**
 * All matches of `pattern` (flag g) in `text`, in order, as `[...text.matchAll(pattern)]` would give them; with `from`,
 * those the same scan finds from that offset on (as matchAll does with lastIndex set to it).
 * Example: `execAll(/\p{L}+/gu, 'a b').map((m) => m[0])` is `['a', 'b']`.
 */
export function execAll(pattern: RegExp, text: string, from = 0): RegExpExecArray[] {
  if (!pattern.global) throw new TypeError('execAll needs a global pattern');
  const out: RegExpExecArray[] = [];
  pattern.lastIndex = from;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    out.push(m);
    // As matchAll does, an empty match moves on by one character (a whole surrogate pair under flag u).
    if (m[0] === '') pattern.lastIndex = advance(text, pattern.lastIndex, pattern.unicode);
  }
  return out;
}

function advance(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const first = text.charCodeAt(index);
  const second = text.charCodeAt(index + 1);
  return first >= 0xd800 && first <= 0xdbff && second >= 0xdc00 && second <= 0xdfff ? index + 2 : index + 1;
}
