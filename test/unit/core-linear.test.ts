// The core is linear in what it reads (issues 6 and 17), proven by counting work (count-work.ts), not by timing it:
// doubling the article at most about doubles the built-in operations the digest performs, on ordinary prose and on
// text built to be awkward (crowds of names, storms of quotation marks, whole-quote paragraphs). Past the reading
// budget the work stops growing at all. Speed itself is `npm run bench`'s.
import { describe, expect, test } from 'vitest';
import { digest, READING_BUDGET } from '../../src/core/digest.ts';
import type { Article } from '../../src/core/types.ts';
import { countWork, growth, MAX_GROWTH } from './count-work.ts';

const SENTENCES = [
  '“We will not back down from this fight,” said Maria Gonzalez, the mayor of Springfield.',
  'The council voted 7-2 on Tuesday to approve the budget, according to a statement from City Hall.',
  'John Smith, a spokesman for the union, said the deal was “a step in the right direction” but not enough.',
  'Critics, including Senator Ann Lee, argued that the plan would raise taxes on working families.',
  '“It’s a disaster,” Lee told reporters. “Nobody asked the people who will pay for it.”',
  'The Federal Reserve has kept rates unchanged since March, officials said.',
];

const article = (paragraphs: string[]): Article => ({ title: 'Budget fight', byline: null, siteName: null, publishedTime: null, lang: 'en', url: null, paragraphs });

// "Ba", "Bb", … "Cba": distinct capitalised words of letters only, so every one can be a new name.
const word = (i: number, first: string) => first + i.toString(26).replace(/./g, (c) => String.fromCharCode(97 + parseInt(c, 26)));

const MARKS = ['“', '”', '„', '"', '‘', '’', '«', '»', '‹', '›'];

// Twelve marks a paragraph, every style, unbalanced, among capitalised words.
const STORM = (n: number) => article(Array.from({ length: n }, (_, i) =>
  Array.from({ length: 12 }, (_, k) => `${MARKS[(i * 12 + k) % MARKS.length]}the council ${k % 3 ? 'said' : word(i * 12 + k, 'M')}`).join(' ') + '.'));

/** Kinds of article, each as n paragraphs. */
const KINDS: [string, (n: number) => Article][] = [
  ['ordinary prose', (n) => article(Array.from({ length: n }, (_, i) =>
    `${SENTENCES[i % SENTENCES.length]} In paragraph ${i}, Dr. Robert Chen of Acme Corp. added more detail. ${SENTENCES[(i * 7 + 3) % SENTENCES.length]}`))],
  ['a crowd of distinct people, each named in full and then by surname', (n) => article(Array.from({ length: n }, (_, i) =>
    `${word(i, 'G')} ${word(i, 'R')} met ${word(i + 1, 'G')} ${word(i + 1, 'R')} on Monday. ${word(i, 'R')} said the talks went well, and ${word(i + 1, 'R')} agreed.`))],
  ['"Given Surname said." sentences', (n) => article([Array.from({ length: 4 * n }, (_, i) => `${word(i, 'N')} ${word(i, 'S')} said.`).join(' ')])],
  ['a storm of unbalanced quotation marks', STORM],
  ['every paragraph a quote by another person (every quote against every name)', (n) => article(Array.from({ length: n }, (_, i) =>
    `“The budget would never pass for plan ${i},” said ${word(i, 'G')} ${word(i, 'R')}, a member of the council.`))],
  ['every paragraph a whole quote', (n) => article(Array.from({ length: n }, (_, i) => `“The budget would never pass, and it was over for plan ${i},”`))],
];

describe('countWork, the checker itself', () => {
  const xs = (n: number) => Array.from({ length: n }, (_, i) => i);
  test('a quadratic join (every item against every item) fails the bar', () => {
    expect(growth((a: number[]) => a.map((x) => a.filter((y) => y === x).length), xs(400), xs(800)).total).toBeGreaterThan(MAX_GROWTH);
  });

  test('a linear pass passes it', () => {
    expect(growth((a: number[]) => { const seen = new Set<number>(); for (const x of a) seen.add(x); return seen.size; }, xs(400), xs(800)).total).toBeLessThan(MAX_GROWTH);
  });

  test('a quadratic join hidden under linear bulk shows in its own method', () => {
    const mixed = (a: number[]) => {
      let s = 0;
      for (let k = 0; k < 40; k++) for (const x of a) s += /7/.test(String(x)) ? 1 : 0;
      return s + a.slice(0, a.length / 20).reduce((sum, x) => sum + a.filter((y) => y === x).length, 0);
    };
    const { total, worst } = growth(mixed, xs(400), xs(800));
    expect(total).toBeLessThan(MAX_GROWTH);
    expect(worst).toMatchObject({ method: 'Array.filter', ratio: expect.any(Number) });
    expect(worst.ratio).toBeGreaterThan(MAX_GROWTH);
  });
});

describe('the digest grows linearly with what it reads', () => {
  // Sizes under every part of the reading budget, so that the budget cannot hide a quadratic pass.
  test.each(KINDS)('%s: twice the article, at most about twice the work', (_name, make) => {
    // 120 and 240 paragraphs (45 and 90 for the storm, whose twelve marks a paragraph would otherwise reach the budget
    // of marks): past the sizes where a pass first finds something to do, so each count grows with the text alone.
    const n = make === STORM ? 45 : 120;
    const { total, worst } = growth(digest, make(n), make(2 * n));
    expect(total).toBeLessThan(MAX_GROWTH);
    expect(total).toBeGreaterThan(1.5);
    expect(worst.ratio, `${worst.method} grows ${worst.ratio.toFixed(2)}x`).toBeLessThan(MAX_GROWTH);
  }, 120_000);
});

describe('past the reading budget the work stops growing', () => {
  test('an article four times the word budget costs what one at the budget costs', () => {
    // Paragraphs of 50 words: 400 is the word budget exactly, 1,600 four times it.
    const prose = (n: number) => article(Array.from({ length: n }, (_, i) => `the council met again on day ${i} and voted to keep the budget as it was `.repeat(50 / 16 + 1).split(' ').slice(0, 50).join(' ') + '.'));
    expect(READING_BUDGET.words).toBe(20_000);
    digest(prose(400));
    const atBudget = countWork(() => digest(prose(400)));
    const fourTimes = countWork(() => digest(prose(1_600)));
    // Measuring the words left out is linear and cheap; everything else reads the same 20,000 words.
    expect(fourTimes / atBudget).toBeLessThan(1.3);
  }, 120_000);

  test('a storm four times the budget of marks costs what one at the budget costs', () => {
    // Twelve marks a paragraph: 100 paragraphs spend the budget of marks, 400 are four times it.
    expect(READING_BUDGET.marks).toBe(1_200);
    digest(STORM(100));
    const atBudget = countWork(() => digest(STORM(100)));
    const fourTimes = countWork(() => digest(STORM(400)));
    expect(fourTimes / atBudget).toBeLessThan(1.3);
  }, 120_000);
});
