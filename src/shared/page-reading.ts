import type { Article } from './digest-types.ts';
// What the content script reports about a page, shared by content, background and popup (issue 13).

/** The detector's verdict. */
export interface Detection {
  isArticle: boolean;
  /** Which signals fired, for debugging and the eval report: "+2 ld-news", "-3 url-root"… */
  signals: string[];
  /** Sum of the signal weights; the page is an article at ARTICLE_SCORE or above. */
  score: number;
}

/** Why extraction gave up; the popup translates each code. */
export type ExtractionCode = 'too-large' | 'too-deep' | 'little-text' | 'no-text' | 'unreadable';

/** Why there is no article: not one, or extraction failed (`code` says how; the popup translates it; optional for readings made before codes). */
export type ReadingCode = 'not-article' | ExtractionCode;

export type PageReading =
  | { ok: true; detection: Detection; article: Article }
  | { ok: false; detection: Detection; reason: 'not-article' | 'extraction-failed'; code?: ReadingCode; message: string };
