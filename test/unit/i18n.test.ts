import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { fillMessage, t } from '../../src/shared/i18n.ts';

type Messages = Record<string, { message: string; description?: string; placeholders?: Record<string, { content: string }> }>;
const read = (lang: string): Messages => JSON.parse(readFileSync(`_locales/${lang}/messages.json`, 'utf8'));
const english = read('en');
const locales = readdirSync('_locales');

describe('_locales', () => {
  test('English, French and German at least', () => {
    expect(locales).toEqual(expect.arrayContaining(['en', 'fr', 'de']));
  });

  test.each(locales.filter((l) => l !== 'en'))('%s has exactly the English keys, each translated, with the same placeholders', (lang) => {
    const messages = read(lang);
    expect(Object.keys(messages).sort()).toEqual(Object.keys(english).sort());
    for (const [key, entry] of Object.entries(messages)) {
      expect(entry.message.trim(), key).not.toBe('');
      expect(Object.keys(entry.placeholders ?? {}).sort(), key).toEqual(Object.keys(english[key]!.placeholders ?? {}).sort());
      const used = [...entry.message.matchAll(/\$([A-Z_]+)\$/g)].map((m) => m[1]!.toLowerCase()).sort();
      expect(used, key).toEqual(Object.keys(entry.placeholders ?? {}).sort());
    }
  });

  test('every __MSG_…__ in the manifest exists', () => {
    const manifest = readFileSync('manifest.json', 'utf8');
    const names = [...manifest.matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]!);
    expect(names.length).toBeGreaterThanOrEqual(3);
    for (const name of names) expect(english[name], name).toBeDefined();
  });

  test('every t(…) key in src/ exists', () => {
    const files = ['src/popup/views.ts', 'src/popup/popup.ts', 'src/popup/actions.ts', 'src/popup/format.ts', 'src/options/options.ts', 'src/background/context-menu.ts', 'src/background/badge.ts'];
    const keys = files.flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/\bt\('(\w+)'/g)].map((m) => m[1]!));
    const html = readFileSync('src/options/options.html', 'utf8');
    keys.push(...[...html.matchAll(/data-i18n(?:-label)?="(\w+)"/g)].map((m) => m[1]!));
    expect(keys.length).toBeGreaterThan(30);
    expect(keys.filter((k) => !english[k])).toEqual([]);
  });
});

describe('fillMessage and t (English fallback outside the browser)', () => {
  test.each([
    [{ message: 'Show all $COUNT$ quotes', placeholders: { count: { content: '$1' } } }, ['7'], 'Show all 7 quotes'],
    [{ message: '$A$ and $B$', placeholders: { a: { content: '$2' }, b: { content: '$1' } } }, ['x', 'y'], 'y and x'],
    [{ message: 'Costs $$5' }, [], 'Costs $5'],
    [{ message: 'No placeholders' }, ['ignored'], 'No placeholders'],
  ])('%j with %j', (entry, subs, expected) => {
    expect(fillMessage(entry, subs)).toBe(expected);
  });

  test.each([
    [['showAllQuotes', '7'], 'Show all 7 quotes'],
    [['readingTime', '3'], '3 min read'],
    [['contextMenuDigest'], 'Digest this page'],
  ] as const)('t(%j)', (args, expected) => {
    expect(t(...(args as unknown as Parameters<typeof t>))).toBe(expected);
  });
});
