import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { FIRST_NAMES_FILE, firstNamesModule } from '../../scripts/make-first-names.ts';
import { MALE, FEMALE } from '../../scripts/data/first-names.ts';
import { codeWords } from '../../scripts/lib/code-words.ts';
import { decodeWords } from '../../src/core/lexicon/coded-words.ts';
import { MALE_FIRST_NAMES, FEMALE_FIRST_NAMES, isFirstName, firstNameGender } from '../../src/core/lexicon/first-names.ts';

describe('the coded given names', () => {
  test('match what scripts/make-first-names.ts makes from scripts/data/first-names.ts (run it after an edit)', () => {
    expect(readFileSync(FIRST_NAMES_FILE, 'utf8')).toBe(firstNamesModule());
  });
  test('decode to exactly the readable lists', () => {
    expect([...MALE_FIRST_NAMES].sort()).toEqual(MALE.split(' ').sort());
    expect([...FEMALE_FIRST_NAMES].sort()).toEqual(FEMALE.split(' ').sort());
  });
  test.each([['Vladimir', true, 'male'], ['Ursula', true, 'female'], ['Abbe', true, null], ['Nintendo', false, null]] as const)(
    '%s: given name %s, gender %s', (name, given, gender) => {
      expect(isFirstName(name)).toBe(given);
      expect(firstNameGender(name)).toBe(gender);
    });
});

describe('codeWords and decodeWords', () => {
  test.each([
    [['Abbe', 'Abbey', 'Aaron'], false],
    [['biologist', 'ecologist', 'realtor'], true],
    [['Zoë', 'Zoé', 'Zoe', 'Ólafur'], false],
    [["o'neill", 'co-author', 'editor-in-chief'], true],
  ] as const)('%j (by endings: %s) round-trips', (words, reversed) => {
    expect(decodeWords(codeWords(words, reversed), reversed).sort()).toEqual([...words].sort());
  });
  test('a word with a digit cannot be coded', () => {
    expect(() => codeWords(['R2D2'])).toThrow();
  });
});
