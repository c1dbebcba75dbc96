// findEntities stays linear on hostile text: thousands of distinct people, each named in full and then by surname.
import { describe, expect, test } from 'vitest';
import { findEntities } from '../../src/core/people/people.ts';
import { joinParagraphs, type TextDoc } from '../../src/core/text/text.ts';
import { splitAllSentences } from '../../src/core/text/sentences.ts';

function doc(paragraphs: string[]): TextDoc {
  const { text, paragraphs: ps } = joinParagraphs(paragraphs);
  return { title: '', byline: null, lang: 'en', text, paragraphs: ps, sentences: splitAllSentences(ps) };
}

// "Xa", "Xb", … "Xba": distinct capitalised surnames without digits (base 26 in letters).
const surname = (i: number) => 'X' + i.toString(26).replace(/./g, (c) => String.fromCharCode(97 + parseInt(c, 26)));

// Time of findEntities on n people, the best of `runs` runs (the machine is shared: the best run is the least noisy).
function timed(sentence: (i: number) => string, n: number, runs: number): { ms: number; people: number } {
  const text = Array.from({ length: n }, (_, i) => sentence(i)).join(' ');
  let ms = Infinity;
  let people = 0;
  for (let r = 0; r < runs; r++) {
    const start = performance.now();
    people = findEntities(doc([text])).people.length;
    ms = Math.min(ms, performance.now() - start);
  }
  return { ms, people };
}

describe('findEntities on many people', () => {
  test.each([
    ['full name then surname', (i: number) => `Ann ${surname(i)} said it. ${surname(i)} said more.`],
    ['given names shared by all', (i: number) => `Ann Lee ${surname(i)} and Ann Lee met.`],
  ])('%s: four times the people take about four times as long, not sixteen times', (_name, sentence) => {
    const small = timed(sentence, 1_000, 3);
    const large = timed(sentence, 4_000, 2);
    // A pass quadratic in the number of people took 9–25 s on the large text; a linear one about 1 s.
    expect(large.ms).toBeLessThan(7 * small.ms + 200);
    expect(large.people).toBeGreaterThanOrEqual(4_000);
  });
});
