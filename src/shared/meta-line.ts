import type { DigestArticle } from './digest-types.ts';
import { t, uiLanguage } from './i18n.ts';

// The meta line above a digest: made in the popup, and in the background for a digest prepared ahead.

/**
 * The article's publication date as the reader sees it, or null when there is none or it is unreadable.
 * The calendar date is taken as written (the publisher's own day), not shifted into the reader's time zone.
 * Example: `formatDate('2025-09-02T14:05:00Z', 'en-GB') === '2 Sept 2025'`.
 */
export function formatDate(published: string | null, locale?: string): string | null {
  if (!published) return null;
  const ymd = /^(\d{4})-(\d{2})-(\d{2})/.exec(published.trim());
  const date = ymd ? new Date(Date.UTC(Number(ymd[1]), Number(ymd[2]) - 1, Number(ymd[3]))) : new Date(published);
  if (Number.isNaN(date.getTime())) return null;
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/** "World Desk · 2 Sep 2025 · 3 min read": whichever of site, date and reading time the article has. */
export function metaLine(article: DigestArticle, locale?: string): string {
  return [article.siteName, formatDate(article.publishedTime, locale), t('readingTime', String(article.readingMinutes))].filter(Boolean).join(' · ');
}

/** The meta line on screen (the browser's locale for the date) and in copies (the interface's). */
export interface DigestMeta {
  shown: string;
  copied: string;
}

/**
 * The meta lines of a digest. Made in the background for a prepared digest: the first Intl.DateTimeFormat of a
 * popup costs about 20 ms (measured in Chromium), all of it on the way to the first paint.
 */
export function digestMeta(article: DigestArticle): DigestMeta {
  return { shown: metaLine(article), copied: metaLine(article, uiLanguage()) };
}
