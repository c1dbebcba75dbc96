// Finds every direct quotation in the article text (issue 3): all mark styles, nesting, interrupted and
// multi-paragraph quotes, partial quotes; leaves out titles, nicknames, scare quotes and link teasers.
import type { Span } from '../types.ts';
import type { Paragraph, TextDoc } from '../text/index.ts';
import { countWords, execAll, isAbbreviation } from '../text/index.ts';
import { markAt, canOpenAfter, isApostrophe, isWeakSingleClose, isQuoteMark, isWordChar, type MarkFamily } from './quote-marks.ts';
import { isSpeechVerb } from '../lexicon/index.ts';
import { unopenedQuotes } from './unopened-quotes.ts';

export interface QuoteSpan {
  text: string;
  /** The quoted words without the marks, in doc.text. */
  span: Span;
  paragraph: number;
  partial: boolean;
  /** From the opening mark to just after the closing mark (or the paragraph end for a quote that runs on). */
  marks: Span;
  /** False for a paragraph of a multi-paragraph quote that the next paragraph continues. */
  closed: boolean;
  /**
   * For a quote inside a quote (‘…’ in “…”, ‹…› in «…», ‚…‘ in „…“) that the outer speaker reports as someone's
   * words: the index, in the same list, of the quote that holds it.
   */
  nestedIn?: number;
}

/** `unopened`: the page printed no opening mark; `open` is then the space before the quote's sentence. */
interface RawQuote { open: number; close: number; family: MarkFamily; unopened?: boolean }
/** A quote one level inside a top-level quote, with where that one opens. */
interface InnerQuote extends RawQuote { parent: number }
interface Scan { quotes: RawQuote[]; inner: InnerQuote[]; runOn: RawQuote | null }

// How far around a quote its sentence (and so its attribution) is looked for, in characters.
const MAX_CONTEXT = 600;
// Nesting deeper than this is noise (stray marks), not prose.
const MAX_DEPTH = 4;
// A paragraph with an unbalanced mark is rescanned without the culprit at most this many times.
const MAX_RESCANS = 4;

