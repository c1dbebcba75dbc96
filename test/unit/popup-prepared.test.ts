import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { beforeEach, describe, expect, test } from 'vitest';
import { readPage } from '../../src/content/read-page.ts';
import { runPopup } from '../../src/popup/popup.ts';
import { startBackground } from '../../src/background/background.ts';
import { writeSettings, type Settings } from '../../src/shared/settings.ts';
import { askForDigest } from '../../src/popup/live.ts';
import { PreparedDigests, type PreparedDigest } from '../../src/shared/tab-state.ts';
import { fakeBrowser } from './fake-browser.ts';
import { NOTICE_MESSAGES } from '../../src/core/digest.ts';

const SEED = readFileSync(new URL('../../../shared/seed/putin-china.html', import.meta.url), 'utf8');
const PAGE_URL = 'https://news.example/2025/putin-china';
const TAB = 3;

type DigestMessage = { name: string; arg: { anyLanguage: boolean } };
/** A background answering the popup's messages its own way; `real` is the started background's answer. */
type Background = (message: DigestMessage, real: (message: unknown) => Promise<unknown>) => Promise<unknown>;

/** A digest the background prepared earlier, recognisable by its headline. */
function preparedFor(url: string, headline: string, summaryLength: 'short' | 'medium' | 'long' = 'medium'): PreparedDigest {
  return {
    url, lang: 'en', articleUrl: url, options: { summaryLength, keyQuotes: 4 }, preparedAt: 1, timing: { extractMs: 5, digestMs: 9 },
    digest: {
      article: { title: headline, byline: null, siteName: null, publishedTime: null, lang: 'en', wordCount: 300, readingMinutes: 2 },
      summary: 'A prepared summary.', quotes: [], people: [], organizations: [], text: 'A prepared summary.', notice: null,
    },
  };
}

/**
 * The popup for tab 3, whose content script is on PAGE_URL (the seed article) and answers like the real one, as does
 * the background (started here; the popup's messages reach it as the browser would deliver them).
 */
async function openPopup(setUp: (b: ReturnType<typeof fakeBrowser>) => Promise<unknown>, background?: Background) {
  const b = fakeBrowser();
  const asked: string[] = [];
  startBackground(b.browser);
  const deliver = (message: unknown) => b.deliver(message, { id: 'lede-id', url: 'chrome-extension://lede-id/popup.html' });
  b.fake.runtime.sendMessage = (message: unknown) => {
    asked.push((message as { name: string }).name);
    return (background ? background(message as DigestMessage, deliver) : deliver(message)) as Promise<{ ok: true }>;
  };
  const page = new JSDOM(SEED, { url: `${PAGE_URL}#comments` });
  (b.fake.tabs as Record<string, unknown>)['sendMessage'] = async (tabId: number, message: { name: string; arg: { force?: boolean } }) => {
    if (tabId !== TAB) throw new Error('Could not establish connection. Receiving end does not exist.');
    asked.push(message.name);
    if (message.name === 'popup→content:page') return { url: PAGE_URL };
    if (message.name === 'popup→content:extract') return readPage(page.window.document, PAGE_URL, message.arg.force ?? false);
    throw new Error(`unexpected ${message.name}`);
  };
  await setUp(b);
  const popup = new JSDOM('<!doctype html><main id="app"></main>');
  await runPopup(b.browser, popup.window.document, `?tabId=${TAB}`);
  const shown = performance.getEntriesByName('lede:digest-shown')[0] as PerformanceMark | undefined;
  return {
    asked,
    doc: popup.window.document,
    b,
    headline: popup.window.document.querySelector('.headline')?.textContent ?? null,
    path: (shown?.detail as { path?: string } | undefined)?.path ?? null,
    state: popup.window.document.querySelector<HTMLElement>('[data-state]')?.dataset['state'] ?? null,
    stateTitle: popup.window.document.querySelector('.state-title')?.textContent ?? null,
  };
}

