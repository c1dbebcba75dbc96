import type { Digest, DigestOptions } from '../core/types.ts';
import { digest, DEFAULT_DIGEST_OPTIONS } from '../core/digest.ts';
import { readPage } from '../content/read-page.ts';
import { EXTRACTION_MESSAGES } from '../content/extract.ts';
import { loadDom } from './load-page.ts';
import { tooDeepToParse } from './nesting-scan.ts';
import type { ReadingCode, Detection } from '../shared/page-reading.ts';

export interface PageDigest {
  isArticle: boolean;
  detection: Detection;
  /** Null when extraction failed; then `message` says why, and `code` as a stable code. */
  digest: Digest | null;
  message: string | null;
  code: ReadingCode | null;
}

/**
 * The browser's pipeline under jsdom: detect, extract with Readability, digest.
 * Like the popup's "Digest anyway", a page the detector rejects is still digested; `isArticle` says what it decided.
 */
export function digestHtml(html: string, url: string, options: DigestOptions = DEFAULT_DIGEST_OPTIONS): PageDigest {
  // The answer extraction would give after the parse, given before it: nothing was parsed, so nothing was detected.
  if (tooDeepToParse(html)) {
    return { isArticle: false, detection: { isArticle: false, signals: [], score: 0 }, digest: null, message: EXTRACTION_MESSAGES['too-deep'], code: 'too-deep' };
  }
  const dom = loadDom(html, url);
  try {
    const reading = readPage(dom.window.document, url, true);
    const isArticle = reading.detection.isArticle;
    if (!reading.ok) return { isArticle, detection: reading.detection, digest: null, message: reading.message, code: reading.code ?? null };
    return { isArticle, detection: reading.detection, digest: digest(reading.article, options), message: null, code: null };
  } finally {
    // Closing a pathologically deep tree overflows jsdom's recursive teardown; the window is garbage either way.
    try { dom.window.close(); } catch { /* see above */ }
  }
}
