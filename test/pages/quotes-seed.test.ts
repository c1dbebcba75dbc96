// The seed page through the whole pipeline: every labelled quote found, with its speaker (labels/README.md).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { digestHtml } from '../../src/cli/digest-page.ts';
import { quotesMatch, SHARED, type Label } from '../../scripts/eval/labels.ts';
import { speakerMatches } from '../../scripts/eval/quotes.ts';

const label = JSON.parse(readFileSync(join(SHARED, 'labels/dev/seed-putin-china.json'), 'utf8')) as Label;
const result = digestHtml(readFileSync(join(SHARED, label.page), 'utf8'), label.url ?? 'http://localhost/article.html');
const quotes = result.digest?.quotes ?? [];

describe('seed page quotes', () => {
  test.each(label.quotes.map((g) => [g.text, g] as const))('%s', (_, gold) => {
    const found = quotes.find((q) => quotesMatch(q.text, gold.text));
    expect(found).toBeDefined();
    expect(speakerMatches(found!.speaker, gold, label)).toBe(true);
  });

  test('no quote from the boilerplate, offsets point at the words', () => {
    for (const q of quotes) {
      expect(label.notQuotes?.some((n) => quotesMatch(q.text, n))).toBe(false);
      expect(result.digest!.text.slice(q.span.start, q.span.end)).toBe(q.text);
    }
  });

  test('3 to 5 key quotes, the first a whole one', () => {
    const key = quotes.filter((q) => q.key);
    expect(key.length).toBeGreaterThanOrEqual(3);
    expect(key.length).toBeLessThanOrEqual(5);
    expect(key[0]!.partial).toBe(false);
  });
});
