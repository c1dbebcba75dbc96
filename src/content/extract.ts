import { Readability } from '@mozilla/readability';
import type { Article } from '../core/types.ts';
import { articleHeader } from './header.ts';
import { detectArticle } from './detect.ts';
import type { ExtractionCode } from '../shared/page-reading.ts';
import { ELEMENTS_PER_TASK, TEXT_PER_TASK, runSteps } from './tasks.ts';

// Readability walks every element many times; past this many it would stall the tab for seconds (issue 6).
// The largest corpus page has about 10,000 elements; a page of 50,000 tiny paragraphs took minutes under jsdom.
export const MAX_ELEMENTS = 25_000;
// Readability reads at most this much of a page's body text: past it the copy it reads is cut, in document order
// (issue 17: long pages are cut before parsing, not refused). The most on a corpus page is 493,000 (wikipedia-2).
export const MAX_CLONE_TEXT = 600_000;
// Deeper nesting is adversarial: the deepest corpus page nests 37 levels, and browsers stop nesting at 512. Readability's
// cost grows with depth times elements (3 s at 200 levels, 39 s at 800 under jsdom), and cloning recurses per level.
export const MAX_DEPTH = 200;
// On a page with more elements than this, Readability gets one pass instead of up to four (see parseWithReadability);
// on a page the detector rejected ("Digest anyway", the command line), past the smaller bound. No corpus article needing
// a second pass has over 2,200 elements, nor over 700 among those the detector misses.
export const LARGE_PAGE = 3_000;
export const LARGE_NON_ARTICLE = 1_000;
// Readability's own bar: a first pass finding fewer characters than this makes it retry with looser rules.
const ARTICLE_CHARS = 500;
// The core gets at most this much text (about 30,000 words, longer than the longest magazine feature) ...
export const MAX_ARTICLE_TEXT = 200_000;
// ... and no single paragraph longer than this (a wall of text with no breaks is cut at a word boundary).
export const MAX_PARAGRAPH_TEXT = 20_000;
// A headline and a byline are a line each: the longest on a corpus page are 142 and 88 characters.
export const MAX_TITLE = 300;
export const MAX_BYLINE = 200;

