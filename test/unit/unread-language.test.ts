import { describe, expect, test } from 'vitest';
import { sameNameWord, declinesNames, mergeInflectedPeople } from '../../src/core/people/inflections.ts';
import { surePeople } from '../../src/core/people/sure-people.ts';
import { supportedLanguage } from '../../src/core/text/language.ts';
import { digest } from '../../src/core/digest.ts';
import type { PersonEntity } from '../../src/core/people/types.ts';
import { noticeText } from '../../src/popup/format.ts';

describe('sameNameWord', () => {
  test.each([
    ['David', 'Davida', true], ['Moyes', 'Moyese', true], ['Villa', 'Villy', true], ['Souček', 'Součka', true],
    ['Coufal', 'Coufalovi', true], ['Moyes', 'Moyes', true], ['David', 'Daniel', false], ['Rice', 'Ricem', true],
    ['Ann', 'Anna', true], ['Lee', 'Leeds', false], ['Heskey', 'Lineker', false],
  ])('%s / %s → %s', (a, b, expected) => {
    expect(sameNameWord(a, b)).toBe(expected);
  });
});

describe('declinesNames and supportedLanguage', () => {
  test.each([['cs', true, false], ['pl-PL', true, false], ['en', false, true], ['es', false, true], ['it', false, false], [null, false, true]])(
    '%s: declines %s, read %s', (lang, declines, reads) => {
      expect(declinesNames(lang)).toBe(declines);
      expect(supportedLanguage(lang)).toBe(reads);
    });
});

const person = (name: string, starts: number[]): PersonEntity => ({
  name, aliases: [], role: null, gender: null, mentions: starts.map((start) => ({ start, end: start + name.length })),
});

describe('mergeInflectedPeople', () => {
  test('declined forms become one person named by the shortest form', () => {
    const merged = mergeInflectedPeople([person('Davida Moyese', [0, 50, 90]), person('Gary Lineker', [20]), person('David Moyes', [70])]);
    expect(merged.map((p) => [p.name, p.aliases, p.mentions.map((m) => m.start)])).toEqual([
      ['David Moyes', ['Davida Moyese'], [0, 50, 70, 90]],
      ['Gary Lineker', [], [20]],
    ]);
  });
  test('different names stay apart', () => {
    expect(mergeInflectedPeople([person('Tomáš Souček', [0]), person('Tomáš Sedlák', [9])])).toHaveLength(2);
  });
});

describe('digest of an article in a language the core does not read', () => {
  const cs = [
    'Fotbalisté West Hamu jsou po dvanácti kolech na děleném třetím místě a trenér David Moyes je s výkony týmu spokojený. Tým podle něj hraje velmi dobře, když má všechny hráče zdravé. Gary Lineker a Emile Heskey o týmu mluvili tento týden v televizi. Heskey dříve hrál za Liverpool a Lineker za Tottenham.',
    '"Stali se excelentním týmem a nemají slabé místo," píše na sociální síti Gary Lineker.',
    'Zatímco jiní kritici byli opatrní, bývalý útočník mluvil jasně. "Je fér říct, že vypadají fantasticky," přidává se Emile Heskey, někdejší útočník Liverpoolu.',
    'Jeho slova potvrzují i čísla. "Hraje prostě velkolepě a je mu teprve dvaadvacet let," tvrdí mladá anglická hvězda.',
    'Novináři chválí i trenéra Davida Moyese, který tým vede už několik let.',
  ];
  test('only a known person named next to a quote is its speaker; declined names merge', () => {
    const d = digest({ title: 'T', byline: null, siteName: null, publishedTime: null, lang: 'cs', url: null, paragraphs: cs });
    expect(d.quotes.map((q) => q.speaker)).toEqual(['Gary Lineker', 'Emile Heskey', null]);
    expect(d.people.map((p) => p.name)).not.toContain('Davida Moyese');
    expect(d.noticeCode).toBe('unread-language');
    expect(noticeText(d)).toBe('Lede reads this language only in part: a quote shows a speaker only where a known person is named beside it.');
  });
});

describe('surePeople', () => {
  test('keeps a known given name, a role or two mentions; drops a capitalised phrase seen once', () => {
    const people = [person('Gary Lineker', [0]), person('Evening Standard', [10]), person('Tomáš Souček', [20, 40]),
      { ...person('Xaver Novotný', [60]), role: 'útočník' }, person('Batteria Elettronica', [80])];
    expect(surePeople(people).map((p) => p.name)).toEqual(['Gary Lineker', 'Tomáš Souček', 'Xaver Novotný']);
  });
});
