// Problems reach the popup as codes (issue 6): the reader sees them in the interface language, never English-only.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, test } from 'vitest';
import { failureTitle, isUnusable, noticeText } from '../../src/popup/format.ts';
import { EXTRACTION_MESSAGES } from '../../src/content/extract.ts';
import { digest, NOTICE_MESSAGES } from '../../src/core/digest.ts';
import { fillMessage } from '../../src/shared/i18n.ts';
import type { ExtractionCode } from '../../src/shared/page-reading.ts';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

// A browser whose i18n API answers from one of _locales/, the way chrome.i18n does.
function useLocale(lang: string): void {
  const messages = JSON.parse(readFileSync(`_locales/${lang}/messages.json`, 'utf8')) as Messages;
  (globalThis as { browser?: unknown }).browser = {
    i18n: { getMessage: (key: string, subs?: string | string[]) => (messages[key] ? fillMessage(messages[key]!, [subs ?? []].flat()) : '') },
  };
}
afterEach(() => { delete (globalThis as { browser?: unknown }).browser; });

const codes = Object.keys(EXTRACTION_MESSAGES) as ExtractionCode[];

describe('failureTitle', () => {
  test.each(codes)('%s: the English message outside the browser', (code) => {
    expect(failureTitle({ code, message: EXTRACTION_MESSAGES[code] })).toBe(EXTRACTION_MESSAGES[code]);
  });

  test.each([
    ['fr', 'too-large', 'Cette page est trop volumineuse pour être lue.'],
    ['fr', 'too-deep', 'Cette page est imbriquée trop profondément pour être lue.'],
    ['de', 'little-text', 'Diese große Seite enthält zu wenig Artikeltext für eine Zusammenfassung.'],
    ['de', 'no-text', 'Lede hat auf dieser Seite keinen Artikeltext gefunden.'],
    ['fr', 'unreadable', 'Lede n’a pas pu lire cette page.'],
  ] as const)('%s %s', (lang, code, expected) => {
    useLocale(lang);
    expect(failureTitle({ code, message: EXTRACTION_MESSAGES[code] })).toBe(expected);
  });

  test.each(['fr', 'de'])('%s: every code has its own translation', (lang) => {
    useLocale(lang);
    const titles = codes.map((code) => failureTitle({ code, message: EXTRACTION_MESSAGES[code] }));
    expect(new Set(titles).size).toBe(codes.length);
    for (const code of codes) expect(titles).not.toContain(EXTRACTION_MESSAGES[code]);
  });

  test('an unknown or missing code falls back to the message', () => {
    useLocale('fr');
    expect(failureTitle({ code: 'from-a-newer-version', message: 'Something new.' })).toBe('Something new.');
    expect(failureTitle({ message: 'Old content script.' })).toBe('Old content script.');
  });
});

describe('noticeText', () => {
  test.each([
    ['en', 'This article is too short for a full digest.'],
    ['fr', 'Cet article est trop court pour un résumé complet.'],
    ['de', 'Dieser Artikel ist zu kurz für eine vollständige Zusammenfassung.'],
  ])('%s', (lang, expected) => {
    useLocale(lang);
    expect(noticeText({ notice: NOTICE_MESSAGES['too-short'], noticeCode: 'too-short' })).toBe(expected);
  });

  test('the core marks a short article with the code and the English words', () => {
    const short = digest({ title: 'T', byline: null, siteName: null, publishedTime: null, lang: 'en', url: null, paragraphs: ['“Hi,” Ann Lee said.'] });
    expect(short).toMatchObject({ noticeCode: 'too-short', notice: NOTICE_MESSAGES['too-short'] });
  });

  test('no notice, or one without a code', () => {
    expect(noticeText({ notice: null, noticeCode: null })).toBeNull();
    expect(noticeText({ notice: 'Older digest.' })).toBe('Older digest.');
  });
});

describe('the notices of issue 17: a digest cut to the budget, and no usable digest', () => {
  const noticeCodes = ['over-budget', 'no-sentences', 'only-names', 'only-marks'] as const;

  test.each(noticeCodes)('%s: the English notice outside the browser', (code) => {
    expect(noticeText({ notice: NOTICE_MESSAGES[code], noticeCode: code })).toBe(NOTICE_MESSAGES[code]);
  });

  test.each(['fr', 'de'])('%s: each has its own translation, one line', (lang) => {
    useLocale(lang);
    const texts = noticeCodes.map((code) => noticeText({ notice: NOTICE_MESSAGES[code], noticeCode: code })!);
    expect(new Set(texts).size).toBe(noticeCodes.length);
    for (const [i, code] of noticeCodes.entries()) {
      expect(texts[i]).not.toBe(NOTICE_MESSAGES[code]);
      expect(texts[i]).not.toMatch(/\n/);
    }
  });

  test.each([
    ['no-sentences', true], ['only-names', true], ['only-marks', true],
    ['over-budget', false], ['too-short', false], ['unread-language', false], [null, false],
  ] as const)('%s: unusable %s', (noticeCode, unusable) => {
    expect(isUnusable({ noticeCode })).toBe(unusable);
  });
});
