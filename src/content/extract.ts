import { Readability } from '@mozilla/readability';
import type { Article } from '../core/types.ts';

// Readability walks every element; past this it gives up rather than stall the tab (issue 6).
const MAX_ELEMENTS = 60_000;

const BLOCKS = new Set(['P', 'LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'PRE', 'DD', 'DT', 'TD', 'TH']);
// Captions and credits are not article text (issue 5).
const SKIPPED = new Set(['FIGCAPTION', 'FIGURE', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'SVG', 'BUTTON']);

export class ExtractionError extends Error {}

/**
 * Extracts the article from a clone of the document; the live page is never touched.
 * Throws ExtractionError with a reader-facing message when no article text can be found.
 */
export function extractArticle(doc: Document, url: string | null = null): Article {
  const clone = doc.cloneNode(true) as Document;
  let parsed;
  try {
    parsed = new Readability(clone, { maxElemsToParse: MAX_ELEMENTS, serializer: (el: Node) => el }).parse();
  } catch (error) {
    const tooBig = error instanceof Error && /Aborting parsing/.test(error.message);
    throw new ExtractionError(tooBig ? 'This page is too large to read.' : 'Lede could not read this page.');
  }
  if (!parsed || !parsed.content) throw new ExtractionError('Lede found no article text on this page.');
  const paragraphs = blockTexts(parsed.content as unknown as Element);
  if (paragraphs.length === 0) throw new ExtractionError('Lede found no article text on this page.');
  return {
    title: (parsed.title ?? doc.title ?? '').trim(),
    byline: parsed.byline?.trim() || null,
    siteName: parsed.siteName?.trim() || null,
    publishedTime: parsed.publishedTime?.trim() || null,
    lang: parsed.lang?.trim() || doc.documentElement.getAttribute('lang')?.trim() || null,
    url,
    paragraphs,
  };
}

/** Text of each block element, in document order; inline text outside blocks becomes its own paragraph. */
export function blockTexts(root: Element): string[] {
  const out: string[] = [];
  let loose = '';
  const flush = () => {
    const text = loose.replace(/\s+/g, ' ').trim();
    if (text) out.push(text);
    loose = '';
  };
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) { loose += child.nodeValue ?? ''; continue; }
      if (child.nodeType !== 1) continue;
      const el = child as Element;
      const tag = el.tagName.toUpperCase();
      if (SKIPPED.has(tag)) continue;
      if (tag === 'BR') { loose += ' '; continue; }
      if (BLOCKS.has(tag) && !hasBlockChild(el)) {
        flush();
        const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
        if (text) out.push(text);
        continue;
      }
      const isBlock = tag === 'DIV' || tag === 'SECTION' || tag === 'ARTICLE' || BLOCKS.has(tag) || tag === 'UL' || tag === 'OL' || tag === 'TABLE' || tag === 'TR';
      if (isBlock) flush();
      walk(el);
      if (isBlock) flush();
    }
  };
  walk(root);
  flush();
  return out;
}

function hasBlockChild(el: Element): boolean {
  for (const child of el.children) {
    const tag = child.tagName.toUpperCase();
    if (BLOCKS.has(tag) || tag === 'DIV' || tag === 'UL' || tag === 'OL' || tag === 'TABLE' || tag === 'FIGURE') return true;
  }
  return false;
}
