import { describe, expect, test } from 'vitest';
import { rougeN, rougeLsum, rougeTokens, summaryFailures } from '../../scripts/eval/summary.ts';

describe('ROUGE, as scripts/eval/summary.ts computes it', () => {
  test.each([
    ['Locke ’s deal: 3-year!', ['locke', 's', 'deal', '3', 'year']],
    ['The U.S. said', ['the', 'u', 's', 'said']],
  ])('rougeTokens(%s)', (text, tokens) => {
    expect(rougeTokens(text)).toEqual(tokens);
  });

  test.each([
    ['the cat sat on the mat', 'the cat sat on the mat', 1, 1],
    ['the cat sat', 'the cat ran', 1, 2 / 3],
    ['the cat sat', 'the cat ran', 2, 1 / 2],
    ['the the the', 'the cat', 1, 0.4],
    ['', 'the cat', 1, 0],
  ])('rougeN(%s, %s, %i).f', (cand, ref, n, f) => {
    expect(rougeN(cand, ref, n).f).toBeCloseTo(f, 6);
  });

  // Lin (2004), section 3.2's example: r = w1..w5, c1 = w1 w2 w6 w7 w8, c2 = w1 w3 w8 w9 w5; union LCS = w1 w2 w3 w5.
  test('rougeLsum takes the union of each reference sentence’s LCS with every candidate sentence', () => {
    const score = rougeLsum(['w1 w2 w6 w7 w8', 'w1 w3 w8 w9 w5'], ['w1 w2 w3 w4 w5']);
    expect(score.r).toBeCloseTo(4 / 5, 6);
    expect(score.p).toBeCloseTo(4 / 10, 6);
  });

  test('rougeLsum clips repeated tokens by their counts', () => {
    const score = rougeLsum(['police said', 'police said'], ['police said']);
    expect(score.r).toBeCloseTo(1, 6);
    expect(score.p).toBeCloseTo(0.5, 6);
  });
});

describe('summaryFailures (labels/README.md summary checks)', () => {
  const forty = 'Putin met Xi in Beijing on Tuesday and said the talks on Ukraine went well. '.repeat(3);
  test.each([
    [forty, { mustMention: [['Putin'], ['Ukraine', 'Kyiv']] }, []],
    [forty, { mustMention: [['Trump']] }, ['no Trump']],
    [forty, { mustNotContain: ['Beijing on'] }, ['contains "Beijing on"']],
    ['Putin spoke.', {}, ['2 words']],
    [`${forty}\n\n${forty}`, {}, ['not one paragraph']],
    // A string with punctuation is matched as printed (case aside), one without as whole normalised words.
    [`${forty} More: the talks`, { mustNotContain: ['More:'] }, ['contains "More:"']],
    [`${forty} more talks`, { mustNotContain: ['More:'] }, []],
    [`${forty} more: talks`, { mustNotContain: ['MORE:'] }, ['contains "MORE:"']],
    [`${forty} [Read: a story]`, { mustNotContain: ['[Read:'] }, ['contains "[Read:"']],
    [`${forty} read more`, { mustNotContain: ['[Read:', '&#151;'] }, []],
    [`${forty} — &#151; x`, { mustNotContain: ['&#151;'] }, ['contains "&#151;"']],
    [`${forty} Read more, please`, { mustNotContain: ['read more'] }, ['contains "read more"']],
    [`${forty} already`, { mustNotContain: ['read'] }, []],
  ])('%#', (summary, checks, failures) => {
    expect(summaryFailures(summary, checks)).toEqual(failures);
  });
});
