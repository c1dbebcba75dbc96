// Cheap structural measurements of a page for the article detector (issue 6): one walk over the element tree,
// no Readability parse and no CSS selector matching (both are slow under jsdom and on huge pages).
import { ELEMENTS_PER_TASK, TEXT_PER_TASK, runSteps } from './tasks.ts';

export interface PageSignals {
  /** Schema.org types in JSON-LD (including @graph and mainEntity members). */
  ldTypes: string[];
  /** JSON-LD carries a datePublished. */
  ldDate: boolean;
  /** og:type, lower-cased, or null. */
  ogType: string | null;
  /** Number of <article> elements. */
  articleElements: number;
  /** A `news_keywords` meta tag: Google News asks publishers for it on news stories. */
  newsKeywords: boolean;
  /** A publication date in meta tags or itemprop. */
  metaDate: boolean;
  /** <time> elements: one dates an article, dozens date a list of posts. */
  timeElements: number;
  /** An author in meta tags, rel/itemprop author or a byline-looking class. */
  hasByline: boolean;
  /** isProbablyReaderable's score, summed over every qualifying block instead of stopping at 20. */
  proseScore: number;
  /**
   * Paragraphs of ≥ 80 characters that are mostly not link text, and their characters. A CJK character counts as
   * three: it carries about a word, so Chinese and Japanese prose is not measured short.
   */
  paragraphs: number;
  paragraphChars: number;
  /** Characters of such paragraphs under the one parent holding the most: an article keeps its body together. */
  mainProseChars: number;
  /** How many paragraphs that parent holds. */
  mainParagraphs: number;
  /** The same, summed one level up (per grandparent): bodies split into several sections or columns stay together. */
  mainSectionChars: number;
  /**
   * Prose of one body split over sibling wrappers, a paragraph or two in each (issue 16): the most such paragraphs
   * hold under one grandparent, counted when there are three wrappers or more and none is a teaser card.
   */
  splitBodyChars: number;
  /** Short text nodes reading like forum furniture ("Reply", "Quote", "Joined", "answered", "Posts: 12"). */
  forumMarks: number;
  /** Short text nodes that open on a price ("$80.45 per hour", "€1,200 fixed fee"): the rows of a price list. */
  priceLines: number;
  /** Characters of body text, and how many of them sit inside links. */
  bodyChars: number;
  linkChars: number;
  /** Body text without whitespace-only text nodes (indentation), CJK weighted as in paragraphs. */
  visibleChars: number;
  /** Links with 25–200 characters of text, the length of a headline: many of them make a front page. */
  headlineLinks: number;
  /** Elements whose class names a teaser card, post list item or product tile. */
  cards: number;
  /** Elements whose class names an author or user: one per post on a forum thread or a list of stories. */
  authorElements: number;
  /** <pre> and <code> elements: many make a documentation page. */
  codeBlocks: number;
  h1Count: number;
  /** Characters of text inside a comment section (class or id naming comments, replies or Disqus). */
  commentChars: number;
  /** Elements walked; the walk stops at MAX_ELEMENTS. */
  elements: number;
  urlShape: UrlShape;
}

export type UrlShape = 'root' | 'dated' | 'slug' | 'numeric' | 'section' | 'file' | 'none';

