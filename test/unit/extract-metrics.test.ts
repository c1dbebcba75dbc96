import { describe, expect, test } from 'vitest';
import { addOutcome, bagOfWords, emptyConfusion, median, precisionRecall, quantile } from '../../scripts/lib/metrics.ts';

describe('bagOfWords', () => {
  test.each([
    ['identical', 'a b c', 'a b c', 1, 1],
    ['extra words lower precision', 'a b c d', 'a b', 0.5, 1],
    ['missing words lower recall', 'a', 'a b', 1, 0.5],
    ['repeated words count once each', 'a a a', 'a b c', 1 / 3, 1 / 3],
    ['whitespace of any kind splits', 'a\n\nb\tc', 'a b c', 1, 1],
    ['nothing predicted', '', 'a b', 0, 0],
  ])('%s', (_name, predicted, truth, precision, recall) => {
    const score = bagOfWords(predicted, truth);
    expect(score.precision).toBeCloseTo(precision);
    expect(score.recall).toBeCloseTo(recall);
  });
});

test('precisionRecall over a confusion matrix', () => {
  const c = emptyConfusion();
  for (const [gold, predicted] of [[true, true], [true, true], [true, false], [false, true], [false, false]] as const) addOutcome(c, gold, predicted);
  expect(c).toEqual({ tp: 2, fp: 1, fn: 1, tn: 1 });
  expect(precisionRecall(c).precision).toBeCloseTo(2 / 3);
  expect(precisionRecall(c).recall).toBeCloseTo(2 / 3);
});

test.each([
  [[3, 1, 2], 0.5, 2, 2],
  [[4, 1, 3, 2], 0.5, 2.5, 2],
  [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.95, 5.5, 10],
])('median and quantile of %j', (values, q, med, quant) => {
  expect(median(values)).toBe(med);
  expect(quantile(values, q)).toBe(quant);
});