const BLOCKS = new Set(['P', 'LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'PRE', 'DD', 'DT', 'TD', 'TH']);
// Captions and credits are not article text (issue 5).
const SKIPPED = new Set(['FIGCAPTION', 'FIGURE', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'SVG', 'BUTTON']);
// Many sites mark captions with a class, not <figcaption> ("caption-text", "InlineImage-imageEmbedCaption",
// "wp-caption-text", "photo-credit"); Readability keeps them, and a caption then opens the summary.
const CAPTION_CLASS = /caption|credit|photo-?desc|image-?desc/i;
// ... but only a short block: a class name is a hint, and the article body itself must never be dropped for one.
const CAPTION_MAX_TEXT = 600;

/** Why extraction stopped: a stable code the popup translates (the English message is for the command line). */

export const EXTRACTION_MESSAGES: Readonly<Record<ExtractionCode, string>> = {
  'too-large': 'This page is too large to read.',
  'too-deep': 'This page is nested too deeply to read.',
  'little-text': 'This large page holds too little article text to digest.',
  'no-text': 'Lede found no article text on this page.',
  'unreadable': 'Lede could not read this page.',
};

/** A reader-facing failure: `code` for the popup, `message` in English. */
export class ExtractionError extends Error {
  readonly code: ExtractionCode;
  constructor(code: ExtractionCode) {
    super(EXTRACTION_MESSAGES[code]);
    this.name = 'ExtractionError';
    this.code = code;
  }
}

/** Elements of a tree and how deep it nests, each counted only up to its limit plus one. */
export interface TreeSize {
  elements: number;
  depth: number;
}

/**
 * Counts elements and the deepest nesting in one iterative walk (no recursion, so no stack to overflow), stopping as
 * soon as either passes its limit. Example: `measureTree(doc.documentElement).depth === 2` for `<html><body><p>`.
 */
export function measureTree(root: Element | null, maxElements = MAX_ELEMENTS, maxDepth = MAX_DEPTH): TreeSize {
  const size: TreeSize = { elements: 0, depth: 0 };
  let el: Element | null = root;
  let depth = 0;
  while (el) {
    size.elements++;
    if (depth > size.depth) size.depth = depth;
    if (size.elements > maxElements || size.depth > maxDepth) return size;
    const child: Element | null = el.firstElementChild;
    if (child) { el = child; depth++; continue; }
    // No child: the next sibling, or the next sibling of the nearest ancestor that has one, never leaving root.
    while (el && el !== root && !el.nextElementSibling) { el = el.parentElement; depth--; }
    el = el && el !== root ? el.nextElementSibling : null;
  }
  return size;
}

/** Readability's result on a clone of the page, with the article body as a live element of that clone. */
export interface ReadabilityResult {
  title: string | null;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  lang: string | null;
  /** Readability's own plain text of the body (what the eval compares Lede's text against). */
  textContent: string;
  content: Element;
  /** True when the page's text passed MAX_CLONE_TEXT and Readability read only its beginning. */
  cut: boolean;
}

/**
 * Runs Readability on a clone of the document; the live page is never touched. `isArticle` is the detector's verdict
 * (measured here only when needed and not given). Throws ExtractionError with a reader-facing message when the page
 * is too large, too deep or holds no article.
 */
export function parseWithReadability(doc: Document, isArticle?: boolean): ReadabilityResult {
  return runSteps(readabilitySteps(doc, isArticle));
}

/** A page that extraction reads, copied and measured: what Readability parses next. */
interface ReadingCopy {
  clone: Document;
  large: boolean;
  cut: boolean;
}

/**
 * parseWithReadability in two steps, yielding between them so that the page's main thread is free in between
 * (issue 17: no task of Lede's over 50 ms but the Readability parse): measuring and copying the page (bounded by
 * MAX_ELEMENTS and MAX_CLONE_TEXT), then the parse.
 */
export function* readabilitySteps(doc: Document, isArticle?: boolean): Generator<string, ReadabilityResult, void> {
  const copy = yield* copyForReading(doc, isArticle);
  yield 'copied';
  return parseCopy(copy);
}

function* copyForReading(doc: Document, isArticle?: boolean): Generator<string, ReadingCopy, void> {
  // Checked before cloning: the clone alone of a huge page costs as much as the parse of a normal one.
  const tree = measureTree(doc.documentElement);
  if (tree.elements > MAX_ELEMENTS) throw new ExtractionError('too-large');
  if (tree.depth > MAX_DEPTH) throw new ExtractionError('too-deep');
  // Readability retries with looser rules, up to four full passes each re-parsing the page, while it finds under 500
  // characters: on a large shop or index page that is seconds for nothing (7.5 s on a 7,000-element catalogue under
  // jsdom). A large page gets one pass, and a large page whose main block is that short is a catalogue, not an article.
  const large = tree.elements > LARGE_PAGE
    || (tree.elements > LARGE_NON_ARTICLE && !(isArticle ?? detectArticle(doc).isArticle));
  try {
    return { ...(yield* readingCopySteps(doc)), large };
  } catch {
    // Cloning a pathologically deep tree overflows the stack in jsdom.
    throw new ExtractionError('unreadable');
  }
}

function parseCopy({ clone, large, cut }: ReadingCopy): ReadabilityResult {
  let parsed;
  try {
    const reader = new Readability(clone, {
      maxElemsToParse: MAX_ELEMENTS,
      // A negative threshold is never undercut, so Readability keeps its first pass (0 would mean "the default").
      charThreshold: large ? -1 : ARTICLE_CHARS,
      serializer: (el: Node) => el,
    });
    // On this instance only: faster equivalents of two of Readability's own helpers (see ReaderShortcuts).
    Object.assign(reader, READER_SHORTCUTS);
    parsed = reader.parse();
  } catch (error) {
    const tooBig = error instanceof Error && /Aborting parsing/.test(error.message);
    throw new ExtractionError(tooBig ? 'too-large' : 'unreadable');
  }
  if (!parsed || !parsed.content) throw new ExtractionError('no-text');
  if (large && (parsed.textContent ?? '').replace(/\s+/g, ' ').trim().length < ARTICLE_CHARS) throw new ExtractionError('little-text');
  return {
    title: parsed.title ?? null,
    byline: parsed.byline ?? null,
    siteName: parsed.siteName ?? null,
    publishedTime: parsed.publishedTime ?? null,
    lang: parsed.lang ?? null,
    textContent: parsed.textContent ?? '',
    content: parsed.content as unknown as Element,
    cut,
  };
}

/**
 * Readability's helpers that we replace on our instance with ones giving the same answers faster, under jsdom as in
 * browsers: they are called once or more for every element, so each costs a large page hundreds of milliseconds.
 */
interface ReaderShortcuts {
  _getAllNodesWithTag: (node: ParentNode, tagNames: string[]) => ArrayLike<Element>;
  _isElementWithoutContent: (node: Element) => boolean;
  _cleanStyles: (this: StyleCleaner, element: Element | null) => void;
  _isProbablyVisible: (node: Element) => boolean;
  _getLinkDensity: (this: LinkReader, element: Element) => number;
}

export const READER_SHORTCUTS: ReaderShortcuts = {
  _getAllNodesWithTag: elementsWithTags,
  _isElementWithoutContent: isElementWithoutContent,
  _cleanStyles: cleanStyles,
  _isProbablyVisible: isProbablyVisible,
  _getLinkDensity: linkDensity,
};

/**
 * Readability's `_getAllNodesWithTag` without a selector engine: the elements under `node` with one of these tag
 * names, in document order, as a static list, like `querySelectorAll('p,div')`. Readability asks this some thirty
 * times a pass over the whole article; jsdom's selector engine answered in a quarter of the parse time of a large
 * page, its tag index answers at once. Example: `elementsWithTags(body, ['h1', 'h2'])` lists every h1 and h2.
 */
export function elementsWithTags(node: ParentNode, tagNames: string[]): Element[] {
  const [only] = tagNames;
  const one = tagNames.length === 1 && only !== undefined;
  const wanted = new Set(tagNames.map((tag) => tag.toLowerCase()));
  const all = (node as Element).getElementsByTagName(one ? only : '*');
  const out: Element[] = [];
  // Length read once, then indices: jsdom looks every other property name (length, item) up among the elements' ids
  // and names first, so Array.from or a loop re-reading length takes time quadratic in the elements.
  for (let i = 0, n = all.length; i < n; i++) {
    const el = all[i];
    if (el && (one || wanted.has(el.localName.toLowerCase()))) out.push(el);
  }
  return out;
}

// Text and CDATA nodes (NodeFilter.SHOW_TEXT | SHOW_CDATA_SECTION): the nodes an element's textContent joins.
const SHOW_TEXT_NODES = 0x4 | 0x8;
// \S and String.prototype.trim agree on what is white space (WhiteSpace and LineTerminator).
const NON_SPACE = /\S/;

/**
 * Readability's `_isElementWithoutContent`: an element with no text but white space, and no children but line breaks
 * and rules. Readability builds the whole text of every div and heading to trim it; this stops at the first text
 * node with a letter in it, which on a real page is near the start. Example: true for `<div> <br> </div>`.
 */
export function isElementWithoutContent(node: Element): boolean {
  if (node.nodeType !== 1) return false;
  const texts = node.ownerDocument.createTreeWalker(node, SHOW_TEXT_NODES);
  for (let text = texts.nextNode(); text; text = texts.nextNode()) if (NON_SPACE.test((text as CharacterData).data)) return false;
  const children = node.children.length;
  return children === 0 || children === node.getElementsByTagName('br').length + node.getElementsByTagName('hr').length;
}

/**
 * Readability's `_isProbablyVisible`, which it asks of every element: not hidden by its inline style, the `hidden`
 * attribute or `aria-hidden` (but for Wikipedia's fallback math images). An element without a `style` attribute has
 * an empty inline style, so its style is read only when there is one: under jsdom each read of it costs a lookup.
 * Example: false for `<p style="display: none">`.
 */
export function isProbablyVisible(node: Element): boolean {
  const style = node.hasAttribute('style') ? (node as HTMLElement).style : null;
  if (style && (style.display === 'none' || style.visibility === 'hidden')) return false;
  if (node.hasAttribute('hidden')) return false;
  if (!node.hasAttribute('aria-hidden') || node.getAttribute('aria-hidden') !== 'true') return true;
  const className = (node as { className?: unknown }).className;
  return typeof className === 'string' && className.includes('fallback-image');
}

/** The part of a Readability instance its `_getLinkDensity` uses. */
interface LinkReader {
  REGEXPS: { hashUrl: RegExp };
  _getInnerText: (element: Element) => string;
}

/**
 * Readability's `_getLinkDensity`: the share of an element's text inside links, a link to an anchor on the page
 * counting 0.3. The same sum in the same order; the links are read by index, where Readability's forEach also asks
 * the live collection whether each index exists, a second lookup per link under jsdom.
 */
function linkDensity(this: LinkReader, element: Element): number {
  const textLength = this._getInnerText(element).length;
  if (textLength === 0) return 0;
  let linkLength = 0;
  const links = element.getElementsByTagName('a');
  for (let i = 0, n = links.length; i < n; i++) {
    const link = links[i]!;
    const href = link.getAttribute('href');
    const coefficient = href && this.REGEXPS.hashUrl.test(href) ? 0.3 : 1;
    linkLength += this._getInnerText(link).length * coefficient;
  }
  return linkLength / textLength;
}

/** The part of a Readability instance its `_cleanStyles` uses. */
interface StyleCleaner {
  PRESENTATIONAL_ATTRIBUTES: readonly string[];
  DEPRECATED_SIZE_ATTRIBUTE_ELEMS: readonly string[];
  _cleanStyles: (element: Element | null) => void;
}

/**
 * Readability's `_cleanStyles`: strips `style`, `align`, `bgcolor` and the other presentational attributes (and the
 * width and height of tables and cells) from every element but SVG. Readability asks each element to remove each of
 * fourteen names; this asks once which attributes it has, and most have none of them.
 */
function cleanStyles(this: StyleCleaner, element: Element | null): void {
  if (!element || element.tagName.toLowerCase() === 'svg') return;
  const names = element.getAttributeNames();
  if (names.length > 0) {
    for (const name of this.PRESENTATIONAL_ATTRIBUTES) if (names.includes(name)) element.removeAttribute(name);
    if (this.DEPRECATED_SIZE_ATTRIBUTE_ELEMS.includes(element.tagName)) {
      if (names.includes('width')) element.removeAttribute('width');
      if (names.includes('height')) element.removeAttribute('height');
    }
  }
  for (let child = element.firstElementChild; child !== null; child = child.nextElementSibling) this._cleanStyles(child);
}

/** Turns Readability's result into the core's Article: metadata plus one string per block. */
export function toArticle(parsed: ReadabilityResult, doc: Document, url: string | null): Article {
  return runSteps(toArticleSteps(parsed, doc, url));
}

/** toArticle in steps of ELEMENTS_PER_TASK elements read. */
function* toArticleSteps(parsed: ReadabilityResult, doc: Document, url: string | null): Generator<string, Article, void> {
  const blocks = yield* blockTextSteps(parsed.content);
  const paragraphs = capText(blocks);
  if (paragraphs.length === 0) throw new ExtractionError('no-text');
  // The header in a task of its own: cleaning a 100,000-character title and byline is work of its own (huge-metadata).
  yield 'read';
  const header = articleHeader(parsed, doc, url);
  // Cut after cleaning, so the cleaned header is what a 100,000-character title or byline is cut to (issue 17).
  const capped = (text: string | null, max: number): string | null => (text === null ? null : oneLine(text, max) || null);
  const article: Article = {
    title: oneLine(header.title, MAX_TITLE),
    byline: capped(header.byline, MAX_BYLINE),
    siteName: capped(header.siteName, MAX_BYLINE),
    publishedTime: capped(header.publishedTime, MAX_BYLINE),
    lang: oneLine(parsed.lang?.trim() || doc.documentElement?.getAttribute('lang')?.trim() || '', MAX_BYLINE) || null,
    url,
    paragraphs,
  };
  // Only when something was left out, so an article read whole has the same shape as before.
  if (parsed.cut || paragraphs.length < blocks.length || paragraphs.some((p, i) => p.length < blocks[i]!.length)) article.truncated = true;
  return article;
}

/**
 * Metadata cut to `max` characters at a space, with an ellipsis: a 100,000-character title is a headline's worth.
 * Example: `oneLine('a '.repeat(500), 10) === 'a a a a a…'`.
 */
export function oneLine(text: string, max: number): string {
  if (text.length <= max) return text;
  const space = text.lastIndexOf(' ', max - 1);
  return `${text.slice(0, space > max / 2 ? space : max - 1).trimEnd()}…`;
}

/**
 * Extracts the article from a clone of the document; the live page is never touched.
 * Throws ExtractionError with a reader-facing message when no article text can be found.
 */
export function extractArticle(doc: Document, url: string | null = null, isArticle?: boolean): Article {
  return runSteps(extractionSteps(doc, url, isArticle));
}

/** extractArticle as steps (see readabilitySteps): copy, parse, then the article's text from the parsed copy. */
export function* extractionSteps(doc: Document, url: string | null = null, isArticle?: boolean): Generator<string, Article, void> {
  const parsed = yield* readabilitySteps(doc, isArticle);
  yield 'parsed';
  return yield* toArticleSteps(parsed, doc, url);
}

/**
 * Keeps the core's input bounded: paragraphs up to MAX_ARTICLE_TEXT characters in all, each cut to MAX_PARAGRAPH_TEXT
 * at a space. Example: `capText(['a'.repeat(30_000)])[0].length <= 20_000`.
 */
export function capText(paragraphs: readonly string[]): string[] {
  const out: string[] = [];
  let total = 0;
  for (const paragraph of paragraphs) {
    if (total >= MAX_ARTICLE_TEXT) break;
    const limit = Math.min(MAX_PARAGRAPH_TEXT, MAX_ARTICLE_TEXT - total);
    let text = paragraph;
    if (text.length > limit) {
      const space = text.lastIndexOf(' ', limit);
      text = text.slice(0, space > limit / 2 ? space : limit);
    }
    out.push(text);
    total += text.length;
  }
  return out;
}

/** Text of each block element, in document order; inline text outside blocks becomes its own paragraph. */
export function blockTexts(root: Element): string[] {
  return runSteps(blockTextSteps(root));
}

/** blockTexts in steps: a pause ('reading') after every ELEMENTS_PER_TASK elements read, or TEXT_PER_TASK characters. */
function* blockTextSteps(root: Element): Generator<string, string[], void> {
  const out: string[] = [];
  let loose = '';
  let read = 0;
  // Characters normalised since the last pause: 500 paragraphs of a few thousand characters each are work too.
  let textRead = 0;
  const normalized = (raw: string): string => {
    textRead += Math.min(raw.length, RAW_BLOCK_TEXT);
    return normalizeBlock(raw);
  };
  const flush = () => {
    const text = normalized(loose);
    if (text) out.push(text);
    loose = '';
  };
  function* walk(node: Node): Generator<string, void, void> {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) { loose += child.nodeValue ?? ''; continue; }
      if (child.nodeType !== 1) continue;
      if (++read % ELEMENTS_PER_TASK === 0 || textRead >= TEXT_PER_TASK) {
        textRead = 0;
        yield 'reading';
      }
      const el = child as Element;
      const tag = el.tagName.toUpperCase();
      if (SKIPPED.has(tag)) continue;
      if (tag === 'BR') { loose += ' '; continue; }
      if (BLOCKS.has(tag) && !hasBlockChild(el)) {
        flush();
        const text = normalized(textOf(el));
        if (text) out.push(text);
        continue;
      }
      const isBlock = tag === 'DIV' || tag === 'SECTION' || tag === 'ARTICLE' || BLOCKS.has(tag) || tag === 'UL' || tag === 'OL' || tag === 'TABLE' || tag === 'TR';
      if (isBlock) flush();
      yield* walk(el);
      if (isBlock) flush();
    }
  }
  yield* walk(root);
  flush();
  return out;
}