// isProbablyReaderable's filters (Readability-readerable.js), kept in step with its scoring.
const UNLIKELY = /-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote/i;
const MAYBE = /and|article|body|column|content|main|shadow/i;
const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;
const CARD = /(?:^|[\s_-])(?:card|teaser|tile|promo|story-?item|post-?item|post-?card|product-?item|product-?card|product-?tile|grid-?item|listing-?item|feed-?item|river-?item)(?:$|[\s_-])/i;
// A comment section below an article (issue 16): its posts, authors, dates and "Reply" links say nothing about the
// page above them, so they are measured apart and do not outweigh the article.
const COMMENTS = /(?:^|[\s_-])(?:comments?|comment-?(?:list|section|thread|area|s-?area)|commentlist|disqus(?:_thread)?|replies|responses|respond)(?:$|[\s_-])/i;
const BYLINE_CLASS = /byline|(?:^|[\s_-])(?:author|username|user-name)(?:$|[\s_-])/i;
// Matched after dropping "_", "-" and "." so publish_date, publish-date and publishdate all count.
const DATE_META = /^(?:article:publishedtime|datepublished|pubdate|publishdate|publisheddate|publicationdate|date|parselypubdate|sailthrudate|dcdate|dcdateissued|dctermscreated|dctermsissued|og:article:publishedtime)$/i;
const AUTHOR_META = /^(?:author|article:author|parsely-author|sailthru\.author|dc\.creator|byl)$/i;
// Words a forum or Q&A thread repeats once per post, standing alone in a short text node.
const FORUM_MARK = /^\s*(?:reply|quote|joined:?|answered|asked|posts?:|member since|report post|permalink|like|helpful\??|accepted answer)\s*$/i;
// A price list's row opens on an amount; a sentence that mentions a price does not start with it, and runs longer.
const PRICE_START = /^\s*[$€£¥]\s?\d/;
const PRICE_LINE = 120;
// Han, kana and hangul: one such character carries about a word.
const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/;
const CJK_ALL = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/g;
const NON_SPACE = /\S/;
// Characters common in code and markup and rare in prose.
const CODE_CHARS = /[{}();=<>[\]$#*|\\/_]/g;
const SKIPPED = new Set(['style', 'noscript', 'template', 'svg', 'iframe', 'object', 'canvas', 'math']);

// Past this many elements the page is huge; the signals measured so far decide.
const MAX_ELEMENTS = 30_000;
// Deeper nesting is adversarial; skipping it keeps the recursion off the stack limit.
const MAX_DEPTH = 300;
// JSON-LD blocks longer than this are product catalogues, not article metadata.
const MAX_JSON_LD = 200_000;

/** True when under 3 % of the text is code punctuation: prose set in a <pre> (a plain-text RFC), not code. */
export function isPlainProse(text: string): boolean {
  const limit = text.length * 0.03;
  let code = 0;
  for (const _ of text.matchAll(CODE_CHARS)) if (++code >= limit) return false;
  return true;
}

/** Counts CJK characters in a text node; cheap on other scripts (one failed test). */
function countCjk(text: string): number {
  return CJK.test(text) ? (text.match(CJK_ALL) ?? []).length : 0;
}

/** Classifies the URL path: `/2019/11/18/some-story` is dated, `/news/some-long-story-title` a slug, `/` the root. */
export function urlShape(url: string | null): UrlShape {
  if (!url) return 'none';
  let path: string;
  try { path = new URL(url).pathname; } catch { return 'none'; }
  const parts = path.split('/').filter(Boolean);
  if (parts.length === 0) return 'root';
  if (/\/(?:19|20)\d\d\/(?:[01]?\d)(?:\/|$)|\/(?:19|20)\d\d-[01]\d-[0-3]\d|[/-](?:19|20)\d\d[01]\d[0-3]\d(?:[/-]|$)/.test(path)) return 'dated';
  const last = parts[parts.length - 1]!.replace(/\.(?:html?|php|aspx?|shtml)$/i, '');
  if (last.split(/[-_]/).filter((w) => /[a-z]/i.test(w)).length >= 4) return 'slug';
  if (parts.some((p) => /\d{5,}/.test(p))) return 'numeric';
  if (/\.(?:html?|php|aspx?|shtml)$/i.test(path)) return 'file';
  return 'section';
}

/** Adds the schema.org types (and whether a datePublished appears) of one JSON-LD block. Never throws. */
function readJsonLd(source: string, signals: PageSignals): void {
  if (source.length > MAX_JSON_LD) return;
  let data: unknown;
  try { data = JSON.parse(source); } catch { return; }
  const visit = (node: unknown, depth: number): void => {
    if (depth > 4 || node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) { for (const n of node.slice(0, 50)) visit(n, depth + 1); return; }
    const record = node as Record<string, unknown>;
    const type = record['@type'];
    if (typeof type === 'string') signals.ldTypes.push(type);
    else if (Array.isArray(type)) signals.ldTypes.push(...type.filter((t): t is string => typeof t === 'string'));
    if (typeof record['datePublished'] === 'string') signals.ldDate = true;
    if (record['@graph']) visit(record['@graph'], depth + 1);
    if (record['mainEntity']) visit(record['mainEntity'], depth + 1);
  };
  visit(data, 0);
}

/** The length of an element's textContent, from its text nodes' lengths where it holds only those (a script). */
function textLength(el: Element): number {
  let n = 0;
  for (let child = el.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3 || child.nodeType === 4) n += (child as CharacterData).length;
    else if (child.nodeType === 1) return el.textContent?.length ?? 0;
  }
  return n;
}

// A paragraph of a story runs longer than a teaser's blurb.
const SPLIT_PARAGRAPH = 150;

