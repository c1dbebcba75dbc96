import { describe, expect, test } from 'vitest';
import { shortWordMemo } from '../../src/core/people/short-word-memo.ts';

describe('shortWordMemo: the same answers, each short word worked out once', () => {
  test.each([
    ['a short word asked twice', ['Lee', 'Lee'], 1],
    ['two short words', ['Lee', 'Li', 'Lee', 'Li'], 2],
    ['a word over 12 characters is never kept', ['Schwarzenegger', 'Schwarzenegger'], 2],
  ])('%s', (_name, words, calls) => {
    let worked = 0;
    const lower = shortWordMemo((w) => { worked++; return w.toLowerCase(); });
    expect(words.map(lower)).toEqual(words.map((w) => w.toLowerCase()));
    expect(worked).toBe(calls);
  });

  test('the store is emptied at 20,000 words, so it stays bounded', () => {
    let worked = 0;
    const same = shortWordMemo((w) => { worked++; return w; });
    for (let i = 0; i < 20_001; i++) same(`w${i}`);
    same('w0');
    expect(worked).toBe(20_002);
  });
});
