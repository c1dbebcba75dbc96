// Every page ends in a digest or a clear message, in bounded time, without an exception (issue 6).
// Generated hostile pages, and a spread of real corpus pages; `npm run bench` sweeps the whole corpus.
import { describe, expect, test } from 'vitest';
import { digestHtml, type PageDigest } from '../../src/cli/digest-page.ts';
import { corpusPages, readCorpusHtml, pageName } from '../../scripts/lib/corpus.ts';
import { generatedPages } from './generated-pages.ts';

const URL = 'https://example.com/2025/01/02/a-story-about-robust-pages';

function expectDigestOrMessage(html: string, url: string): PageDigest {
  // Not timed: a hang or a quadratic pass blows the unit project's 60 s test timeout; speed is `npm run bench`'s.
  const result = digestHtml(html, url);
  if (result.digest === null) expect(result.message).toMatch(/\w{3,}/);
  else expect(typeof result.digest.summary).toBe('string');
  return result;
}

// What some generated pages must end in, beyond "a digest or a message".
const EXPECTED: Record<string, (r: PageDigest) => void> = {
  // Cut before Readability parses it (MAX_CLONE_TEXT), then to the core's budget: a digest of its beginning that says so.
  '5 MB article': (r) => expect(r.digest).toMatchObject({ noticeCode: 'over-budget', summary: expect.stringMatching(/\w/) }),
  '50,000 tiny paragraphs': (r) => expect(r).toMatchObject({ code: 'too-large', message: expect.stringMatching(/too large/) }),
  '2,000 nested divs': (r) => expect(r).toMatchObject({ code: 'too-deep', message: expect.stringMatching(/nested too deeply/) }),
  '150 nested divs around an article': (r) => expect(r.digest?.text).toMatch(/Maria Gonzalez/),
  'Russian article': (r) => expect(r.digest?.text).toMatch(/Собянин/),
  'Chinese article': (r) => expect(r.digest?.text).toMatch(/汪文斌/),
  'Arabic article (right to left)': (r) => expect(r.digest?.text).toMatch(/الخارجية/),
  'one 1 MB paragraph': (r) => expect(r.digest?.text.length).toBeLessThan(100_000),
};

describe('generated hostile pages', () => {
  test.each(generatedPages().map((p) => [p.name, p.html] as const))('%s', (name, html) => {
    const result = expectDigestOrMessage(html, URL);
    EXPECTED[name]?.(result);
  }, 120_000);
});

describe('corpus pages', () => {
  // Every 15th page of every set (about 33 pages): all kinds of markup, quick enough for CI.
  const sample = corpusPages().filter((_, i) => i % 15 === 0);
  test.each(sample.map((p) => [pageName(p), p] as const))('%s', (_name, page) => {
    expectDigestOrMessage(readCorpusHtml(page), page.url);
  });
});