// A block's raw text is read this far at most: capText keeps MAX_PARAGRAPH_TEXT of it, and white space would have to
// shrink eightfold for the cut to show; normalising a 600,000-character wall of text took Firefox 74 ms in one task.
const RAW_BLOCK_TEXT = 8 * MAX_PARAGRAPH_TEXT;

/** A block's text with white space collapsed, read no further than RAW_BLOCK_TEXT. */
function normalizeBlock(raw: string): string {
  return (raw.length > RAW_BLOCK_TEXT ? raw.slice(0, RAW_BLOCK_TEXT) : raw).replace(/\s+/g, ' ').trim();
}

/** True for a short block whose class or id names it a caption or credit: `<div class="caption-text">A crowd…</div>`. */
export function isCaption(el: Element): boolean {
  const names = `${el.getAttribute('class') ?? ''} ${el.id}`;
  return CAPTION_CLASS.test(names) && (el.textContent?.length ?? 0) <= CAPTION_MAX_TEXT;
}

/**
 * Removes captions from the clone before Readability reads it: Readability drops class names and merges a caption's
 * div into a plain paragraph, so afterwards nothing tells it from the story. Never called on the live page.
 */
export function dropCaptions(clone: Document): void {
  for (const el of [...clone.querySelectorAll('[class], [id]')]) if (el.isConnected && isCaption(el)) el.remove();
}

