import { describe, expect, test } from 'vitest';
import type { Person, Quote } from '../../src/core/types.ts';
import { formatDate, keyQuotes, presenceDots, speakerRole } from '../../src/popup/format.ts';

describe('formatDate', () => {
  test.each([
    ['2025-09-02T14:05:00Z', '2 Sept 2025'],
    // The publisher's calendar day, even when it is already the next day in UTC.
    ['2025-09-02T23:30:00-05:00', '2 Sept 2025'],
    ['2025-09-02', '2 Sept 2025'],
    ['Tue, 02 Sep 2025 14:05:00 GMT', '2 Sept 2025'],
    ['not a date', null],
    ['', null],
    [null, null],
  ])('%s → %s', (input, expected) => {
    expect(formatDate(input, 'en-GB')).toBe(expected);
  });
});

describe('presenceDots', () => {
  test.each([[10, 10, 5], [5, 10, 3], [1, 10, 1], [0, 10, 1], [3, 0, 1], [12, 10, 5]])('%i of %i mentions → %i dots', (mentions, max, dots) => {
    expect(presenceDots(mentions, max)).toBe(dots);
  });
});

const q = (speaker: string | null, key: boolean, partial = false): Quote => ({ text: 't', speaker, speakerKind: speaker ? 'person' : null, key, partial, span: { start: 0, end: 1 }, paragraph: 0, paragraphSpan: { start: 0, end: 1 } });

describe('speakerRole', () => {
  const people: Person[] = [{ name: 'Vladimir Putin', aliases: ['Putin'], role: 'Russian President', mentions: 3, quotes: 1 }];
  test.each([['Vladimir Putin', 'Russian President'], ['Putin', 'Russian President'], ['Xi Jinping', null], [null, null]])('%s → %s', (speaker, role) => {
    expect(speakerRole(q(speaker, true), people)).toBe(role);
  });
});

describe('keyQuotes', () => {
  test('takes the quotes the core marked as key', () => {
    const quotes = [q('A', false), q('B', true), q('C', true)];
    expect(keyQuotes(quotes, 4).map((x) => x.speaker)).toEqual(['B', 'C']);
  });
  test('falls back to the first whole quotes when none is marked', () => {
    const quotes = [q('A', false, true), q('B', false), q('C', false), q('D', false)];
    expect(keyQuotes(quotes, 2).map((x) => x.speaker)).toEqual(['B', 'C']);
  });
});
