import { describe, expect, test } from 'vitest';
import { DEFAULTS, MIGRATIONS, VERSION_KEY, migrate, normalizeSettings, readSettings, writeSettings, type Migration } from '../../src/shared/settings.ts';
import { MemoryStorageArea } from '../../src/shared/storage.ts';

describe('normalizeSettings', () => {
  test.each([
    ['nothing stored', {}, DEFAULTS],
    ['a full valid set', { summaryLength: 'long', keyQuotes: 3, autoDetect: false, onDeviceSummary: false, prepareDigest: false },
      { summaryLength: 'long', keyQuotes: 3, autoDetect: false, onDeviceSummary: false, prepareDigest: false }],
    ['too many key quotes', { keyQuotes: 9 }, { ...DEFAULTS, keyQuotes: 5 }],
    ['too few key quotes', { keyQuotes: 0 }, { ...DEFAULTS, keyQuotes: 3 }],
    ['a fractional count', { keyQuotes: 3.6 }, { ...DEFAULTS, keyQuotes: 4 }],
    ['an unknown length', { summaryLength: 'huge' }, DEFAULTS],
    ['wrong types', { keyQuotes: '5', autoDetect: 'no', onDeviceSummary: 1, prepareDigest: 'yes' }, DEFAULTS],
    ['NaN', { keyQuotes: Number.NaN }, DEFAULTS],
  ])('%s', (_label, stored, expected) => {
    expect(normalizeSettings(stored)).toEqual(expected);
  });
});

describe('migrate', () => {
  const renameQuotes: Migration = ({ quotes, ...rest }) => ({ ...rest, keyQuotes: quotes });
  const lengthFromWords: Migration = ({ summaryWords, ...rest }) => ({ ...rest, summaryLength: typeof summaryWords === 'number' && summaryWords > 80 ? 'long' : 'short' });

  test.each([
    ['version 0 runs every migration', { quotes: 5, summaryWords: 100 }, { keyQuotes: 5, summaryLength: 'long' }, 2],
    ['version 1 skips the first', { [VERSION_KEY]: 1, keyQuotes: 3, summaryWords: 40 }, { keyQuotes: 3, summaryLength: 'short' }, 2],
    ['the current version is left alone', { [VERSION_KEY]: 2, keyQuotes: 3 }, { keyQuotes: 3 }, 2],
  ])('%s', (_label, stored, expected, version) => {
    const result = migrate(stored, [renameQuotes, lengthFromWords]);
    expect(result.version).toBe(version);
    expect(result.settings).toMatchObject(expected);
  });
});

describe('readSettings / writeSettings', () => {
  test('an empty area reads as DEFAULTS', async () => {
    expect(await readSettings(new MemoryStorageArea())).toEqual(DEFAULTS);
  });

  test('a written change reads back with the other defaults filled in, stamped with the version', async () => {
    const area = new MemoryStorageArea();
    await writeSettings(area, { summaryLength: 'short' });
    expect(await readSettings(area)).toEqual({ ...DEFAULTS, summaryLength: 'short' });
    expect((await area.get(VERSION_KEY))[VERSION_KEY]).toBe(MIGRATIONS.length);
  });

  test.each([
    ['detection was off: preparing stays off', { autoDetect: false }, { autoDetect: false, prepareDigest: false }],
    ['detection was on: preparing takes its default', { autoDetect: true }, { autoDetect: true, prepareDigest: true }],
    ['nothing stored: the defaults', {}, { autoDetect: true, prepareDigest: true }],
  ])('version 0 → 1, %s', async (_label, stored, expected) => {
    const area = new MemoryStorageArea();
    await area.set(stored);
    expect(await readSettings(area)).toMatchObject(expected);
  });

  test('a change written over version 0 keeps what the migration decided', async () => {
    const area = new MemoryStorageArea();
    await area.set({ autoDetect: false });
    await writeSettings(area, { autoDetect: true });
    expect(await readSettings(area)).toMatchObject({ autoDetect: true, prepareDigest: false });
    expect((await area.get(VERSION_KEY))[VERSION_KEY]).toBe(1);
  });

  test('a failing storage area reads as DEFAULTS', async () => {
    const broken = new MemoryStorageArea();
    broken.get = () => Promise.reject(new Error('storage.sync is disabled'));
    expect(await readSettings(broken)).toEqual(DEFAULTS);
  });
});
