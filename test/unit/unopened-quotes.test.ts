import { describe, expect, test } from 'vitest';
import { findQuotes } from '../../src/core/quotes/quote-spans.ts';
import { buildTextDoc } from '../../src/core/digest.ts';
import type { Article } from '../../src/core/types.ts';

function quotesOf(paragraph: string, lang = 'de'): { text: string; partial: boolean }[] {
  const article: Article = { title: 'T', byline: null, siteName: null, publishedTime: null, lang, url: null, paragraphs: [paragraph] };
  return findQuotes(buildTextDoc(article)).map((q) => ({ text: q.text, partial: q.partial }));
}

// A quote the page printed with its closing mark only: the sentence before the mark, when a verb of saying follows.
describe('a quote that lost its opening mark', () => {
  test.each([
    // industriemagazin (dev3): Konjunktiv reported speech, then the quoted sentence with no opening mark.
    ['German, straight marks',
      '"Die Verbindungen hängen hinterher." Das gelte als Nachwirkung der Regeln für China. Dafür gibt es einen neuen Wachstumsmarkt, der heißt Indien", betonte der Branchenkenner.',
      'Dafür gibt es einen neuen Wachstumsmarkt, der heißt Indien'],
    // Ours: French, closing guillemet, auxiliary before the verb.
    ['French, guillemet and an auxiliary',
      'Le texte a été adopté mardi. Nous ne reculerons pas sur ce point », a déclaré la ministre devant les députés.',
      'Nous ne reculerons pas sur ce point'],
    // Ours: English, a pronoun before the verb.
    ['English, a pronoun before the verb',
      'The council met on Monday. We will not raise the rates this year,” she said after the vote.',
      'We will not raise the rates this year,'],
  ])('%s', (_name, paragraph, quote) => {
    expect(quotesOf(paragraph)).toContainEqual({ text: quote, partial: false });
  });
});

describe('no quote from a closing mark without a verb of saying or a sentence of its own', () => {
  test.each([
    ['an inch sign', 'The screen measures 15.6" and weighs two kilos. Buyers liked it.'],
    ['a stray mark with no verb after it', 'The council met on Monday. Rates will stay as they are", the agenda shows.'],
    ['the paragraph opens the sentence (a quote the paragraph before may have opened)', 'Wir bleiben dabei, das ist klar", sagte er.'],
    ['lower case: not a sentence of its own', 'Er sprach über den Markt in Indien", betonte der Branchenkenner.'],
  ])('%s', (_name, paragraph) => {
    expect(quotesOf(paragraph)).toEqual([]);
  });
});