// Never cloned for Readability: it removes scripts, noscripts and styles itself, and templates and the others hold no
// article text, yet under jsdom each element of them costs as much to clone and to walk as a paragraph.
const NOT_CLONED = new Set(['script', 'noscript', 'style', 'template', 'link', 'frameset', 'canvas']);
// Kept, but without their children: an icon's hundred paths are not text. Embeds stay because Readability counts
// them when it weighs a block (a short block around a frame is furniture).
const CLONED_EMPTY = new Set(['svg', 'math', 'video', 'audio', 'select', 'iframe', 'object', 'embed']);
// The one kind of script Readability reads: its JSON-LD metadata (title, byline, site name, date).
const JSON_LD = 'application/ld+json';
const HIDING_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!\s*important\s*)?(?:;|$)/i;

/**
 * A copy of the document for Readability without what it would only remove or skip: scripts (but JSON-LD), styles,
 * templates, comments, the insides of icons and frames, captions (see isCaption), and elements Readability itself
 * drops as hidden (`hidden`, `aria-hidden="true"`, inline `display: none`). The live page is only read.
 * Example: `cloneForReading(doc).querySelector('script:not([type="application/ld+json"])') === null`.
 */
export function cloneForReading(doc: Document, maxText = MAX_CLONE_TEXT): Document {
  return readingCopy(doc, maxText).clone;
}