describe('popup: the prepared digest or the page read now', () => {
  beforeEach(() => performance.clearMarks());

  test('shows the digest prepared for this tab and page at once, without asking for the article', async () => {
    const popup = await openPopup((b) => new PreparedDigests(b.fake.storage.session).set(TAB, preparedFor(PAGE_URL, 'Prepared headline')));
    expect({ ...popup, doc: undefined, b: undefined }).toEqual({ asked: ['popup→content:page'], headline: 'Prepared headline', path: 'prepared', state: null, stateTitle: null });
  });

  test('a prepared digest with nothing usable shows the one-line reason instead of a bare headline (issue 17)', async () => {
    const empty = preparedFor(PAGE_URL, 'Names headline');
    Object.assign(empty.digest, { summary: '', notice: NOTICE_MESSAGES['only-names'], noticeCode: 'only-names' });
    const popup = await openPopup((b) => new PreparedDigests(b.fake.storage.session).set(TAB, empty));
    expect(popup).toMatchObject({ headline: null, state: 'no-digest', stateTitle: 'This page is mostly a list of names, with no sentences to summarise or quote.' });
  });

  test.each<[string, (b: ReturnType<typeof fakeBrowser>) => Promise<unknown>]>([
    ['nothing was prepared', async () => undefined],
    ['the digest was prepared for another page of the tab (stale)', (b) => new PreparedDigests(b.fake.storage.session).set(TAB, preparedFor('https://news.example/2025/older-story', 'Stale headline'))],
    ['the digest was prepared for another tab', (b) => new PreparedDigests(b.fake.storage.session).set(TAB + 1, preparedFor(PAGE_URL, 'Other tab headline'))],
    ['the digest was made with another summary length', (b) => new PreparedDigests(b.fake.storage.session).set(TAB, preparedFor(PAGE_URL, 'Old settings headline', 'long'))],
    ['preparing is switched off', async (b) => {
      await new PreparedDigests(b.fake.storage.session).set(TAB, preparedFor(PAGE_URL, 'Switched-off headline'));
      await writeSettings(b.fake.storage.sync, { prepareDigest: false });
    }],
  ])('reads the page itself when %s', async (_label, setUp) => {
    const popup = await openPopup(setUp);
    expect(popup.asked).toEqual(['popup→content:page', 'popup→content:extract', 'popup→background:digest']);
    expect(popup.headline).toMatch(/Putin/);
    expect(popup.path).toBe('live');
  });
});

