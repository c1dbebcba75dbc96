// findEntities stays linear on hostile text (thousands of distinct people, each named in full and then by surname),
// proven by counting its work (count-work.ts), not by timing it: four times the people, about four times the work.
import { describe, expect, test } from 'vitest';
import { findEntities } from '../../src/core/people/people.ts';
import { joinParagraphs, type TextDoc } from '../../src/core/text/text.ts';
import { splitAllSentences } from '../../src/core/text/sentences.ts';
import { countWork, MAX_GROWTH } from './count-work.ts';

function doc(paragraphs: string[]): TextDoc {
  const { text, paragraphs: ps } = joinParagraphs(paragraphs);
  return { title: '', byline: null, lang: 'en', text, paragraphs: ps, sentences: splitAllSentences(ps) };
}

// "Xa", "Xb", … "Xba": distinct capitalised surnames without digits (base 26 in letters).
const surname = (i: number) => 'X' + i.toString(26).replace(/./g, (c) => String.fromCharCode(97 + parseInt(c, 26)));

describe('findEntities on many people', () => {
  test.each([
    ['full name then surname', (i: number) => `Ann ${surname(i)} said it. ${surname(i)} said more.`],
    ['given names shared by all', (i: number) => `Ann Lee ${surname(i)} and Ann Lee met.`],
  ])('%s: four times the people, about four times the work, not sixteen', (_name, sentence) => {
    const text = (n: number) => doc([Array.from({ length: n }, (_, i) => sentence(i)).join(' ')]);
    const small = text(250);
    const large = text(1_000);
    findEntities(small);
    let people = 0;
    const ratio = countWork(() => { people = findEntities(large).people.length; }) / countWork(() => findEntities(small));
    // Linear: 4; the bar of two doublings at MAX_GROWTH each; a quadratic pass: 16.
    expect(ratio).toBeLessThan(MAX_GROWTH * MAX_GROWTH);
    expect(people).toBeGreaterThanOrEqual(1_000);
  }, 120_000);
});
