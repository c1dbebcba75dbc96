import { describe, expect, test } from 'vitest';
import { startBackground } from '../../src/background/background.ts';
import { ARTICLE_BADGE } from '../../src/background/badge.ts';
import { PreparedDigests, TabStates } from '../../src/shared/tab-state.ts';
import { writeSettings } from '../../src/shared/settings.ts';
import type { Article } from '../../src/core/types.ts';
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

  describe('preparing the digest ahead of the popup', () => {
    const URL_A = 'https://news.example/story';
    const article = (paragraphs: string[]): Article => ({
      title: 'Minister resigns', byline: null, siteName: 'News', publishedTime: null, lang: null, url: URL_A, paragraphs,
    } as Article);
    const ENGLISH = article([
      '“We will not back down,” Jane Holloway, the transport minister, said on Monday.',
      'The minister resigned after the vote, which the government lost by twelve votes in the evening.',
      'Opposition leaders said the result showed that the country wanted a change of course on the railways.',
    ]);
    const ITALIAN = article([
      '«Non ci tireremo indietro», ha detto lunedì la ministra dei trasporti, che si è dimessa dopo il voto.',
      'Il governo ha perso il voto della sera e i leader della opposizione hanno detto che il paese vuole cambiare.',
      'La ministra ha detto che non era una sorpresa per lei e che la sua decisione era già presa da giorni.',
    ]);
    const prepare = (over: Partial<{ url: string; article: Article }> = {}) =>
      ({ name: 'content→background:prepare', arg: { url: URL_A, article: ENGLISH, extractMs: 12, ...over } });
    const from = (tabId: number, url = URL_A) => ({ id: 'lede-id', tab: { id: tabId } as never, url });

    test('digests a detected article and stores it under the tab and page URL, with its costs', async () => {
      const { browser, fake, deliver } = fakeBrowser();
      startBackground(browser);
      await deliver(detected(true), from(3));
      expect(await deliver(prepare(), from(3))).toEqual({ ok: true });
      const entry = await new PreparedDigests(fake.storage.session).get(3);
      expect(entry?.url).toBe(URL_A);
      expect(entry?.digest.article.title).toBe('Minister resigns');
      expect(entry?.digest.quotes[0]?.speaker).toBe('Jane Holloway');
      expect(entry?.options).toEqual({ summaryLength: 'medium', keyQuotes: 4 });
      expect(entry?.timing.extractMs).toBe(12);
      expect(entry?.timing.digestMs).toBeGreaterThanOrEqual(0);
    });

    test.each<[string, (b: ReturnType<typeof fakeBrowser>) => Promise<unknown>]>([
      ['the tab was not detected as an article', (b) => b.deliver(detected(false), from(3))],
      ['no verdict arrived at all', async () => undefined],
      ['preparing is switched off', async (b) => { await b.deliver(detected(true), from(3)); await writeSettings(b.fake.storage.sync, { prepareDigest: false }); }],
    ])('stores nothing when %s', async (_label, setUp) => {
      const b = fakeBrowser();
      startBackground(b.browser);
      await setUp(b);
      expect(await b.deliver(prepare(), from(3))).toEqual({ ok: false });
      expect(await new PreparedDigests(b.fake.storage.session).get(3)).toBeNull();
    });

    test.each([
      ['the frame is at another URL than the article names', prepare(), from(3, 'https://news.example/other')],
      ['the article is in a language the core does not read', prepare({ article: ITALIAN }), from(3)],
    ])('stores nothing when %s', async (_label, message, sender) => {
      const { browser, fake, deliver } = fakeBrowser();
      startBackground(browser);
      await deliver(detected(true), from(3));
      expect(await deliver(message, sender)).toEqual({ ok: false });
      expect(await new PreparedDigests(fake.storage.session).get(3)).toBeNull();
    });

    test.each<[string, (b: ReturnType<typeof fakeBrowser>) => Promise<unknown>]>([
      ['the tab navigates', async (b) => b.onUpdated.fire(3, { status: 'loading' })],
      ['the page is detected again (a single-page-app navigation)', (b) => b.deliver(detected(true), from(3))],
      ['the tab closes', async (b) => b.onRemoved.fire(3)],
      ['the summary length changes', (b) => changeSettings(b, { summaryLength: 'short' })],
      ['preparing is switched off', (b) => changeSettings(b, { prepareDigest: false })],
    ])('drops the prepared digest when %s', async (_label, act) => {
      const b = fakeBrowser();
      startBackground(b.browser);
      await b.deliver(detected(true), from(3));
      await b.deliver(prepare(), from(3));
      expect(await new PreparedDigests(b.fake.storage.session).get(3)).not.toBeNull();
      await act(b);
      await settle();
      await settle();
      expect(await new PreparedDigests(b.fake.storage.session).get(3)).toBeNull();
    });
  });
});

/** Writes settings and fires storage.onChanged as the browser would. */
async function changeSettings(b: ReturnType<typeof fakeBrowser>, change: Record<string, unknown>): Promise<void> {
  await writeSettings(b.fake.storage.sync, change);
  b.onStorageChanged.fire(Object.fromEntries(Object.keys(change).map((key) => [key, { newValue: change[key] }])), 'sync');
  await new Promise((r) => setTimeout(r, 10));
}
