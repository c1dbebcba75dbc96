import { isProbablyReaderable } from '@mozilla/readability';

export interface Detection {
  isArticle: boolean;
  /** Which signals fired, for debugging and the eval report. */
  signals: string[];
}

const ARTICLE_TYPES = /^(?:News|Reportage|Analysis|Opinion|Review|Background|Report|Scholarly|Tech|Satirical)?Article$|^BlogPosting$|^LiveBlogPosting$/;

/** Schema.org types named in the page's JSON-LD (including @graph members). Never throws on bad JSON. */
export function jsonLdTypes(doc: Document): string[] {
  const types: string[] = [];
  const visit = (node: unknown, depth: number): void => {
    if (depth > 4 || node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) { node.forEach((n) => visit(n, depth + 1)); return; }
    const record = node as Record<string, unknown>;
    const type = record['@type'];
    if (typeof type === 'string') types.push(type);
    else if (Array.isArray(type)) types.push(...type.filter((t): t is string => typeof t === 'string'));
    if (record['@graph']) visit(record['@graph'], depth + 1);
  };
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    const source = script.textContent ?? '';
    // A huge JSON-LD block is not worth parsing on every page.
    if (source.length > 200_000) continue;
    try { visit(JSON.parse(source), 0); } catch { /* malformed JSON-LD is common; ignore it */ }
  }
  return types;
}

/**
 * Decides cheaply whether a page is an article, without a full Readability parse.
 * Example: a page with JSON-LD `{"@type":"NewsArticle"}` and readable paragraphs is an article.
 */
export function detectArticle(doc: Document): Detection {
  const signals: string[] = [];
  if (jsonLdTypes(doc).some((t) => ARTICLE_TYPES.test(t))) signals.push('json-ld');
  const ogType = doc.querySelector('meta[property="og:type"]')?.getAttribute('content')?.trim().toLowerCase();
  if (ogType === 'article') signals.push('og:type');
  if (doc.querySelector('article')) signals.push('<article>');
  const readerable = isProbablyReaderable(doc, { minContentLength: 140, minScore: 20 });
  if (readerable) signals.push('readerable');
  const isArticle = readerable && (signals.length >= 2 || signals.includes('json-ld'));
  return { isArticle, signals };
}