describe("popup: the slow path's answer from the background", () => {
  beforeEach(() => performance.clearMarks());
  const view = (p: Awaited<ReturnType<typeof openPopup>>) => ({ headline: p.headline, state: p.state, stateTitle: p.stateTitle });

  test.each<[string, Background, { headline: string | null; state: string | null; stateTitle: string | null }]>([
    ['the core failed there', async () => ({ ok: false, reason: 'failed' }), { headline: null, state: 'failed', stateTitle: 'Lede could not make a digest of this page.' }],
    ['no background answers (no listener, the worker could not start)', async () => { throw new Error('Could not establish connection. Receiving end does not exist.'); },
      { headline: null, state: 'failed', stateTitle: 'Lede could not make a digest of this page.' }],
    ['the answer is missing (no listener replied)', async () => undefined, { headline: null, state: 'failed', stateTitle: 'Lede could not make a digest of this page.' }],
    ['the answer is not one the background sends', async () => ({ ok: true }), { headline: null, state: 'failed', stateTitle: 'Lede could not make a digest of this page.' }],
    ['a language the core does not read', async () => ({ ok: false, reason: 'unsupported-language', lang: 'it' }),
      { headline: null, state: 'unsupported-language', stateTitle: 'Lede does not read Italian yet.' }],
    ['a language tag no one can name', async () => ({ ok: false, reason: 'unsupported-language', lang: null }),
      { headline: null, state: 'unsupported-language', stateTitle: 'Lede does not read this language yet.' }],
  ])('shows a state when %s', async (_label, background, expected) => {
    expect(view(await openPopup(async () => undefined, background))).toEqual(expected);
  });

  test('"Digest anyway" on a language the core does not read asks again with anyLanguage and shows the digest', async () => {
    const asks: boolean[] = [];
    const popup = await openPopup(async () => undefined, (message, real) => {
      if (message.name !== 'popup→background:digest') return real(message);
      asks.push(message.arg.anyLanguage);
      return message.arg.anyLanguage ? real(message) : Promise.resolve({ ok: false, reason: 'unsupported-language', lang: 'it' });
    });
    expect(popup.state).toBe('unsupported-language');
    popup.doc.querySelector<HTMLButtonElement>('[data-state="unsupported-language"] button')!.click();
    await new Promise((r) => setTimeout(r, 50));
    expect(popup.doc.querySelector('.headline')?.textContent).toMatch(/Putin/);
    expect(popup.doc.activeElement?.className).toBe('headline');
    expect(asks).toEqual([false, true]);
  });

  test('the digest the slow path made is kept for the tab (an article): the popup opened again shows it at once', async () => {
    const popup = await openPopup(async (b) => {
      await b.deliver({ name: 'content→background:detected', arg: { isArticle: true, signals: [] } }, { id: 'lede-id', tab: { id: TAB } as never, url: PAGE_URL });
      await runPopup(b.browser, new JSDOM('<!doctype html><main id="app"></main>').window.document, `?tabId=${TAB}`);
      await new Promise((r) => setTimeout(r, 20));
      performance.clearMarks();
    });
    expect(popup.asked).toEqual(['popup→content:page', 'popup→content:extract', 'popup→background:digest', 'popup→content:page']);
    expect(popup.path).toBe('prepared');
    expect(popup.headline).toMatch(/Putin/);
  });

  test('a change of the digest settings asks the background again; a change of another setting redraws without asking', async () => {
    const popup = await openPopup(async () => undefined);
    const change = async (settings: Partial<Settings>): Promise<void> => {
      await writeSettings(popup.b.fake.storage.sync, settings);
      popup.b.onStorageChanged.fire(Object.fromEntries(Object.keys(settings).map((key) => [key, { newValue: 1 }])), 'sync');
      await new Promise((r) => setTimeout(r, 50));
    };
    const asks = () => popup.asked.filter((name) => name === 'popup→background:digest').length;
    expect(asks()).toBe(1);
    const before = popup.doc.querySelector('.summary')?.textContent;
    await change({ summaryLength: 'short' });
    expect(asks()).toBe(2);
    expect(popup.doc.querySelector('.summary')?.textContent).not.toBe(before);
    await change({ onDeviceSummary: false });
    expect(asks()).toBe(2);
    expect(popup.doc.querySelector('.headline')?.textContent).toMatch(/Putin/);
  });
});

describe('askForDigest: the popup never waits on a missing answer', () => {
  const browserSending = (send: () => Promise<unknown>) => ({ runtime: { sendMessage: send } }) as unknown as Parameters<typeof askForDigest>[0];
  const REQUEST = { article: {} as never, options: { summaryLength: 'medium' as const, keyQuotes: 4 }, anyLanguage: false };
  test.each<[string, () => Promise<unknown>, unknown]>([
    ['an answer in time', async () => ({ ok: false, reason: 'failed' }), { ok: false, reason: 'failed' }],
    ['no answer ever (a background that hangs)', () => new Promise(() => undefined), null],
    ['an answer after the timeout', () => new Promise((r) => setTimeout(() => r({ ok: false, reason: 'failed' }), 200)), null],
    ['a rejected message', async () => { throw new Error('Could not establish connection.'); }, null],
  ])('%s', async (_label, send, expected) => {
    expect(await askForDigest(browserSending(send), REQUEST, 30)).toEqual(expected);
  });
});