/**
 * cloneForReading, and whether the body's text passed `maxText`: then the copy holds its first `maxText` characters,
 * in document order, and nothing after them (the last text node is cut). Linear in what it copies.
 */
export function readingCopy(doc: Document, maxText = MAX_CLONE_TEXT): { clone: Document; cut: boolean } {
  return runSteps(readingCopySteps(doc, maxText));
}

/** readingCopy in steps: a pause ('copying') after every ELEMENTS_PER_TASK elements copied. */
function* readingCopySteps(doc: Document, maxText = MAX_CLONE_TEXT): Generator<string, { clone: Document; cut: boolean }, void> {
  const clone = doc.cloneNode(false) as Document;
  const budget: TextBudget = { left: maxText, cut: false, copied: 0 };
  for (let child = doc.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 10) clone.appendChild(clone.importNode(child, false));
    else if (child.nodeType === 1) clone.appendChild(yield* copyElement(child as Element, clone, false, budget));
  }
  return { clone, cut: budget.cut };
}

/** Body text still to copy, whether some was left out, and how many elements were copied. */
interface TextBudget {
  left: number;
  cut: boolean;
  copied: number;
}

/**
 * Copies an element and its kept children; `inBody` turns on the checks for hidden elements and captions, and counts
 * text against the budget. Children go into the copy before it joins its parent: under jsdom every insertion into a
 * tree touches all its ancestors.
 */
