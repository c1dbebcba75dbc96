// Patterns that only another language's text can match are built on first use, behind a cheap check for that text
// (issue 17): an English digest never builds them, a German one does, and the rules give what they gave before.
// The counts are per process and this file's module graph is its own, so the English digest below runs first.
import { describe, expect, test } from 'vitest';
import { digest } from '../../src/core/digest.ts';
import { endsWithOne, lazy, patternBuilds } from '../../src/core/lexicon/index.ts';
import { findEntities } from '../../src/core/people/index.ts';
import { joinParagraphs, splitAllSentences, type TextDoc } from '../../src/core/text/index.ts';
import type { Article } from '../../src/core/types.ts';

const article = (lang: string, paragraphs: string[]): Article => ({ title: paragraphs[0]!.slice(0, 60), byline: null, siteName: null, publishedTime: null, lang, url: null, paragraphs });

const ENGLISH = article('en', [
  '“We will not back down from this fight,” said Maria Gonzalez, the mayor of Springfield, on Tuesday.',
  'Prime Minister Keir Starmer met European Commission President Ursula von der Leyen in Brussels, officials said.',
  'John Smith, a spokesman for the union and its general manager, said the deal was “a step in the right direction”.',
  'The chef and restaurant manager Ann Lee, who works as a consultant, told reporters the minister had not called.',
  'Chancellor Rachel Reeves said the budget would be published next week, according to a statement.',
]);

const GERMAN = article('de', [
  '„Da hätte sofort reagiert werden müssen“, erklärte Julia Michler von „Peta“ am Montag.',
  'Das sagte Gaby Allendorf, die als Sprecherin der Initiative fungiert, in Berlin.',
  'Außenministerin Annalena Baerbock traf den Konzernchef Thomas Weber in Köln.',
]);

describe('other languages\' patterns are built only when their text asks', () => {
  test('an English digest builds none', () => {
    expect(digest(ENGLISH).summary).not.toBe('');
    expect(patternBuilds()).toEqual({});
  });

  test('a German digest builds the German ones, each once', () => {
    digest(GERMAN);
    const first = patternBuilds().de ?? 0;
    expect(first).toBeGreaterThanOrEqual(3);
    digest(GERMAN);
    expect(patternBuilds().de).toBe(first);
  });
});

describe('lazy builds its value on the first call only, and counts it under its language', () => {
  test.each([
    ['xx-one', () => /a+/u],
    ['xx-two', () => new Set(['ein', 'eine'])],
    ['xx-three', () => ({ pattern: /^von\s/u })],
  ])('%s', (language, make) => {
    let made = 0;
    const get = lazy(language, () => { made++; return make(); });
    expect(patternBuilds()[language]).toBeUndefined();
    const value = get();
    expect(get()).toBe(value);
    expect(made).toBe(1);
    expect(patternBuilds()[language]).toBe(1);
  });
});

describe('endsWithOne, the cheap check before a pattern of endings', () => {
  test.each([
    ['Außenminister', ['minister', 'kanzler'], 4, true],
    ['Minister', ['minister', 'kanzler'], 4, false],
    ['konzernchef', ['chef', 'chefin'], 3, true],
    ['chef', ['chef', 'chefin'], 3, false],
    ['manager', ['chef', 'sprecher'], 0, false],
    ['ZdK-Chefin', ['Chefin'], 3, true],
  ] as const)('%s with %j and %i before: %s', (word, endings, before, expected) => {
    expect(endsWithOne(word, endings, before)).toBe(expected);
  });
});

// The rules behind the cheap checks give what they gave: roles from German compounds, "von ORGANISATION" and
// "der/die … als ROLE fungiert", and none where only the check's words are there.
function doc(paragraphs: string[], lang: string): TextDoc {
  const { text, paragraphs: ps } = joinParagraphs(paragraphs);
  return { title: '', byline: null, lang, text, paragraphs: ps, sentences: splitAllSentences(ps) };
}
const roleOf = (sentence: string, name: string, lang = 'de') =>
  findEntities(doc([sentence], lang)).people.find((p) => p.name === name)?.role ?? null;

describe('German roles behind the lazy patterns', () => {
  test.each([
    ['Das sagte Anna Berger vom Deutschen Roten Kreuz am Montag.', 'Anna Berger', 'vom Deutschen Roten Kreuz'],
    ['Die Lage sei ernst, erklärte Jonas Keller von der Bergwacht am Montag.', 'Jonas Keller', 'von der Bergwacht'],
    ['Das sagte Petra Lang, die als Leiterin der Schule arbeitet, am Montag.', 'Petra Lang', 'Leiterin der Schule'],
    ['Das sagte Petra Lang, die\tals Leiterin der Schule arbeitet, am Montag.', 'Petra Lang', 'Leiterin der Schule'],
  ])('%s → %s: %s', (sentence, name, role) => {
    expect(roleOf(sentence, name)).toBe(role);
  });

  test.each([
    ['Die Regel gilt, sagte Jonas Keller von Montag an.', 'Jonas Keller'],
    ['Das sagte Petra Lang, die seit Jahren in der Stadt lebt, am Montag.', 'Petra Lang'],
    ['Das sagte Petra Lang, die als Kind nach Berlin kam, am Montag.', 'Petra Lang'],
  ])('no role: %s', (sentence, name) => {
    expect(roleOf(sentence, name)).toBeNull();
  });
});
