import type { Article } from '../core/types.ts';
import { detectArticle, type Detection } from './detect.ts';
import { extractArticle, ExtractionError } from './extract.ts';

export type PageReading =
  | { ok: true; detection: Detection; article: Article }
  | { ok: false; detection: Detection; reason: 'not-article' | 'extraction-failed'; message: string };

/**
 * Detects, then extracts: the one path the content script and the command line share.
 * With `force` (the popup's "Digest anyway") a page the detector rejects is still extracted.
 */
export function readPage(doc: Document, url: string | null, force: boolean, detection = detectArticle(doc, url)): PageReading {
  if (!detection.isArticle && !force) {
    return { ok: false, detection, reason: 'not-article', message: "This page doesn't look like a news article." };
  }
  try {
    return { ok: true, detection, article: extractArticle(doc, url) };
  } catch (error) {
    const message = error instanceof ExtractionError ? error.message : 'Lede could not read this page.';
    return { ok: false, detection, reason: 'extraction-failed', message };
  }
}
