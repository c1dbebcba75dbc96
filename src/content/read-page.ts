import type { Article } from '../core/types.ts';
import { detectArticle } from './detect.ts';
import { extractionSteps, ExtractionError, EXTRACTION_MESSAGES } from './extract.ts';
import { runSteps } from './tasks.ts';
import type { Detection, ExtractionCode, PageReading } from '../shared/page-reading.ts';

/**
 * Detects, then extracts: the one path the content script and the command line share.
 * With `force` (the popup's "Digest anyway") a page the detector rejects is still extracted.
 */
export function readPage(doc: Document, url: string | null, force: boolean, detection = detectArticle(doc, url)): PageReading {
  return runSteps(readPageSteps(doc, url, force, detection));
}

/**
 * readPage as steps, yielding between bounded pieces of work (copy, Readability parse, text): the content script
 * runs each in its own task so the page stays responsive (issue 17); `readPage` runs them in one go.
 */
export function* readPageSteps(doc: Document, url: string | null, force: boolean, detection: Detection): Generator<string, PageReading, void> {
  if (!detection.isArticle && !force) {
    return { ok: false, detection, reason: 'not-article', code: 'not-article', message: "This page doesn't look like a news article." };
  }
  try {
    return { ok: true, detection, article: yield* extractionSteps(doc, url, detection.isArticle) };
  } catch (error) {
    const code = error instanceof ExtractionError ? error.code : 'unreadable';
    return { ok: false, detection, reason: 'extraction-failed', code, message: EXTRACTION_MESSAGES[code] };
  }
}
