import { describe, expect, test } from 'vitest';
import { countWords, joinParagraphs } from '../../src/core/text/text.ts';

describe('joinParagraphs', () => {
  test('offsets point at each paragraph in the joined text', () => {
    const { text, paragraphs } = joinParagraphs(['First one.', 'Second, longer one.', 'Third.']);
    for (const p of paragraphs) expect(text.slice(p.start, p.end)).toBe(p.text);
    expect(paragraphs.map((p) => p.index)).toEqual([0, 1, 2]);
  });

  test('no paragraphs gives empty text', () => {
    expect(joinParagraphs([])).toEqual({ text: '', paragraphs: [] });
  });
});

describe('countWords', () => {
  test.each([
    ['Putin said on Tuesday.', 4],
    ['Don’t count apostrophes twice', 4],
    ['“We can work with our American partners,” he said.', 9],
    ['Путин заявил во вторник', 4],
    ['', 0],
    ['— … ,', 0],
  ])('%j has %i words', (text, n) => {
    expect(countWords(text)).toBe(n);
  });
});
