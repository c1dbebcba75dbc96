// The core is linear in its input (issue 6): doubling the article at most about doubles the digest time.
// Medians of several runs and a generous factor keep this steady on a busy 2-core CI machine, while a quadratic
// pass (4x per doubling, more at these sizes) still fails it.
import { expect, test } from 'vitest';
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

function medianMs(a: Article, runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    digest(a);
    times.push(performance.now() - start);
  }
  times.sort((x, y) => x - y);
  return times[runs >> 1]!;
}

test.each([
  [100, 200],
  [200, 400],
  [400, 800],
])('digest of %i paragraphs vs %i: at most ~2x slower (< 3x)', (small, large) => {
  const a = article(small);
  const b = article(large);
  // Warm the JIT so the first size does not pay for compilation.
  medianMs(a, 2);
  medianMs(b, 1);
  const ratio = medianMs(b, 7) / medianMs(a, 7);
  expect(ratio).toBeLessThan(3);
});