/** Top-level quotes of one paragraph, by a single left-to-right pass with a small stack of open marks. */
function scanParagraph(text: string, ignored: ReadonlySet<number>, noSingles: boolean): Scan {
  // Where the last strong closing single mark is: a weak one (`players’ union`) before it is an apostrophe.
  let lastStrongSingle = -1;
  for (let i = text.length - 1; i >= 0 && lastStrongSingle < 0; i--) {
    const ch = text[i];
    if ((ch === '’' || ch === "'") && !ignored.has(i) && /\S/.test(text[i - 1] ?? ' ') && !isWordChar(text[i + 1])
      && !isApostrophe(text, i) && !isWeakSingleClose(text, i)) lastStrongSingle = i;
  }
  const stack: { family: MarkFamily; at: number; ch: string }[] = [];
  const quotes: RawQuote[] = [];
  const inner: InnerQuote[] = [];
  // The second of two single marks that closed a double quote.
  let skip = -1;
  for (let i = 0; i < text.length; i++) {
    let mark = markAt(text, i);
    if (!mark || ignored.has(i) || i === skip) continue;
    // Two single marks typed for a double one (`“It was an attempt to mislead voters,’’ Will Moy`): they close it.
    if (mark.family === 'single' && (text[i] === '’' || text[i] === "'") && text[i + 1] === text[i] && stack.some((s) => s.family === 'double')) {
      mark = { family: 'double', side: 'close' };
      skip = i + 1;
    }
    const { family } = mark;
    if (family === 'single' && (noSingles || isApostrophe(text, i))) continue;
    const prev = text[i - 1];
    const next = text[i + 1];
    const inFamily = stack.some((s) => s.family === family);
    let side = mark.side;
    if (side === 'either') {
      // `so der CEO."Die Branche …`: a space lost after a full stop; a capital after the mark opens a new sentence.
      const lostSpace = /[.!?]/.test(prev ?? '') && /\p{Lu}/u.test(next ?? '') && !inFamily;
      const canOpen = (canOpenAfter(prev) || lostSpace) && next !== undefined && /\S/.test(next);
      // After an opening bracket a straight mark opens (`employee ("seats")`), even inside a quote of its kind.
      const canClose = prev !== undefined && /[^\s([{]/.test(prev);
      if (inFamily && canClose) side = 'close';
      else if (canOpen) side = 'open';
      else if (inFamily) side = 'close';
      else continue;
    }
    // German „…“: the left double mark closes a quote opened low.
    if (text[i] === '“' && stack.at(-1)?.ch === '„') side = 'close';
    // And ‘ closes the single quote opened low inside it (‚…‘).
    if (text[i] === '‘' && stack.at(-1)?.ch === '‚') side = 'close';
    if (side === 'close') {
      if (family === 'single' && (prev === undefined || /\s/.test(prev))) continue;
      if (family === 'single' && i < lastStrongSingle && isWeakSingleClose(text, i)) continue;
      let depth = stack.length - 1;
      while (depth >= 0 && stack[depth]!.family !== family) depth--;
      if (depth < 0) continue;
      const open = stack[depth]!;
      stack.length = depth;
      if (depth === 0) quotes.push({ open: open.at, close: i, family });
      else if (depth === 1) inner.push({ open: open.at, close: i, family, parent: stack[0]!.at });
      continue;
    }
    // An opening single mark is followed by the quoted word, not by a space.
    if (family === 'single' && !(isWordChar(next) || isQuoteMark(next) || next === '…')) continue;
    if (stack.length < MAX_DEPTH) stack.push({ family, at: i, ch: text[i]! });
  }
  const first = stack[0];
  return { quotes, inner, runOn: first ? { open: first.at, close: text.length, family: first.family } : null };
}

/**
 * A quote left open at the paragraph end is kept when it follows the multi-paragraph convention or a colon
 * introduction: it opens the paragraph or follows "said:"/"said,". Anything else is a stray mark.
 */
function acceptRunOn(text: string, q: RawQuote, nextOpensQuote: boolean): boolean {
  const before = text.slice(0, q.open).trimEnd();
  const words = countWords(text.slice(q.open + 1));
  if (words < 3) return false;
  if (q.family === 'single' && words < 4) return false;
  // `Pompeo said the release “gives us hope …` + a paragraph opening with a mark: the quote runs on.
  if (nextOpensQuote && q.family === 'double' && words >= 5) return true;
  return before === '' || /[:.!?]$/.test(before) || (before.endsWith(',') && q.family !== 'single');
}

function scanWithRecovery(text: string, nextOpensQuote = false): { quotes: RawQuote[]; inner: InnerQuote[] } {
  const ignored = new Set<number>();
  for (let attempt = 0; attempt <= MAX_RESCANS; attempt++) {
    const scan = scanParagraph(text, ignored, false);
    if (!scan.runOn) return scan;
    if (acceptRunOn(text, scan.runOn, nextOpensQuote)) return { quotes: [...scan.quotes, scan.runOn], inner: scan.inner };
    ignored.add(scan.runOn.open);
  }
  // Too many stray marks: single marks here are apostrophes.
  const scan = scanParagraph(text, ignored, true);
  return { quotes: scan.runOn && acceptRunOn(text, scan.runOn, nextOpensQuote) ? [...scan.quotes, scan.runOn] : scan.quotes, inner: scan.inner };
}

const SENTENCE_END = /[.!?…:;"”’'»)\]]$/;
/**
 * A paragraph that does not end like a sentence and is short: a headline, teaser, caption or list of links.
 * Example: `isTeaser({ index: 0, text: 'More from UK', start: 0, end: 12 }) === true`.
 */
export function isTeaser(p: Paragraph): boolean {
  const text = p.text.trimEnd();
  // A quote signed after a dash (`“…” ― Ann Lee`) is a quote, not a headline.
  if (/[”"’»]\s*[―—–-]\s*\p{Lu}[\p{L}.'’ -]{0,60}$/u.test(text)) return false;
  if (!SENTENCE_END.test(text)) return countWords(text) < 30;
  // A related-link headline ends on its quote with no sentence punctuation: `Andrew parties despite claiming 'he can't sweat'`.
  if (/[^.!?…,;:\s"”’'»][”’'"»]$/u.test(text) && !/[.!?]\s/.test(text) && countWords(text) < 30) return true;
  // A heading that is all quote, with no sentence punctuation inside its marks (‘We need to listen’).
  // A numbered heading counts too (`3. “Not some irregular channel”`).
  const heading = text.replace(/^\d{1,2}[.)]\s+/, '');
  const bare = heading.replace(/[\s"”’'»]+$/u, '');
  return bare.length < heading.length && isQuoteMark(heading[0]) && !/[.!?…,]$/.test(bare) && countWords(heading) < 12;
}

// Small words that stay lower case in a title ("Nothing Compares 2 U", "A Tale of Two Cities").
const TITLE_SMALL_WORDS = new Set(['a', 'an', 'the', 'of', 'to', 'in', 'on', 'and', 'or', 'for', 'at', 'by', 'with', 'as', 'vs', 'de',
  'after', 'from', 'into', 'over', 'upon', 'via',
  // Articles and prepositions of other languages' titles ("La leggenda del Grande Tempio", "Il Signore degli Anelli").
  'del', 'della', 'dello', 'degli', 'delle', 'dei', 'di', 'da', 'la', 'le', 'les', 'el', 'los', 'las', 'du', 'des', 'et', 'e', 'y',
  'der', 'die', 'das', 'und', 'von', 'van']);
// Words that announce a name, not speech: `dubbed “Gucci Grace”`, `the so-called “Blue House”`.
const NAMING_WORDS = /(?:dubbed|nicknamed|named|titled|entitled|known as|so-called|hashtag|slogan|headlined|the words?|the term|the phrase|the label|the name|(?:is|are|was|were|be|been|being|what[’']s|what is|so|now|sometimes|often|also|commonly|widely|usually|,) called|(?:those|who are|are|is|was|were|be|been|being) considered)\s*$/i;
// A work named right after its kind: `In her book “A Paradise Built in Hell: …,”`, `the film “Wild Rose”`.
const WORK_BEFORE = /\b(?:book|novel|film|movie|album|song|single|show|series|play|poem|essay|documentary|memoir|podcast|episode|exhibition|game|musical|opera|sitcom|column|anthology)s?\s*,?\s*$/i;

/** Title Case without sentence punctuation: `Blue House`, `DisGrace`, `There Are Many Sides to This`. */
function looksLikeName(raw: string, after: string, before = ''): boolean {
  // `It’s ‘Showtime at the Apollo.’`: the sentence's own punctuation sits inside a nested mark; `Dr.` ends no sentence.
  const quote = raw.replace(/[’'”"]+$/u, '').replace(/\b(Dr|Mr|Mrs|Ms|St|Jr|Sr|Prof|Gen|Sen|Rep|Gov|Lt|Col|Capt|No|Vol)\./g, '$1');
  if (/[!?;:]\s*$/.test(quote) || /[.!?]\s/.test(quote)) return false;
  // A sentence of its own, with nothing of the writer's around it: `“It’s ‘Showtime at the Apollo.’”`.
  if (before === '' && countWords(quote) >= 2 && /[.]$/.test(quote) && after.trim() === '') return false;
  // American style keeps the comma inside the marks (`in “Wild Rose,” Buckley plays`): still a title, unless a verb
  // of saying follows (`“Absolutely,” he said`).
  if (/[.,]\s*$/.test(quote) && (quote.split(/\s+/).length < 2 || hasSpeechCue(after.split(/[.!?]/)[0]!.split(/\s+/).slice(0, 5).join(' ')))) {
    // `previously said on “DWTS.”`: one capitalised word after a preposition is a title, whatever follows.
    return quote.split(/\s+/).length === 1 && /^\p{Lu}/u.test(quote) && /\b(?:on|in|at|from|of|for)\s*$/i.test(before);
  }
  const words = quote.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (words.length === 0 || words.length > 8) return false;
  return words.every((w, i) => /^[\p{Lu}\p{N}'‘“"(]/u.test(w) || (i > 0 && TITLE_SMALL_WORDS.has(w.toLowerCase())));
}

/** The start of the sentence holding `pos` inside a paragraph, not looking back past `floor`. */
export function sentenceStartBefore(text: string, pos: number, floor: number): number {
  // No attribution reaches further back than this; the bound keeps many quotes in one huge sentence linear.
  floor = Math.max(floor, pos - MAX_CONTEXT);
  // The space right after a closing mark at `floor` can start a sentence too (`…supporter.” Emery retweeted`).
  for (let i = pos - 1; i >= floor && i > 0; i--) {
    const ch = text[i];
    if (ch !== ' ') continue;
    let j = i - 1;
    while (j > 0 && j > i - 4 && isQuoteMark(text[j])) j--;
    const t = text[j];
    if ((t === '.' || t === '!' || t === '?' || t === '…') && !(t === '.' && isAbbreviation(text, j))) {
      if (/[\p{Lu}\p{N}"“‘'«„(]/u.test(text[i + 1] ?? '')) return i + 1;
    }
  }
  return floor;
}

/** The end of the sentence holding `pos`, not looking past `ceiling`. */
export function sentenceEndAfter(text: string, pos: number, ceiling: number): number {
  ceiling = Math.min(ceiling, pos + MAX_CONTEXT);
  for (let i = pos; i < ceiling; i++) {
    const t = text[i];
    if (t !== '.' && t !== '!' && t !== '?') continue;
    if (t === '.' && isAbbreviation(text, i)) continue;
    let j = i + 1;
    while (j < ceiling && isQuoteMark(text[j])) j++;
    if (j >= ceiling || text[j] === ' ') return j;
  }
  return ceiling;
}

const WORD = /[\p{L}][\p{L}'’-]*/gu;
function hasSpeechCue(text: string, withCall = true): boolean {
  if (/\baccording to\b/i.test(text)) return true;
  for (const m of execAll(WORD, text)) if (isSpeechVerb(m[0]) || (withCall && /^call(?:ed|s|ing)?$/i.test(m[0]))) return true;
  return false;
}

// `the technique called “mental chronometry”`: a noun named by "called", not someone's words.
const NAMED_BY_CALLED = /\b(?:the|a|an|this|that)(?:\s+[\p{L}-]+){1,3}\s+(?:called|termed)\s*$/iu;
// Before a quote that modifies a noun: a determiner or possessive, perhaps one adjective (`the`, `South Dakota’s viral`).
const MODIFIER_BEFORE = /(?:\b(?:the|a|an|this|that|its|their|his|her|our)|[’']s)(?:\s+\p{Ll}[\p{L}-]*)?\s*$/u;

/** After the quote, the sentence goes on with a noun it modifies, not with an attribution: ` awareness campaign has`. */
function modifiesNoun(after: string): boolean {
  const m = /^\s+(\p{Ll}[\p{L}-]*)/u.exec(after);
  if (!m) return false;
  const word = m[1]!;
  return !isSpeechVerb(word) && !['he', 'she', 'they', 'we', 'i', 'it', 'according', 'as', 'and', 'but', 'or', 'the', 'a', 'an', 'his', 'her', 'their'].includes(word);
}

// Words after a quote that start a phrase of their own, not a noun the quote modifies: `a “bad deal” during …`.
const NOT_NOUN_AFTER = new Set(['during', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'to', 'of', 'that', 'which',
  'who', 'when', 'if', 'because', 'than', 'after', 'before', 'over', 'under', 'since', 'into', 'about', 'is', 'was',
  'are', 'were', 'has', 'have', 'had', 'will', 'would', 'could', 'can', 'may', 'might', 'should', 'be', 'been', 'not',
  'so', 'then', 'there', 'this', 'these', 'those', 'such', 'while', 'where', 'whose', 'despite', 'amid', 'among',
  'against', 'without', 'within', 'through', 'toward', 'towards', 'until', 'unless', 'once', 'like', 'instead', 'even']);

/** A lower-case noun right after the quote, in the same clause: ` government to withdraw`, ` design, it provides`. */
function nounAfter(after: string): boolean {
  const m = /^\s+(\p{Ll}[\p{L}-]*)/u.exec(after);
  return m !== null && modifiesNoun(after) && !NOT_NOUN_AFTER.has(m[1]!) && !/ly$/.test(m[1]!);
}

/** The part of `before` in the quote's own clause: after the last `, and` / `, but` / semicolon. */
function ownClause(before: string): string {
  const m = /.*(?:[;]|,\s+(?:and|but|while|whereas|although|though|yet|so)\b)/is.exec(before);
  return m ? before.slice(m[0].length) : before;
}

function lastWords(text: string, n: number): string {
  return text.split(/\s+/).slice(-n - 1).join(' ');
}

function firstWords(text: string, n: number): string {
  return text.split(/\s+/).slice(0, n + 1).join(' ');
}

// Imagined or hypothetical words are not speech: `as if to say “You think you got me?”`.
const HYPOTHETICAL = /\bas if to (?:say|ask)\s*[:,]?$/i;

function lastWord(text: string): string {
  const m = /([\p{L}]+)[^\p{L}]*$/u.exec(text);
  return m ? m[1]! : '';
}

/**
 * Finds the direct quotes of an article, in order, each with its offsets in doc.text.
 * Example: in `“A,” he said, “B.”` it finds two quotes, `A,` and `B.`; in `Mr Jones’ car` none.
 */
export function findQuotes(doc: TextDoc): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  for (const p of doc.paragraphs) {
    if (isTeaser(p)) continue;
    const text = p.text;
    const next = doc.paragraphs[p.index + 1];
    const scanned = scanWithRecovery(text, next !== undefined && /^[“"«„]/u.test(next.text));
    const nested = scanned.inner;
    const raws = withUnopened(text, scanned.quotes, nested);
    if (raws.length === 0) {
      const dialogue = dialogueQuote(p);
      if (dialogue) out.push(dialogue);
      continue;
    }
    let floor = 0;
    for (let k = 0; k < raws.length; k++) {
      const raw = raws[k]!;
      const inner = text.slice(raw.open + 1, raw.close);
      const lead = inner.length - inner.trimStart().length;
      const quote = inner.trim();
      const prevFloor = floor;
      floor = Math.min(text.length, raw.close + 1);
      if (!/[\p{L}\p{N}]/u.test(quote)) continue;
      const sentenceStart = sentenceStartBefore(text, raw.open, prevFloor);
      const before = raw.unopened ? '' : text.slice(sentenceStart, raw.open);
      const nextOpen = raws[k + 1]?.open ?? text.length;
      const after = text.slice(raw.close + 1, sentenceEndAfter(text, raw.close + 1, nextOpen));
      const beforeTrim = before.trimEnd();
      // After a colon a title is still a title when the sentence runs on (`…: “Super Mario Run” will launch on`).
      if (looksLikeName(quote, after, beforeTrim) && (!beforeTrim.endsWith(':') || modifiesNoun(after))) continue;
      const tail = beforeTrim.slice(-40);
      if (NAMING_WORDS.test(tail) && countWords(quote) <= 8) continue;
      if (WORK_BEFORE.test(tail) && countWords(quote) <= 15 && !/[.!?]\s/.test(quote)) continue;
      const words = countWords(quote);
      // A word or three in quotes with no one saying anything around them is a scare quote.
      const wholeSentence = beforeTrim === '' && /^[\p{Lu}\p{N}]/u.test(quote) && /[.!?]$/.test(quote);
      // The cue must be the fragment's own attribution, near it: not any verb of saying somewhere in the sentence.
      // A fragment that ends its sentence (`and also “Thumper.” Called a …`) takes no cue from the next sentence.
      const nextSentence = /[.!?]$/.test(quote) && /^\s+\p{Lu}/u.test(after);
      const cueAfter = nextSentence ? hasSpeechCue(firstWords(after, 2), false) : hasSpeechCue(firstWords(after, 5));
      if (words <= 3 && !wholeSentence && !beforeTrim.endsWith(':') && !hasSpeechCue(ownClause(before)) && !cueAfter) continue;
      if (words <= 3 && NAMED_BY_CALLED.test(tail)) continue;
      // A slogan or title used as a modifier: `South Dakota’s viral “Meth. We’re on it.” awareness campaign`.
      if (words <= 8 && /[.!?]$/.test(quote) && MODIFIER_BEFORE.test(tail) && modifiesNoun(after)) continue;
      // A word or two used as a modifier: `an “it” macronutrient`, `the self-declared “interim” government`, `its
      // rigorous “active control” design` (issue 15): no punctuation closes it, a noun follows.
      if (words <= 3 && !/[.!?,;:]$/.test(quote) && MODIFIER_BEFORE.test(tail) && nounAfter(after)) continue;
      if (HYPOTHETICAL.test(tail)) continue;
      // `terrified to say “yes.”`, `tell yourself “no.”`: a one-word answer is a choice, not someone's words.
      if (/^(?:yes|no|ok|okay)[.!,]?$/i.test(quote) && beforeTrim !== '' && !hasSpeechCue(firstWords(after, 3))) continue;
      const start = p.start + raw.open + 1 + lead;
      const marks = { start: p.start + raw.open, end: p.start + Math.min(text.length, raw.close + 1) };
      const incise = inciseIn(quote);
      if (incise) {
        // « A, explique Antony Fastier, toxicologue. B » is two quotes around their attribution, as “A,” he said, “B.”:
        // the first ends where the attribution starts, the second opens after it.
        const first = quote.slice(0, incise.start);
        const second = quote.slice(incise.end);
        out.push({ text: first, span: { start, end: start + first.length }, paragraph: p.index, partial: isPartial(first, beforeTrim, ''),
          marks: { start: marks.start, end: start + first.length }, closed: true });
        out.push({ text: second, span: { start: start + incise.end, end: start + quote.length }, paragraph: p.index, partial: false,
          marks: { start: start + incise.end, end: marks.end }, closed: raw.close < text.length });
        continue;
      }
      out.push({
        text: quote,
        span: { start, end: start + quote.length },
        paragraph: p.index,
        partial: isPartial(quote, beforeTrim, after),
        marks,
        closed: raw.close < text.length,
      });
      const outer = out.length - 1;
      for (const q of nested) if (q.parent === raw.open) pushReported(out, p, raw, q, outer);
    }
  }
  return out;
}

/** The scanned quotes plus those printed without an opening mark (unopened-quotes.ts), in order. */
function withUnopened(text: string, quotes: RawQuote[], inner: readonly InnerQuote[]): RawQuote[] {
  const used = new Set<number>();
  for (const q of quotes) used.add(q.open).add(q.close);
  for (const q of inner) used.add(q.open).add(q.close);
  // A mark inside a paired quote is that quote's business (a stray or a nested mark), not a lost opening.
  const found = unopenedQuotes(text, used).filter((u) => !quotes.some((q) => q.open < u.close && u.close < q.close));
  if (found.length === 0) return quotes;
  const extra = found.map((u): RawQuote => ({ open: u.start - 1, close: u.close, family: 'double', unopened: true }));
  return [...quotes, ...extra].sort((a, b) => a.open - b.open);
}

// Inside a quote, an attribution with no marks of its own: `, explique Antony Fastier, toxicologue, ancien de l’Anses. `
// (a verb of saying, a capitalised name, perhaps an apposition, then the end of that sentence and a new one).
const INCISE = /,\s+(\p{Ll}+)\s+\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){0,3}(?:,[^.!?«»“”"]{1,80})?\.\s+(?=\p{Lu})/u;

/** Where an unmarked attribution sits inside a quote's words (from its comma to the next sentence), or null. */
export function inciseIn(quote: string): { start: number; end: number } | null {
  const m = INCISE.exec(quote);
  if (!m || !isSpeechVerb(m[1]!)) return null;
  // The first part keeps its comma, as printed before an attribution (`Ce processus est la norme,`).
  return { start: m.index + 1, end: m.index + m[0].length };
}

// A generic or imagined speaker inside a quote: "you ask, ‘Why …?’", "People should be asking the question, ‘…?’".
const GENERIC_SPEECH = /(?:^|\s)(?:you|one)\s+(?:\p{L}+\s+)?\p{L}+\s*[,:]?\s*$|\b(?:should|would|could|might|may|can|must|ought)\b/iu;

/**
 * A quote inside a quote is a quote of its own when the outer speaker reports it as someone's words: a verb of saying
 * (or "quote,") introduces it (“And I said, ‘I want more.’ They said, ‘…’”, “Sondland replied that ‘…’”), or
 * follows it (“‘Not now,’ he told me”). A title or a scare quote inside a quote stays part of the outer words.
 * Example: in `“I said, ‘Tell them to buy larger tractors.’”` the inner quote is one; in `“It’s ‘Showtime’ again.”` not.
 */
export function isReportedInside(outerBefore: string, outerAfter: string): boolean {
  const lead = outerBefore.slice(sentenceStartBefore(outerBefore, outerBefore.length, 0));
  const clause = ownClause(lead).trimEnd();
  if (/\bquote[,:]?$/i.test(clause)) return true;
  if (/(?:[,:]|\bthat)$/.test(clause) && hasSpeechCue(lastWords(clause.replace(/\s*(?:[,:]|\bthat)$/, ''), 3), false)) {
    return !GENERIC_SPEECH.test(clause);
  }
  // “‘Not now,’ he told me”: the verb of saying right after the inner quote's closing comma.
  return /^[,—–-]\s/.test(outerAfter) && hasSpeechCue(firstWords(outerAfter.slice(1).trim(), 2), false);
}

/** Adds the quote `q` inside the top-level quote `raw` (at `outer` in `out`) when it is reported speech. */
function pushReported(out: QuoteSpan[], p: Paragraph, raw: RawQuote, q: InnerQuote, outer: number): void {
  const text = p.text;
  const inner = text.slice(q.open + 1, q.close);
  const quote = inner.trim();
  if (!/[\p{L}\p{N}]/u.test(quote)) return;
  if (!isReportedInside(text.slice(raw.open + 1, q.open), text.slice(q.close + 1, raw.close))) return;
  const start = p.start + q.open + 1 + (inner.length - inner.trimStart().length);
  out.push({
    text: quote,
    span: { start, end: start + quote.length },
    paragraph: p.index,
    // Inside someone else's words, the inner quote is a fragment of them (labels/README.md: listed as partial).
    partial: true,
    marks: { start: p.start + q.open, end: p.start + q.close + 1 },
    closed: true,
    nestedIn: outer,
  });
}

// Spanish and Portuguese dialogue: a paragraph opens with a dash glued to the words, and a second dash brings in the
// verb of saying (`—No vamos a subir los impuestos —dijo Pedro Sánchez.`). Without that verb it is a list or an aside.
const DIALOGUE = /^[—―]\s?(?=[¿¡"\p{Lu}])([^—―]{2,}?)\s*[—―]\s*(?=(\p{Ll}+))/u;

/** The quote of a dialogue paragraph, or null: `—No vamos —dijo Pedro Sánchez.` quotes "No vamos". */
function dialogueQuote(p: Paragraph): QuoteSpan | null {
  const m = DIALOGUE.exec(p.text);
  if (!m || !isSpeechVerb(m[2]!)) return null;
  const quote = m[1]!.trim().replace(/[,;]$/, '');
  const start = p.start + p.text.indexOf(m[1]!);
  // The match stops right before the verb (a lookahead), so the marks run up to and include the second dash.
  const verbAt = m.index + m[0].length;
  return {
    text: quote,
    span: { start, end: start + quote.length },
    paragraph: p.index,
    partial: false,
    marks: { start: p.start, end: p.start + verbAt },
    closed: true,
  };
}

const SOURCE_INTRO = /^(?:according to\b|as\s+[^,“”"]{1,60}?\b(?:put it|said|says|wrote|writes|noted|notes|explained|explains|told|tells)\b)[^“”"]*,$/i;

/**
 * A fragment inside the writer's own sentence: writer's words come before it, and it is neither introduced by a
 * colon or "said," nor a whole clause ending the sentence after a verb of saying.
 */
function isPartial(quote: string, before: string, after: string): boolean {
  if (before === '' || /[:]$/.test(before)) return false;
  const stripped = before.replace(/[\s,;—–-]+$/, '');
  // “A,” he said, “B.” — the second part continues a whole quote.
  if (/^[,;—–-]/.test(before.trimStart()) && /,\s*$/.test(before) && hasSpeechCue(before)) return false;
  if (before.endsWith(',') && isSpeechVerb(lastWord(stripped))) return false;
  // `According to his aunt, Jane Starner, “He was …”`, `As Gaiman put it, “Had he …”`: a whole quote after its source.
  if (before.endsWith(',') && /^\p{Lu}/u.test(quote) && SOURCE_INTRO.test(before)) return false;
  // `Morrison told the Intelligence Committee, “I feared …”`: a verb of saying and its listener, then a whole sentence.
  if (before.endsWith(',') && /^\p{Lu}/u.test(quote) && hasSpeechCue(lastWords(stripped.split(/[,;]/).at(-1)!, 5))) return false;
  const afterEmpty = /^[\s.!?,;)]*$/.test(after);
  if (afterEmpty && isSpeechVerb(lastWord(stripped)) && /^[\p{Lu}]/u.test(quote)) return false;
  if (afterEmpty && isSpeechVerb(lastWord(stripped)) && countWords(quote) >= 5 && !/\bthat$/.test(stripped)) return false;
  return true;
}
