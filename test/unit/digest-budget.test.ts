// The core reads at most WORD_BUDGET words and says so; a digest with nothing usable says why (issue 17).
import { describe, expect, test } from 'vitest';
import { digest, measureText, unusableReason, withinBudget, WORD_BUDGET, NOTICE_MESSAGES } from '../../src/core/digest.ts';
import { countWords } from '../../src/core/text/index.ts';
import type { Article } from '../../src/core/types.ts';

const article = (paragraphs: string[], extra: Partial<Article> = {}): Article =>
  ({ title: 'T', byline: null, siteName: null, publishedTime: null, lang: 'en', url: null, paragraphs, ...extra });

const words = (n: number) => ({ words: n, capitalised: 1_000, marks: 1_000, names: 1_000 });

describe('withinBudget', () => {
  test.each([
    ['under the budget: unchanged', ['a b', 'c d e'], words(10), ['a b', 'c d e'], 0],
    ['exactly the budget: unchanged', ['a b', 'c d e'], words(5), ['a b', 'c d e'], 0],
    ['cut inside the crossing paragraph, after a whole word', ['a b', 'c d e'], words(3), ['a b', 'c'], 2],
    ['later paragraphs dropped whole', ['a b', 'c d', 'e f g'], words(2), ['a b'], 5],
    ['a word is never split (don’t counts once)', ['we don’t stop now'], { words: 2, capitalised: 9, marks: 9, names: 9 }, ['we don’t'], 2],
    ['punctuation stays with its word', ['“Yes,” she said. Then no.'], words(3), ['“Yes,” she said.'], 2],
    ['white space of every kind', ['a\u00a0b\tc\nd'], words(2), ['a\u00a0b'], 2],
    ['a crowd of names spends the capitalised budget first', ['Ann Lee met Bob Ray and Cy Fox'], { words: 99, capitalised: 4, marks: 9, names: 9 }, ['Ann Lee met Bob Ray and'], 2],
    ['a storm of marks spends the marks budget first', ['“a” “b” “c” “d”'], { words: 99, capitalised: 9, marks: 5, names: 9 }, ['“a” “b”'], 2],
    ['a paragraph of marks alone can fill it', ['“ ” “ ”', 'after'], { words: 99, capitalised: 9, marks: 3, names: 9 }, ['“ ” “'], 1],
    ['names said again cost nothing more', ['Ann met Bob.', 'Ann and Bob left.', 'Cy came.'], { words: 99, capitalised: 99, marks: 9, names: 2 }, ['Ann met Bob.', 'Ann and Bob left.'], 2],
  ])('%s', (_name, paragraphs, budget, kept, dropped) => {
    expect(withinBudget(paragraphs, budget)).toEqual({ paragraphs: kept, dropped });
  });

  test('keeps exactly the word budget of a long text, and counts the rest', () => {
    const paragraphs = Array.from({ length: 100 }, (_, i) => `paragraph ${i} has exactly seven words here. `.repeat(50));
    const { paragraphs: kept, dropped } = withinBudget(paragraphs);
    expect(countWords(kept.join(' '))).toBe(WORD_BUDGET);
    expect(dropped).toBe(100 * 50 * 7 - WORD_BUDGET);
  });

  test.each([
    ['plain words', 'the council met', { words: 3, capitalised: 0, marks: 0, names: 0 }],
    ['names and a quote', '“Ann Lee said no,” Bob wrote.', { words: 6, capitalised: 3, marks: 2, names: 3 }],
    ['a name said twice is one name', 'Ann met Ann', { words: 3, capitalised: 2, marks: 0, names: 1 }],
    ['apostrophes count as marks', 'don’t', { words: 1, capitalised: 0, marks: 1, names: 0 }],
    ['capitals of other scripts', 'Élise met Юрий', { words: 3, capitalised: 2, marks: 0, names: 2 }],
  ])('measureText: %s', (_name, text, cost) => {
    const { newNames: _newNames, ...spent } = measureText(text);
    expect(spent).toEqual(cost);
  });
});

describe('digest over the budget', () => {
  const sentence = (i: number) => `The mayor said on day ${i} that the council would meet again to vote on the budget.`;
  const long = article(Array.from({ length: 1_500 }, (_, i) => `${sentence(i)} ${sentence(i + 1)}`));

  test('covers its first WORD_BUDGET words, says so, and counts the whole article for the reading time', () => {
    const d = digest(long);
    expect(d.noticeCode).toBe('over-budget');
    expect(d.notice).toBe(NOTICE_MESSAGES['over-budget']);
    expect(countWords(d.text)).toBeLessThanOrEqual(WORD_BUDGET);
    expect(d.article.wordCount).toBe(countWords(long.paragraphs.join(' ')));
    expect(d.summary).not.toBe('');
  });

  test('an article extraction cut short says so too', () => {
    expect(digest(article(long.paragraphs.slice(0, 20), { truncated: true })).noticeCode).toBe('over-budget');
    expect(digest(article(long.paragraphs.slice(0, 20))).noticeCode).toBeNull();
  });
});

describe('no usable digest: the reason', () => {
  const names = (n: number) => Array.from({ length: n }, (_, i) => `${String.fromCharCode(65 + (i % 26))}ann ${String.fromCharCode(65 + ((i * 7) % 26))}ee${i % 10 ? '' : 'x'} said.`).join(' ');
  test.each([
    ['a paragraph of "Given Surname said."', [names(200)], 'only-names'],
    ['quotation marks only', ['“ ” « » „ “ ‘ ’ " \' ‹ ›'.repeat(10)], 'only-marks'],
    ['words without a sentence', [Array.from({ length: 300 }, (_, i) => ['the', 'council', 'budget', 'over'][i % 4]).join(' ')], 'no-sentences'],
  ])('%s: %s', (_name, paragraphs, reason) => {
    const d = digest(article(paragraphs));
    expect(d.summary).toBe('');
    expect(d.quotes).toEqual([]);
    expect(d.noticeCode).toBe(reason);
  });

  test('a real short article keeps its too-short notice, and a real article has none', () => {
    expect(digest(article(['“Hi,” Ann Lee said.'])).noticeCode).toBe('too-short');
    expect(unusableReason('Ann Lee said.', 3, { people: [], organizations: [] } as never)).toBeNull();
  });
});
