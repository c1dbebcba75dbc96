import type { Article } from '../core/types.ts';
import { detectArticle } from './detect.ts';
import { extractArticle, ExtractionError, EXTRACTION_MESSAGES } from './extract.ts';
import type { Detection, ExtractionCode, PageReading } from '../shared/page-reading.ts';

/**
 * Detects, then extracts: the one path the content script and the command line share.
 * With `force` (the popup's "Digest anyway") a page the detector rejects is still extracted.
 */
export function readPage(doc: Document, url: string | null, force: boolean, detection = detectArticle(doc, url)): PageReading {
  if (!detection.isArticle && !force) {
    return { ok: false, detection, reason: 'not-article', code: 'not-article', message: "This page doesn't look like a news article." };
  }
  try {
    return { ok: true, detection, article: extractArticle(doc, url, detection.isArticle) };
  } catch (error) {
    const code = error instanceof ExtractionError ? error.code : 'unreadable';
    return { ok: false, detection, reason: 'extraction-failed', code, message: EXTRACTION_MESSAGES[code] };
  }
}
