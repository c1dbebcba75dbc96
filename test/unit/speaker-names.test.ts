import { describe, expect, test } from 'vitest';
import { digest } from '../../src/core/digest.ts';
import { nameIn, nameRuns } from '../../src/core/quotes/speaker-names.ts';
import type { Article } from '../../src/core/types.ts';

describe('a Romance article before a capitalised word opens the name', () => {
  test.each([
    ['the Los Angeles Times', 'Los Angeles Times'],
    ['Las Vegas police spokesman Officer Larry Hadfield', 'Larry Hadfield'],
    ['far-right leader Marine Le Pen', 'Marine Le Pen'],
    ['Le Pen', 'Le Pen'],
    ['El Paso County Sheriff Richard Wiles', 'Richard Wiles'],
  ])('nameIn(%s)', (phrase, name) => {
    expect(nameIn(phrase)).toBe(name);
  });

  test.each([
    // A role word ("Police") still ends a run, as before; the article now stays with the place.
    ['a spokeswoman for the Los Angeles Police Department', ['Los Angeles', 'Department']],
    ['Le Pen’s party', ['Le Pen']],
    // Alone, or before a lower-case word, the article is no name ("la" in "la vie", a sentence-initial "Los").
    ['Los que saben', []],
  ])('nameRuns(%s)', (phrase, names) => {
    expect(nameRuns(phrase).map((r) => r.name)).toEqual(names);
  });
});

describe('speakers named with a Romance article', () => {
  const speakers = (...paragraphs: string[]) => {
    const article: Article = { title: 'T', byline: null, siteName: null, publishedTime: null, lang: 'en', url: null, paragraphs };
    return digest(article).quotes.map((q) => [q.text, q.speaker]);
  };
  test.each([
    ['the Los Angeles Times', 'Tech hiring is slowing. The Los Angeles Times reports: “Graduates are struggling to find entry-level jobs.”', 'Los Angeles Times'],
    ['Marine Le Pen', 'Marine Le Pen leads the National Rally. “We will win,” Le Pen said on Sunday.', 'Marine Le Pen'],
  ])('%s', (_, paragraph, speaker) => {
    expect(speakers(paragraph).map(([, s]) => s)).toEqual([speaker]);
  });
});
