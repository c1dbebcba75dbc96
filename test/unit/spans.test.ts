import { describe, expect, test } from 'vitest';
import { countBelow, overlapTest } from '../../src/core/text/spans.ts';

describe('countBelow', () => {
  test.each([
    [[], 3, 0],
    [[1, 3, 3, 7], 0, 0],
    [[1, 3, 3, 7], 3, 1],
    [[1, 3, 3, 7], 4, 3],
    [[1, 3, 3, 7], 99, 4],
  ])('%j below %d → %d', (items, value, count) => {
    expect(countBelow(items, value, (x) => x)).toBe(count);
  });
});

describe('overlapTest', () => {
  // A long early span still covers offsets past a later, shorter one.
  const overlaps = overlapTest([{ start: 20, end: 25 }, { start: 0, end: 50 }, { start: 60, end: 70 }]);
  test.each([
    [10, 11, true],
    [49, 55, true],
    [50, 60, false],
    [55, 58, false],
    [69, 80, true],
    [70, 80, false],
  ])('[%d, %d) → %s', (start, end, expected) => {
    expect(overlaps(start, end)).toBe(expected);
  });
});
