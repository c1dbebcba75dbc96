// The core is linear in its input (issue 6): doubling the article at most about doubles the digest time.
// Sizes 1x and 2x are timed in alternation, in CPU time of this process (other processes on a busy 2-core machine
// stretch wall time, not that), and the medians of many runs after a warm-up are compared: linear gives ~2x,
// quadratic ~4x, and the bar sits at 2.5x.
import { describe, expect, test } from 'vitest';
import { digest } from '../../src/core/digest.ts';
import type { Article } from '../../src/core/types.ts';

const SENTENCES = [
  '“We will not back down from this fight,” said Maria Gonzalez, the mayor of Springfield.',
  'The council voted 7-2 on Tuesday to approve the budget, according to a statement from City Hall.',
  'John Smith, a spokesman for the union, said the deal was “a step in the right direction” but not enough.',
  'Critics, including Senator Ann Lee, argued that the plan would raise taxes on working families.',
  '“It’s a disaster,” Lee told reporters. “Nobody asked the people who will pay for it.”',
  'The Federal Reserve has kept rates unchanged since March, officials said.',
];

function article(paragraphs: number): Article {
  const texts = Array.from({ length: paragraphs }, (_, i) =>
    `${SENTENCES[i % SENTENCES.length]} In paragraph ${i}, Dr. Robert Chen of Acme Corp. added more detail. ${SENTENCES[(i * 7 + 3) % SENTENCES.length]}`);
  return { title: 'Budget fight', byline: null, siteName: null, publishedTime: null, lang: 'en', url: null, paragraphs: texts };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

// CPU time (user + system) of this process in ms: unlike wall time, it does not grow when other processes take the cores.
function cpuMs(run: () => unknown): number {
  const start = process.cpuUsage();
  run();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

/**
 * How much slower `run` gets when its input doubles: median time on `double` over median time on `single`.
 * Example: `growthRatio((n) => loop(n), 1e6, 2e6)` is about 2 for a linear loop and about 4 for a quadratic one.
 */
function growthRatio<T>(run: (input: T) => unknown, single: T, double: T, runs = 15, warmup = 5): number {
  // Warm-up: the first runs pay for JIT compilation (several tiers) and for growing the heap.
  for (let i = 0; i < warmup; i++) { run(single); run(double); }
  const small: number[] = [];
  const large: number[] = [];
  for (let i = 0; i < runs; i++) {
    small.push(cpuMs(() => run(single)));
    large.push(cpuMs(() => run(double)));
  }
  return median(large) / median(small);
}

// Linear gives 2x; 2.5x leaves room for garbage collection growing with the heap, and a quadratic pass (4x) fails.
const MAX_GROWTH = 2.5;

// Sum over pairs: a deliberately quadratic pass, and a linear one doing the same kind of work per item.
const quadratic = (n: number) => { let s = 0; for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) s += (i ^ j) & 1; return s; };
const linear = (n: number) => { let s = 0; for (let i = 0; i < n * 2000; i++) s += (i ^ (i >> 3)) & 1; return s; };

describe('growthRatio, the checker itself', () => {
  test('a quadratic pass fails the bar (about 4x per doubling)', () => {
    expect(growthRatio(quadratic, 4000, 8000)).toBeGreaterThan(MAX_GROWTH);
  });

  test('a linear pass passes it (about 2x per doubling)', () => {
    expect(growthRatio(linear, 4000, 8000)).toBeLessThan(MAX_GROWTH);
  });
});

// Sizes whose digest takes tens of milliseconds of CPU: the kernel counts CPU time in ticks of a few milliseconds.
test.each([
  [100, 200],
  [200, 400],
])('digest of %i paragraphs vs %i: at most ~2x slower (< 2.5x)', (single, double) => {
  expect(growthRatio(digest, article(single), article(double))).toBeLessThan(MAX_GROWTH);
}, 120_000);
