import type { Digest, NoticeCode, Person, Quote, UnusableCode } from '../shared/digest-types.ts';
import { t, type MessageKey } from '../shared/i18n.ts';
import type { ReadingCode } from '../shared/page-reading.ts';

// The content script and the core report problems as codes; the reader sees them in the interface language.
const READING_KEYS: Readonly<Record<ReadingCode, MessageKey>> = {
  'not-article': 'notArticleTitle',
  'too-large': 'extractionTooLarge',
  'too-deep': 'extractionTooDeep',
  'little-text': 'extractionLittleText',
  'no-text': 'extractionNoText',
  'unreadable': 'extractionUnreadable',
};
const NOTICE_KEYS: Readonly<Record<NoticeCode, MessageKey>> = {
  'too-short': 'noticeTooShort',
  'unread-language': 'noticeUnreadLanguage',
  'over-budget': 'noticeOverBudget',
  'no-sentences': 'noDigestNoSentences',
  'only-names': 'noDigestOnlyNames',
  'only-marks': 'noDigestOnlyMarks',
};
// A digest with one of these notices has nothing worth showing: the popup shows the reason alone, as a state.
const UNUSABLE: ReadonlySet<string> = new Set<UnusableCode>(['no-sentences', 'only-names', 'only-marks']);

/** True when the digest has no usable content and its notice says why (issue 17): `isUnusable({ noticeCode: 'only-names' })`. */
export function isUnusable(digest: Pick<Digest, 'noticeCode'>): boolean {
  return typeof digest.noticeCode === 'string' && UNUSABLE.has(digest.noticeCode);
}

/**
 * Why a page gave no article, in the reader's language; the English message when the code is unknown.
 * Example: `failureTitle({ code: 'too-large', message: '…' })` is "Cette page est trop volumineuse…" in French.
 */
export function failureTitle(failure: { code?: string; message: string }): string {
  const key = failure.code && Object.hasOwn(READING_KEYS, failure.code) ? READING_KEYS[failure.code as ReadingCode] : null;
  return key ? t(key) : failure.message;
}

/** The digest's notice in the reader's language, or null without one; the English notice for an unknown code. */
export function noticeText(digest: Pick<Digest, 'notice' | 'noticeCode'>): string | null {
  if (!digest.notice) return null;
  const code = digest.noticeCode;
  return code && Object.hasOwn(NOTICE_KEYS, code) ? t(NOTICE_KEYS[code]) : digest.notice;
}

// The meta line is made in the background too (for prepared digests), so it lives in src/shared.
export { formatDate, metaLine, digestMeta, type DigestMeta } from '../shared/meta-line.ts';

/** How present a person is in the story, as 1 to 5 dots relative to the most-mentioned person. */
export function presenceDots(mentions: number, maxMentions: number): number {
  if (maxMentions <= 0 || mentions <= 0) return 1;
  return Math.max(1, Math.min(5, Math.round((mentions / maxMentions) * 5)));
}

/** The speaker's role where the digest knows it: the role of the person whose name or alias is the speaker. */
export function speakerRole(quote: Quote, people: Person[]): string | null {
  if (!quote.speaker || quote.speakerKind !== 'person') return null;
  const person = people.find((p) => p.name === quote.speaker || p.aliases.includes(quote.speaker!));
  return person?.role ?? null;
}

/** The quotes shown before "Show all": the core's key quotes, or the first whole quotes if it marked none. */
export function keyQuotes(quotes: Quote[], count: number): Quote[] {
  const marked = quotes.filter((q) => q.key);
  if (marked.length > 0) return marked;
  return quotes.filter((q) => !q.partial).slice(0, count);
}
