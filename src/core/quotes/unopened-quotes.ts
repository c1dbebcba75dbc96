// A quote printed with its closing mark but not its opening one (issue 15): `… China. Dafür gibt es einen neuen
// Wachstumsmarkt, der heißt Indien", betonte der Branchenkenner.` The closing mark glued to a word and a verb of
// saying right after it say the sentence was someone's words; the sentence holding the mark is the quote. Without the
// verb of saying an unused closing mark is left alone (a stray mark, an inch sign).
import { isSpeechVerb } from '../lexicon/index.ts';
import { markAt, isQuoteMark } from './quote-marks.ts';

/** A quote with no opening mark: its words run from `start` (the sentence's first character) to `close` (the mark). */
export interface UnopenedQuote { start: number; close: number }

// Auxiliaries and subject pronouns that may stand between the mark and its verb (`", a déclaré`, `," he said`).
const BEFORE_VERB = new Set(['a', 'ha', 'hat', 'has', 'had', 'he', 'she', 'they', 'we', 'er', 'sie', 'il', 'elle']);
// At most this many words of the sentence before the mark, so a whole paragraph is never taken for one quote.
const MAX_WORDS = 60;

/**
 * Quotes of one paragraph that lost their opening mark. `used` holds the positions of every mark the ordinary scan
 * paired; a closing double mark or guillemet outside them, right after a word or a full stop and followed by a comma
 * and a verb of saying, closes a quote that starts where its sentence starts, after the last paired quote.
 * Example: in `Das gelte. Es gibt Indien", betonte er.` the quote is `Es gibt Indien`.
 */
export function unopenedQuotes(text: string, used: ReadonlySet<number>): UnopenedQuote[] {
  const out: UnopenedQuote[] = [];
  let floor = 0;
  for (let i = 0; i < text.length; i++) {
    const mark = markAt(text, i);
    if (!mark) continue;
    if (used.has(i)) { floor = i + 1; continue; }
    if (mark.family === 'single' || mark.side === 'open') continue;
    // French sets a space inside guillemets (`ce point »`); other marks close right after the last word or its comma.
    const last = mark.family === 'guillemet' ? text.slice(0, i).trimEnd().at(-1) : text[i - 1];
    if (!/[\p{L}\p{N}.,!?]/u.test(last ?? ' ')) continue;
    if (!speechFollows(text.slice(i + 1, i + 40), last!)) continue;
    const start = sentenceStart(text, i, floor);
    // A sentence that opens the paragraph may be the end of a quote the paragraph before opened: not this rule's.
    if (start <= floor && floor === 0) continue;
    const words = text.slice(start, i).trim().split(/\s+/).length;
    if (words < 3 || words > MAX_WORDS || !/^\p{Lu}/u.test(text[start] ?? '')) continue;
    // A mark inside the sentence means the scan saw a quote here and judged it; this rule is for none at all.
    if (hasMark(text, start, i)) continue;
    out.push({ start, close: i });
    floor = i + 1;
  }
  return out;
}

function hasMark(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (isQuoteMark(text[k])) return true;
  return false;
}

/**
 * `", betonte der Branchenkenner"`, `", a déclaré X"`, `," he said`: a comma (after the mark, or before it in the
 * English way), then a verb of saying within two words.
 */
function speechFollows(after: string, last: string): boolean {
  const m = (/[,?!]/.test(last) ? /^\s+(\p{L}+)(?:\s+(\p{L}+))?/u : /^,\s*(\p{L}+)(?:\s+(\p{L}+))?/u).exec(after);
  if (!m) return false;
  if (isSpeechVerb(m[1]!)) return true;
  return BEFORE_VERB.has(m[1]!.toLowerCase()) && m[2] !== undefined && isSpeechVerb(m[2]);
}

/** Where the sentence holding `pos` starts: after the last full stop followed by a space and a capital, or `floor`. */
function sentenceStart(text: string, pos: number, floor: number): number {
  for (let i = pos - 1; i > floor; i--) {
    if (text[i - 1] !== ' ' || !/\p{Lu}/u.test(text[i]!)) continue;
    let j = i - 2;
    while (j > floor && isQuoteMark(text[j])) j--;
    if (/[.!?]/.test(text[j] ?? '')) return i;
  }
  // Nothing ends a sentence since the last paired quote: the words start after it.
  let start = floor;
  while (start < pos && /\s/.test(text[start]!)) start++;
  return start;
}