/** The prose of the largest body whose paragraphs sit one or two to a wrapper, the wrappers siblings (see PageSignals). */
function splitBody(proseByParent: ReadonlyMap<Element, { chars: number; count: number }>): number {
  const byGrandparent = new Map<Element, { chars: number; wrappers: number; cards: boolean }>();
  for (const [parent, run] of proseByParent) {
    const grandparent = parent.parentElement;
    if (!grandparent || run.count > 2 || run.chars < SPLIT_PARAGRAPH * run.count) continue;
    const body = byGrandparent.get(grandparent) ?? { chars: 0, wrappers: 0, cards: false };
    body.chars += run.chars;
    body.wrappers++;
    if (CARD.test(parent.getAttribute('class') ?? '')) body.cards = true;
    byGrandparent.set(grandparent, body);
  }
  let best = 0;
  for (const body of byGrandparent.values()) if (body.wrappers >= 3 && !body.cards && body.chars > best) best = body.chars;
  return best;
}

/** Measures the page in one walk; cost is linear in the elements walked and capped at MAX_ELEMENTS. */
export function measurePage(doc: Document, url: string | null): PageSignals {
  return runSteps(measurePageSteps(doc, url));
}

/**
 * measurePage in steps: a pause ('measuring') after every ELEMENTS_PER_TASK elements walked, so that the content
 * script measures a huge page in tasks of bounded work (issue 17), not in one task of up to MAX_ELEMENTS.
 */
