// Cleaning must never cost article text: every gold quote of the dev labels that Readability extracted is still in the
// cleaned text, and the seed page loses its two boilerplate lines (issue 5).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readPageFile, loadDom } from '../../src/cli/load-page.ts';
import { extractArticle } from '../../src/content/extract.ts';
import { buildTextDoc } from '../../src/core/digest.ts';
import { normalize } from '../../scripts/eval/labels.ts';

const SHARED = join(import.meta.dirname, '../../../shared');
const labels = readdirSync(join(SHARED, 'labels/dev')).filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(join(SHARED, 'labels/dev', f), 'utf8')) as { id: string; page: string; url?: string; quotes: { text: string }[] });

function read(page: string, url = 'http://localhost/article.html') {
  const dom = loadDom(readPageFile(join(SHARED, page)), url);
  try { return extractArticle(dom.window.document, url); } finally { dom.window.close(); }
}

describe('cleaning keeps every labelled quote', () => {
  test.each(labels.map((l) => [l.id, l] as const))('%s', (_, label) => {
    const article = read(label.page, label.url);
    const before = normalize(article.paragraphs.join(' '));
    const after = normalize(buildTextDoc(article).text);
    for (const q of label.quotes) {
      const quote = normalize(q.text);
      if (before.includes(quote)) expect(after, q.text).toContain(quote);
    }
  });
});

test('the seed page loses its "READ ALSO" and podcast lines and its byline, nothing else', () => {
  const article = read('seed/putin-china.html');
  const text = buildTextDoc(article).text;
  expect(text).not.toMatch(/READ ALSO|Watch a recent episode|By Staff Reporter/);
  const kept = article.paragraphs.filter((p) => text.includes(p));
  expect(article.paragraphs.length - kept.length).toBe(3);
});
