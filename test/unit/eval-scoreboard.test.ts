// The eval's scoreboard: the fixed halves (FNV-1a of the label id) and pooled scores per group (labels/README.md).
import { describe, expect, test } from 'vitest';
import { fnv1a32, halfOf, type Label, type LabelledPage } from '../../scripts/eval/labels.ts';
import { buildScoreboard, scoreLabelledPage } from '../../scripts/eval/scoreboard.ts';
import { speakerClass } from '../../scripts/eval/speaker-class.ts';
import type { PageDigest } from '../../src/cli/digest-page.ts';

describe('fnv1a32 and halfOf', () => {
  test.each([
    ['', 0x811c9dc5],
    ['a', 0xe40c292c],
    ['foobar', 0xbf9cf968],
  ])('fnv1a32(%j)', (text, hash) => {
    expect(fnv1a32(text)).toBe(hash);
  });

  test('the half follows the hash\'s parity', () => {
    expect(halfOf('foobar')).toBe('A'); // 0xbf9cf968 is even
    expect(halfOf('')).toBe('B'); // 0x811c9dc5 is odd
    expect(halfOf('readability-bbc-1')).toBe(fnv1a32('readability-bbc-1') % 2 ? 'B' : 'A');
  });
});

const summary = 'Putin met Xi in Beijing on Tuesday and said the talks on Ukraine went well. '.repeat(3);

function page(id: string, set: string, language: string, quotes: { text: string; speaker: string | null }[], people: { name: string; role: string | null }[], isArticle = true): LabelledPage {
  const label: Label = {
    id, page: 'x.html', language, isArticle: true, set,
    quotes: [{ text: 'We can work with our American partners,', speaker: 'Vladimir Putin' }, { text: 'We will never give up on peace talks', speaker: 'Xi Jinping' }],
    people: [
      { name: 'Vladimir Putin', aliases: ['Putin'], role: 'Russian President', central: true },
      { name: 'Xi Jinping', role: 'Chinese President' },
    ],
    summary: { mustMention: [['Putin']], mustNotContain: ['More:'] },
  };
  const result = {
    isArticle,
    digest: {
      summary, quotes: quotes.map((q) => ({ ...q })), people: people.map((p) => ({ ...p })),
    },
  } as unknown as PageDigest;
  return { label, set, result };
}

describe('buildScoreboard', () => {
  const pages = [
    // Both quotes, one speaker wrong; both people, one role right.
    page('p1', 'dev', 'en', [{ text: 'We can work with our American partners,', speaker: 'Putin' }, { text: 'We will never give up on peace talks', speaker: 'Putin' }],
      [{ name: 'Vladimir Putin', role: 'President of Russia' }, { name: 'Xi Jinping', role: null }]),
    // One quote and one false quote; one person and one false person; not detected.
    page('p2', 'dev2', 'de', [{ text: 'We can work with our American partners,', speaker: 'Vladimir Putin' }, { text: 'something else entirely here', speaker: null }],
      [{ name: 'Olaf Scholz', role: null }, { name: 'Putin', role: 'Russian President' }], false),
  ];
  const scored = pages.map(scoreLabelledPage);
  const board = buildScoreboard(scored, ['dev', 'dev2']);

  test('per page misses', () => {
    expect(scored[0]!.quoteMisses.speakers).toEqual([{ text: 'We will never give up on peace talks', gold: 'Xi Jinping', predicted: 'Putin' }]);
    expect(scored[0]!.peopleMisses.roles).toEqual([{ name: 'Xi Jinping', gold: 'Chinese President', predicted: null }]);
    expect(scored[1]!.quoteMisses.missedQuotes).toEqual(['We will never give up on peace talks']);
    expect(scored[1]!.peopleMisses).toMatchObject({ fp: ['Olaf Scholz'], fn: ['Xi Jinping'], central: [] });
  });

  test('pooled counts per column', () => {
    expect(board.columns).toEqual(['dev', 'dev2', 'en', 'other', 'half A', 'half B', 'all', 'A en', 'B en', 'A other', 'B other']);
    const all = board.scores['all']!;
    expect(all['quotePrecision']).toBeCloseTo(3 / 4);
    expect(all['quoteRecall']).toBeCloseTo(3 / 4);
    expect(all['speaker']).toBeCloseTo(2 / 3);
    expect(all['peoplePrecision']).toBeCloseTo(3 / 4);
    expect(all['peopleRecall']).toBeCloseTo(3 / 4);
    expect(all['roles']).toBeCloseTo(2 / 3);
    expect(all['centralTop3']).toBe(1);
    expect(all['summaryChecks']).toBe(1);
    expect(all['detected']).toBe(0.5);
    expect(board.scores['dev']!['speaker']).toBe(0.5);
    // Both labelled speakers are names: the person class holds every speaker, the others nothing.
    expect(all['speaker_person']).toBeCloseTo(2 / 3);
    expect(all['speakerN_person']).toBe(3);
    expect(all['speaker_description']).toBeNull();
    expect(board.scores['other']!['peopleF1']).toBeCloseTo(0.5);
    expect(board.counts['half A']!.pages + board.counts['half B']!.pages).toBe(2);
    expect(board.halves.A.length + board.halves.B.length).toBe(2);
  });
});

describe('speakerClass: the class of a labelled speaker by its shape', () => {
  test.each([
    ['Eswar Prasad', undefined, 'person'],
    ['Kathleen Hawk Sawyer', undefined, 'person'],
    ['a Republican strategist in Ohio', 'description', 'description'],
    ['the singer', 'description', 'description'],
    ['Sprecherin der Berliner Straßenreinigung', 'description', 'description'],
    ['Aktivist', 'description', 'description'],
    ['fuentes ministeriales', 'description', 'description'],
    ['Department of Justice', 'organization', 'organisation'],
    ['US military', 'organization', 'organisation'],
    ['EPA', 'organization', 'organisation'],
    ['ministère des Affaires étrangères', 'organization', 'organisation'],
    ['Whole Foods', 'organization', 'organisation'],
    // A body's bare proper name looks like a person's: the label's kind tells them apart.
    ['Strava', 'organization', 'organisation'],
    ['Acme Widgets Collective', undefined, 'organisation'],
  ])('%j (%s) is a %s', (speaker, kind, expected) => {
    expect(speakerClass(speaker, kind)).toBe(expected);
  });
});