export function* measurePageSteps(doc: Document, url: string | null): Generator<string, PageSignals, void> {
  const s: PageSignals = {
    ldTypes: [], ldDate: false, ogType: null, articleElements: 0, newsKeywords: false, metaDate: false, timeElements: 0, hasByline: false,
    proseScore: 0, paragraphs: 0, paragraphChars: 0, mainProseChars: 0, mainParagraphs: 0, mainSectionChars: 0, forumMarks: 0, priceLines: 0, bodyChars: 0,
    linkChars: 0, visibleChars: 0, headlineLinks: 0,
    cards: 0, authorElements: 0, codeBlocks: 0, h1Count: 0, commentChars: 0, splitBodyChars: 0, elements: 0, urlShape: urlShape(url),
  };
  const proseByParent = new Map<Element, { chars: number; count: number }>();
  // CJK characters met so far in the walk: a block's count is the difference across its children.
  let cjkSeen = 0;
  // Characters of text read since the last pause: a few elements can hold megabytes of it.
  let textRead = 0;

  // Returns the characters of text under `el` and adds its link characters to `links.n`.
  function* visit(el: Element, depth: number, inLink: boolean, inListItem: boolean, links: { n: number }, inComments = false): Generator<string, number, void> {
    if (++s.elements > MAX_ELEMENTS || depth > MAX_DEPTH) return 0;
    if (s.elements % ELEMENTS_PER_TASK === 0 || textRead >= TEXT_PER_TASK) {
      textRead = 0;
      yield 'measuring';
    }
    // localName and a few getAttribute calls: iterating el.attributes costs several times more under jsdom.
    const tag = el.localName;
    let className = '';
    if (el.hasAttributes()) {
      if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return 0;
      const style = el.getAttribute('style');
      if (style && HIDDEN_STYLE.test(style)) return 0;
      className = el.getAttribute('class') ?? '';
      const itemprop = el.getAttribute('itemprop');
      if (itemprop) {
        if (/datePublished/i.test(itemprop)) s.metaDate = true;
        else if (/^author$/i.test(itemprop)) s.hasByline = true;
      }
    }
    if (SKIPPED.has(tag)) return 0;
    if (tag === 'script') {
      if (el.getAttribute('type')?.trim().toLowerCase() === 'application/ld+json') {
        // Sized before it is read: a block readJsonLd skips is never copied out of the page (100,000-character titles).
        const size = textLength(el);
        textRead += Math.min(size, MAX_JSON_LD + 1);
        if (size <= MAX_JSON_LD) readJsonLd(el.textContent ?? '', s);
      }
      return 0;
    }
    if (tag === 'meta') {
      const key = el.getAttribute('property') ?? el.getAttribute('name') ?? '';
      const content = el.getAttribute('content')?.trim() ?? '';
      if (!content) return 0;
      if (key === 'og:type') s.ogType = content.toLowerCase();
      else if (key === 'news_keywords') s.newsKeywords = true;
      else if (DATE_META.test(key.replace(/[_.-]/g, ''))) s.metaDate = true;
      else if (AUTHOR_META.test(key)) s.hasByline = true;
      return 0;
    }
    // The section starts at an element named for comments, never at the page's own wrappers (<body>, <main>).
    const comments = inComments || (depth > 1 && tag !== 'main' && COMMENTS.test(`${className} ${el.getAttribute('id') ?? ''}`));
    if (className && !comments) {
      if (CARD.test(className)) s.cards++;
      if (BYLINE_CLASS.test(className)) { s.hasByline = true; s.authorElements++; }
    }
    if (!comments && (tag === 'a' || tag === 'link')) { if (el.getAttribute('rel')?.split(/\s+/).includes('author')) s.hasByline = true; }
    // Posts and dates in comments are not the page's own.
    if (tag === 'article') { if (!comments) s.articleElements++; }
    else if (tag === 'time') { if (!comments) s.timeElements++; }
    else if (tag === 'h1') s.h1Count++;
    else if (tag === 'code') s.codeBlocks++;

    const isLink = tag === 'a' && el.hasAttribute('href');
    const inner = { n: 0 };
    let chars = 0;
    let hasBr = false;
    let ownText = 0;
    const cjkBefore = cjkSeen;
    const paragraphsBefore = s.paragraphs;
    const paragraphCharsBefore = s.paragraphChars;
    for (let child = el.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        // Read once: in Firefox each read of a page's text from the content script crosses a wrapper.
        const data = (child as Text).data;
        const n = data.length;
        textRead += n;
        if (n <= 24 && !comments && FORUM_MARK.test(data)) s.forumMarks++;
        else if (n <= PRICE_LINE && !comments && PRICE_START.test(data)) s.priceLines++;
        chars += n;
        // Indentation between child elements is not text of this block.
        if (n > 0 && NON_SPACE.test(data)) {
          ownText += n;
          const cjk = countCjk(data);
          cjkSeen += cjk;
          if (comments) s.commentChars += n; else s.visibleChars += n + 2 * cjk;
        }
        if (inLink || isLink) inner.n += n;
      } else if (child.nodeType === 1) {
        if ((child as Element).localName === 'br') hasBr = true;
        chars += yield* visit(child as Element, depth + 1, inLink || isLink, inListItem || tag === 'li', inner, comments);
      }
    }
    links.n += inner.n;
    if (isLink && !inLink && chars >= 25 && chars <= 200) s.headlineLinks++;

    // A <pre> of plain prose is a paragraph; any other <pre> is a code block.
    const prosePre = tag === 'pre' && chars >= 200 && isPlainProse(el.textContent ?? '');
    if (tag === 'pre' && !prosePre) s.codeBlocks++;

    const isBlock = tag === 'p' || tag === 'pre' || tag === 'article' || (tag === 'div' && hasBr);
    if (isBlock && chars >= 140 && !(tag === 'p' && inListItem)) {
      const ci = `${className} ${el.id}`;
      if (!UNLIKELY.test(ci) || MAYBE.test(ci)) s.proseScore += Math.sqrt(chars - 140);
    }
    // A paragraph is a <p>, or a block holding most of its text directly (old pages write prose straight into <div>s);
    // a wrapper whose own text is only indentation between children is not one.
    const isParagraph = tag === 'p' || prosePre || ((tag === 'div' || tag === 'td' || tag === 'section') && (hasBr || (ownText >= 80 && ownText >= chars * 0.5)));
    // A block around other paragraphs (a table cell around a nested table) counts only its own text beyond them.
    const weighted = chars + 2 * (cjkSeen - cjkBefore) - (s.paragraphs > paragraphsBefore ? s.paragraphChars - paragraphCharsBefore : 0);
    if (isParagraph && weighted >= 80 && inner.n < chars * 0.5 && !comments) {
      s.paragraphs++;
      s.paragraphChars += weighted;
      const parent = el.parentElement;
      if (parent) {
        const run = proseByParent.get(parent);
        if (run) { run.chars += weighted; run.count++; } else proseByParent.set(parent, { chars: weighted, count: 1 });
      }
    }
    return chars;
  }

  const links = { n: 0 };
  if (doc.head) yield* visit(doc.head, 0, false, false, links);
  // Only body text counts as visible text.
  s.visibleChars = 0;
  const bodyLinks = { n: 0 };
  if (doc.body) s.bodyChars = yield* visit(doc.body, 0, false, false, bodyLinks);
  s.linkChars = bodyLinks.n;
  // Sections: runs summed under their common grandparent. A teaser card holds one short blurb, so only runs of two
  // or more paragraphs, or one of 300+ characters (a story paragraph in its own wrapper), add up to a section.
  const proseByGrandparent = new Map<Element, number>();
  for (const [parent, run] of proseByParent) {
    if (run.chars > s.mainProseChars) { s.mainProseChars = run.chars; s.mainParagraphs = run.count; }
    const grandparent = parent.parentElement;
    if ((run.count >= 2 || run.chars >= 300) && grandparent) proseByGrandparent.set(grandparent, (proseByGrandparent.get(grandparent) ?? 0) + run.chars);
  }
  for (const n of proseByGrandparent.values()) if (n > s.mainSectionChars) s.mainSectionChars = n;
  s.splitBodyChars = splitBody(proseByParent);
  s.mainSectionChars = Math.max(s.mainSectionChars, s.mainProseChars);
  return s;
}
