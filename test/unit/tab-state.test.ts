import { describe, expect, test } from 'vitest';
import { MemoryStorageArea } from '../../src/shared/storage.ts';
import { TabStates } from '../../src/shared/tab-state.ts';

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
