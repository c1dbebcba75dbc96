// Plain data shared by every runtime. The core only ever sees these shapes: no DOM, no browser API.

/** The article as the content script extracts it: plain text, one string per paragraph. */
export interface Article {
  title: string;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  lang: string | null;
  url: string | null;
  /** Body text, one entry per block (paragraph, list item, heading, quote block). */
  paragraphs: string[];
  /** True when extraction kept only the beginning of a text too long to read whole (absent otherwise). */
  truncated?: boolean;
}

/** A character range into the digest's `text` (paragraphs joined by "\n\n" after cleaning). */
export interface Span {
  start: number;
  end: number;
}

export type SpeakerKind = 'person' | 'description' | 'organization';

export interface Quote {
  /** The quoted words, without the quotation marks, exactly as printed. */
  text: string;
  /** Fullest name or description of who said it; null where the article does not say. */
  speaker: string | null;
  speakerKind: SpeakerKind | null;
  /** True for the 3–5 quotes the popup shows first. */
  key: boolean;
  /** A fragment inside the writer's own sentence ("warning of “severe consequences”"). */
  partial: boolean;
  /** Offsets of the quoted words (without marks) in the digest text. */
  span: Span;
  /** Index of the paragraph the quote starts in, and that paragraph's span. */
  paragraph: number;
  paragraphSpan: Span;
}

export interface Person {
  name: string;
  aliases: string[];
  role: string | null;
  mentions: number;
  /** Number of quotes attributed to this person. */
  quotes: number;
}

export interface Organization {
  name: string;
  aliases: string[];
  mentions: number;
}

export interface DigestArticle {
  title: string;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  lang: string | null;
  wordCount: number;
  readingMinutes: number;
  /** The place named by the article's dateline ("Washington"), or null; the dateline is not in the text. */
  dateline?: string | null;
}

export type SummaryLength = 'short' | 'medium' | 'long';

export interface DigestOptions {
  summaryLength: SummaryLength;
  keyQuotes: number;
}

export interface Digest {
  article: DigestArticle;
  /** One paragraph. Empty when the article is too short to summarise. */
  summary: string;
  quotes: Quote[];
  people: Person[];
  organizations: Organization[];
  /** The cleaned text every span points into. */
  text: string;
  /** Why the digest is thin or absent, in words a reader understands; null when all is well. */
  notice: string | null;
  /** The notice as a stable code the popup translates ('too-short'); null with no notice. */
  noticeCode?: NoticeCode | null;
}

/**
 * Why the digest is thin: too short, in a language read only in part, longer than the core reads (over-budget), or,
 * with neither summary nor quotes, nothing usable: no sentences, only names, or only quotation marks.
 */
export type NoticeCode = 'too-short' | 'unread-language' | 'over-budget' | UnusableCode;

/** The notices that stand for "no usable digest": the popup shows them instead of a digest, as a state. */
export type UnusableCode = 'no-sentences' | 'only-names' | 'only-marks';