function* copyElement(from: Element, clone: Document, inBody: boolean, budget: TextBudget): Generator<string, Element, void> {
  if (++budget.copied % ELEMENTS_PER_TASK === 0) yield 'copying';
  const to = shallowCopy(from, clone);
  if (CLONED_EMPTY.has(from.localName)) return to;
  const body = inBody || from.localName === 'body';
  for (let child = from.firstChild; child && !budget.cut; child = child.nextSibling) {
    if (child.nodeType === 3) { to.appendChild(body ? copyText(child as Text, clone, budget) : clone.importNode(child, false)); continue; }
    if (child.nodeType !== 1) continue;
    const el = child as Element;
    const name = el.localName;
    if (NOT_CLONED.has(name) && !(name === 'script' && el.getAttribute('type') === JSON_LD)) continue;
    if (body && (isHidden(el) || isCaption(el))) continue;
    to.appendChild(yield* copyElement(el, clone, body, budget));
  }
  return to;
}

/** A body text node, whole while the budget lasts, else its first characters (and the budget is spent). */
function copyText(text: Text, clone: Document, budget: TextBudget): Node {
  const length = text.data.length;
  if (length <= budget.left) {
    budget.left -= length;
    return clone.importNode(text, false);
  }
  const head = clone.createTextNode(text.data.slice(0, budget.left));
  budget.left = 0;
  budget.cut = true;
  return head;
}

