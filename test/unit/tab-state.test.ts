import { describe, expect, test } from 'vitest';
import { MemoryStorageArea } from '../../src/shared/storage.ts';
import { PreparedDigests, TabStates, preparedMatches, type PreparedDigest } from '../../src/shared/tab-state.ts';
import type { DigestOptions } from '../../src/core/types.ts';

describe('TabStates', () => {
  test('stores, reads and clears one state per tab', async () => {
    const states = new TabStates(new MemoryStorageArea());
    await states.set(7, { isArticle: true, signals: ['json-ld'], detectedAt: 1 });
    await states.set(8, { isArticle: false, signals: [], detectedAt: 2 });
    expect(await states.get(7)).toEqual({ isArticle: true, signals: ['json-ld'], detectedAt: 1 });
    expect((await states.tabIds()).sort()).toEqual([7, 8]);
    await states.clear(7);
    expect(await states.get(7)).toBeNull();
    expect(await states.get(8)).toEqual({ isArticle: false, signals: [], detectedAt: 2 });
  });

  test('survives a new instance on the same area (the service worker restarting)', async () => {
    const area = new MemoryStorageArea();
    await new TabStates(area).set(3, { isArticle: true, signals: ['og:type'], detectedAt: 5 });
    expect(await new TabStates(area).get(3)).toEqual({ isArticle: true, signals: ['og:type'], detectedAt: 5 });
  });

  test.each([
    ['a string', 'article'],
    ['a partial object', { isArticle: true }],
    ['wrong types', { isArticle: 'yes', signals: [], detectedAt: 1 }],
  ])('reads %s stored under a tab key as no state', async (_label, value) => {
    const area = new MemoryStorageArea();
    await area.set({ 'tab:4': value, other: 1 });
    const states = new TabStates(area);
    expect(await states.get(4)).toBeNull();
    expect(await states.tabIds()).toEqual([4]);
  });

  test('a returned state is a copy: changing it does not change what is stored', async () => {
    const states = new TabStates(new MemoryStorageArea());
    await states.set(1, { isArticle: true, signals: ['readerable'], detectedAt: 9 });
    const state = await states.get(1);
    state!.signals.push('tampered');
    expect((await states.get(1))!.signals).toEqual(['readerable']);
  });
});

describe('prepared digests', () => {
  const OPTIONS = { summaryLength: 'medium', keyQuotes: 4 } as const;
  const entry = (url: string, preparedAt = 1): PreparedDigest => ({
    url, lang: 'en', articleUrl: url, options: { ...OPTIONS }, preparedAt, timing: { extractMs: 5, digestMs: 9 },
    digest: { article: { title: 'T', byline: null, siteName: null, publishedTime: null, lang: 'en', wordCount: 1, readingMinutes: 1 }, summary: '', quotes: [], people: [], organizations: [], text: 'x', notice: null },
  });

  test.each<[string, PreparedDigest | null, string | null, DigestOptions, boolean]>([
    ['the same page and settings', entry('https://a.example/1'), 'https://a.example/1', OPTIONS, true],
    ['another page of the same site', entry('https://a.example/1'), 'https://a.example/2', OPTIONS, false],
    ['the same path with another query', entry('https://a.example/1?p=1'), 'https://a.example/1?p=2', OPTIONS, false],
    ['a page whose URL the popup could not learn', entry('https://a.example/1'), null, OPTIONS, false],
    ['nothing prepared', null, 'https://a.example/1', OPTIONS, false],
    ['another summary length', entry('https://a.example/1'), 'https://a.example/1', { ...OPTIONS, summaryLength: 'long' }, false],
    ['another key-quote count', entry('https://a.example/1'), 'https://a.example/1', { ...OPTIONS, keyQuotes: 3 }, false],
  ])('preparedMatches: %s → %s', (_label, stored, url, options, expected) => {
    expect(preparedMatches(stored, url, options)).toBe(expected);
  });

  test('one per tab, the oldest dropped beyond the cap, and kept apart from the verdicts', async () => {
    const area = new MemoryStorageArea();
    const prepared = new PreparedDigests(area, 2);
    await new TabStates(area).set(1, { isArticle: true, signals: [], detectedAt: 1 });
    await prepared.set(1, entry('https://a.example/1'));
    await prepared.set(2, entry('https://a.example/2'));
    await prepared.set(1, entry('https://a.example/1b'));
    await prepared.set(3, entry('https://a.example/3'));
    expect(await prepared.get(2)).toBeNull();
    expect((await prepared.get(1))?.url).toBe('https://a.example/1b');
    expect((await prepared.get(3))?.url).toBe('https://a.example/3');
    expect(await new TabStates(area).tabIds()).toEqual([1]);
    await prepared.clearAll();
    expect(await prepared.get(1)).toBeNull();
    expect((await new TabStates(area).get(1))?.isArticle).toBe(true);
  });

  test('storage over quota: the others go, this one is kept', async () => {
    const area = new MemoryStorageArea();
    const prepared = new PreparedDigests(area);
    await prepared.set(1, entry('https://a.example/1'));
    const set = area.set.bind(area);
    let failures = 1;
    area.set = async (items) => { if (failures-- > 0) throw new Error('QUOTA_BYTES quota exceeded'); return set(items); };
    await prepared.set(2, entry('https://a.example/2'));
    expect(await prepared.get(1)).toBeNull();
    expect((await prepared.get(2))?.url).toBe('https://a.example/2');
  });

  test.each([
    ['a string', 'digest'],
    ['no digest', { url: 'https://a.example/1', options: { summaryLength: 'medium', keyQuotes: 4 } }],
    ['no options', { ...entry('https://a.example/1'), options: undefined }],
  ])('reads %s stored under a prepared key as nothing', async (_label, value) => {
    const area = new MemoryStorageArea();
    await area.set({ 'prepared:4': value });
    expect(await new PreparedDigests(area).get(4)).toBeNull();
  });
});
