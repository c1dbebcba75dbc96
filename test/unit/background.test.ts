import { describe, expect, test } from 'vitest';
import { startBackground } from '../../src/background/background.ts';
import { ARTICLE_BADGE } from '../../src/background/badge.ts';
import { TabStates } from '../../src/shared/tab-state.ts';
import { fakeBrowser } from './fake-browser.ts';

const detected = (isArticle: boolean) => ({ name: 'content→background:detected', arg: { isArticle, signals: isArticle ? ['json-ld', 'readerable'] : [] } });
const fromTab = (tabId: number) => ({ id: 'lede-id', tab: { id: tabId } as never, url: 'https://news.example/story' });
// Listeners fire without awaiting; let their storage writes land.
const settle = () => new Promise((r) => setTimeout(r, 0));

describe('background', () => {
  test('an article verdict is stored per tab and lights the badge; a non-article clears it', async () => {
    const { browser, fake, badges, deliver } = fakeBrowser();
    startBackground(browser);
    expect(await deliver(detected(true), fromTab(5))).toEqual({ ok: true });
    expect(await new TabStates(fake.storage.session).get(5)).toMatchObject({ isArticle: true, signals: ['json-ld', 'readerable'] });
    expect(badges.get(5)).toBe(ARTICLE_BADGE);
    expect([...ARTICLE_BADGE].length).toBeLessThanOrEqual(3);
    await deliver(detected(false), fromTab(5));
    expect(badges.get(5)).toBe('');
    expect((await new TabStates(fake.storage.session).get(5))?.isArticle).toBe(false);
  });

  test.each([
    ['an extension page (no tab)', { id: 'lede-id', url: 'chrome-extension://lede-id/popup.html' }],
    ['another extension', { id: 'other', tab: { id: 5 } as never }],
  ])('ignores a verdict from %s', async (_label, sender) => {
    const { browser, fake, badges, deliver } = fakeBrowser();
    startBackground(browser);
    expect(await deliver(detected(true), sender)).toBeUndefined();
    expect(badges.size).toBe(0);
    expect(await new TabStates(fake.storage.session).tabIds()).toEqual([]);
  });

  test.each([
    ['a new document starts loading', { status: 'loading' }],
    ['the URL changes', { url: 'https://news.example/other' }],
  ])('forgets the verdict and clears the badge when %s', async (_label, change) => {
    const { browser, fake, badges, deliver, onUpdated } = fakeBrowser();
    startBackground(browser);
    await deliver(detected(true), fromTab(9));
    onUpdated.fire(9, change);
    await settle();
    expect(await new TabStates(fake.storage.session).get(9)).toBeNull();
    expect(badges.get(9)).toBe('');
  });

  test('keeps the verdict when a tab only finishes loading or changes its title', async () => {
    const { browser, fake, badges, deliver, onUpdated } = fakeBrowser();
    startBackground(browser);
    await deliver(detected(true), fromTab(9));
    onUpdated.fire(9, { status: 'complete' });
    await settle();
    expect((await new TabStates(fake.storage.session).get(9))?.isArticle).toBe(true);
    expect(badges.get(9)).toBe(ARTICLE_BADGE);
  });

  test('drops the state of a closed tab, and a restarted worker still sees the others', async () => {
    const { browser, fake, deliver, onRemoved } = fakeBrowser();
    startBackground(browser);
    await deliver(detected(true), fromTab(1));
    await deliver(detected(true), fromTab(2));
    onRemoved.fire(1);
    await settle();
    const afterRestart = new TabStates(fake.storage.session);
    expect(await afterRestart.get(1)).toBeNull();
    expect((await afterRestart.get(2))?.isArticle).toBe(true);
  });
});
