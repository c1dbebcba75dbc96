import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { beforeEach, describe, expect, test } from 'vitest';
import { readPage } from '../../src/content/read-page.ts';
import { runPopup } from '../../src/popup/popup.ts';
import { writeSettings } from '../../src/shared/settings.ts';
import { PreparedDigests, type PreparedDigest } from '../../src/shared/tab-state.ts';
import { fakeBrowser } from './fake-browser.ts';
import { NOTICE_MESSAGES } from '../../src/core/digest.ts';

const SEED = readFileSync(new URL('../../../shared/seed/putin-china.html', import.meta.url), 'utf8');
const PAGE_URL = 'https://news.example/2025/putin-china';
const TAB = 3;

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

/** The popup for tab 3, whose content script is on PAGE_URL (the seed article) and answers like the real one. */
async function openPopup(setUp: (b: ReturnType<typeof fakeBrowser>) => Promise<unknown>) {
  const b = fakeBrowser();
  const asked: string[] = [];
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
    expect(popup).toEqual({ asked: ['popup→content:page'], headline: 'Prepared headline', path: 'prepared', state: null, stateTitle: null });
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
    expect(popup.asked).toEqual(['popup→content:page', 'popup→content:extract']);
    expect(popup.headline).toMatch(/Putin/);
    expect(popup.path).toBe('live');
  });
});