const HTML_NS = 'http://www.w3.org/1999/xhtml';
// What Readability reads of an inline style (whether it hides the element); a backslash may spell either in CSS.
const STYLE_READ = /display|visibility|\\/i;

/**
 * The element without its children, and without its `style` attribute where Readability would only delete it unread:
 * under jsdom copying a style parses the CSS, a tenth of the whole clone's cost on a large page. Kept where it may hide
 * the element, and on SVG and MathML, which Readability's style cleaning leaves alone.
 */
function shallowCopy(from: Element, clone: Document): Element {
  const style = from.getAttribute('style');
  if (style === null || STYLE_READ.test(style) || from.namespaceURI !== HTML_NS) return clone.importNode(from, false);
  try {
    const to = clone.createElement(from.localName);
    for (const attr of Array.from(from.attributes)) if (attr.name !== 'style') to.setAttribute(attr.name, attr.value);
    return to;
  } catch {
    // A tag or attribute name the HTML parser accepts and the DOM API refuses (`<a"b>`): copied whole instead.
    return clone.importNode(from, false);
  }
}

/** Hidden the way Readability's own visibility test sees it (it keeps aria-hidden "fallback-image" math images). */
function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  if (el.getAttribute('aria-hidden') === 'true' && !(el.getAttribute('class') ?? '').includes('fallback-image')) return true;
  const style = el.getAttribute('style');
  return style !== null && HIDING_STYLE.test(style);
}

/** Text of an element without its scripts, styles and other skipped parts. */
function textOf(el: Element): string {
  let text = '';
  for (let child = el.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) text += (child as Text).data;
    else if (child.nodeType === 1 && !SKIPPED.has((child as Element).tagName.toUpperCase())) text += (child as Element).localName === 'br' ? ' ' : textOf(child as Element);
  }
  return text;
}

function hasBlockChild(el: Element): boolean {
  for (const child of el.children) {
    const tag = child.tagName.toUpperCase();
    if (BLOCKS.has(tag) || tag === 'DIV' || tag === 'UL' || tag === 'OL' || tag === 'TABLE' || tag === 'FIGURE') return true;
  }
  return false;
}
