import type { Span } from '../types.ts';

/**
 * How many items of a list sorted by `key` have a key below `value`: the index of the first item at or past it, by
 * binary search. Example: `countBelow([1, 3, 3, 7], 3, (x) => x) === 1`.
 */
export function countBelow<T>(items: readonly T[], value: number, key: (item: T) => number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(items[mid]!) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * A test for "does [start, end) overlap one of the spans", in logarithmic time (thousands of paragraphs, many names).
 * Example: `overlapTest([{ start: 0, end: 5 }])(3, 4) === true`.
 */
export function overlapTest(spans: readonly Span[]): (start: number, end: number) => boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  // Largest end among the spans up to each index: an earlier long span may still reach past a later start.
  const reach: number[] = [];
  for (const s of sorted) reach.push(Math.max(s.end, reach[reach.length - 1] ?? -Infinity));
  return (start, end) => {
    const before = countBelow(sorted, end, (s) => s.start);
    return before > 0 && reach[before - 1]! > start;
  };
}
