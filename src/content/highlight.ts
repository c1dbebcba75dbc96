// Finds a digest quote in the live page and shows it there, without changing the page's DOM tree.
import type { QuoteTarget, ShownAs } from "../shared/quote-target.ts";


/** The name of the CSS custom highlight; pages can see it, so it says whose it is. */
export const HIGHLIGHT_NAME = 'lede-quote';

// Text in these elements is not what a reader sees as the article.
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'SELECT', 'OPTION']);

/**
 * The page's visible text with all whitespace removed, and for each remaining character the text node and offset
 * it came from. Comparing without whitespace makes the match immune to how the page and Readability differ in
 * spacing (line breaks in the source, <br>, nested inline elements).
 */
interface PageText {
  compact: string;
  nodes: Text[];
  /** For compact[i]: index into nodes, and offset inside that node. */
  nodeOf: Int32Array;
  offsetOf: Int32Array;
}

function readPageText(doc: Document): PageText {
  const nodes: Text[] = [];
  const chars: string[] = [];
  const nodeIndex: number[] = [];
  const offsets: number[] = [];
  const root = doc.body ?? doc.documentElement;
  const walker = doc.createTreeWalker(root, 0x4 /* NodeFilter.SHOW_TEXT */, {
    acceptNode: (node) => (node.parentElement && SKIPPED.has(node.parentElement.tagName.toUpperCase()) ? 2 /* REJECT */ : 1 /* ACCEPT */),
  });
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const value = node.data;
    const index = nodes.length;
    nodes.push(node);
    for (let i = 0; i < value.length; i++) {
      const c = value[i]!;
      if (/\s/.test(c)) continue;
      chars.push(c);
      nodeIndex.push(index);
      offsets.push(i);
    }
  }
  return { compact: chars.join(''), nodes, nodeOf: Int32Array.from(nodeIndex), offsetOf: Int32Array.from(offsets) };
}

const compactOf = (text: string): string => text.replace(/\s+/g, '');

/** Every index where `needle` occurs in `haystack`. */
function occurrences(haystack: string, needle: string, from = 0, to = haystack.length): number[] {
  const found: number[] = [];
  if (!needle) return found;
  for (let i = haystack.indexOf(needle, from); i !== -1 && i + needle.length <= to; i = haystack.indexOf(needle, i + 1)) found.push(i);
  return found;
}

/** Of several positions, the one closest to where the quote should be. */
function closest(positions: number[], expected: number): number | undefined {
  return positions.reduce<number | undefined>((best, p) => (best === undefined || Math.abs(p - expected) < Math.abs(best - expected) ? p : best), undefined);
}

/**
 * Where the quote is in the compact page text: first find its paragraph, then the quote inside it at the offset the
 * core kept (which tells apart the same words quoted twice); failing that, the quote anywhere in the page.
 */
export function findQuoteStart(pageCompact: string, target: QuoteTarget): number | null {
  const quote = compactOf(target.text);
  if (!quote) return null;
  const paragraph = compactOf(target.paragraph);
  const expectedInParagraph = compactOf(target.paragraph.slice(0, Math.max(0, target.offsetInParagraph))).length;
  for (const start of occurrences(pageCompact, paragraph)) {
    const inside = occurrences(pageCompact, quote, start, start + paragraph.length);
    const best = closest(inside, start + expectedInParagraph);
    if (best !== undefined) return best;
  }
  // The paragraph reads differently in the page (cleaning, a split block): the quote's own words may still be there.
  return occurrences(pageCompact, quote)[0] ?? null;
}

/**
 * A Range over the quote in the live document, or null when it is not there.
 * Example: for `<p>He said “we <b>will</b> win”.</p>`, target text `we will win` → a range from the text node
 * of “we to the one after </b>, whose toString() is `we will win`.
 */
export function locateQuote(doc: Document, target: QuoteTarget): Range | null {
  const page = readPageText(doc);
  const start = findQuoteStart(page.compact, target);
  if (start === null) return null;
  const last = start + compactOf(target.text).length - 1;
  const range = doc.createRange();
  range.setStart(page.nodes[page.nodeOf[start]!]!, page.offsetOf[start]!);
  range.setEnd(page.nodes[page.nodeOf[last]!]!, page.offsetOf[last]! + 1);
  return range;
}

// Colours for ::highlight(): a marker yellow with dark text reads at 4.5:1 or better on any page background.
const HIGHLIGHT_CSS = `::highlight(${HIGHLIGHT_NAME}) { background-color: #ffe066; color: #1b1c1f; }`;

interface HighlightWindow {
  CSS?: { highlights?: { set(name: string, value: unknown): unknown } };
  Highlight?: new (...ranges: Range[]) => unknown;
  CSSStyleSheet: { new (): CSSStyleSheet; prototype: CSSStyleSheet };
}

const styled = new WeakSet<Document>();

/**
 * Adds the ::highlight rule as a constructable stylesheet in document.adoptedStyleSheets: no <style> element,
 * so the DOM tree, the page's own stylesheets and its layout stay as they were. Returns false where unsupported.
 */
function adoptHighlightStyle(win: Window & HighlightWindow): boolean {
  const doc = win.document;
  if (styled.has(doc)) return true;
  try {
    const sheet = new win.CSSStyleSheet();
    sheet.replaceSync(HIGHLIGHT_CSS);
    doc.adoptedStyleSheets.push(sheet);
    styled.add(doc);
    return true;
  } catch {
    return false;
  }
}

/**
 * Scrolls the quote into view and marks it: with the CSS Custom Highlight API where the browser has it (paints the
 * text, touches neither the DOM nor the layout), otherwise by selecting it, which changes nothing in the page either.
 */
export function showQuote(win: Window, range: Range): ShownAs {
  const w = win as Window & HighlightWindow;
  const reduceMotion = win.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  const anchor = range.startContainer.parentElement;
  // No animation for readers who asked for less motion, nor in a tab nobody sees (it would never run).
  anchor?.scrollIntoView({ block: 'center', behavior: reduceMotion || win.document.hidden ? 'auto' : 'smooth' });
  if (w.CSS?.highlights && w.Highlight && adoptHighlightStyle(w)) {
    // One quote at a time: setting the name again replaces the previous quote's highlight.
    w.CSS.highlights.set(HIGHLIGHT_NAME, new w.Highlight(range));
    return 'highlight';
  }
  const selection = win.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
  return 'selection';
}
