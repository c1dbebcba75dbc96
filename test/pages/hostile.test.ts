// Every hostile page of issue 17 ends, under jsdom, in a digest or a one-line reason, without an exception; the
// command line's path (digestHtml) is the browser's. Speed is `npm run bench -- --hostile`'s, not asserted here.
import { describe, expect, test } from 'vitest';
import { digestHtml } from '../../src/cli/digest-page.ts';
import { countWords } from '../../src/core/text/index.ts';
import { WORD_BUDGET } from '../../src/core/digest.ts';
import { MAX_BYLINE, MAX_TITLE } from '../../src/content/extract.ts';
import { hostilePages } from './hostile-pages.ts';

const URL = 'https://example.com/2025/03/04/a-hostile-story';

describe('hostile pages under jsdom', () => {
  test.each(hostilePages().map((p) => [p.name, p] as const))('%s', (_name, page) => {
    const result = digestHtml(page.html, URL);
    if (page.expect.digest) {
      expect(result.message).toBeNull();
      const d = result.digest!;
      expect(d.summary !== '' || d.quotes.length > 0).toBe(true);
      if (page.expect.notice) expect(d.noticeCode).toBe(page.expect.notice);
      // Bounded by design: the core read at most its budget, and the headline and byline are a line each.
      expect(countWords(d.text)).toBeLessThanOrEqual(WORD_BUDGET);
      expect(d.article.title.length).toBeLessThanOrEqual(MAX_TITLE);
      expect((d.article.byline ?? '').length).toBeLessThanOrEqual(MAX_BYLINE);
    } else if (result.digest) {
      // Nothing usable: the digest's notice says why, in one line.
      expect(result.digest.noticeCode).toBe(page.expect.code);
      expect(result.digest.notice).toMatch(/^[^\n]{20,}$/);
    } else {
      expect(result.code).toBe(page.expect.code);
      expect(result.message).toMatch(/^[^\n]{20,}$/);
    }
  }, 120_000);
});
