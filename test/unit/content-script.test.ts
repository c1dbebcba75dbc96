import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { describe, expect, test } from 'vitest';
import { startContentScript } from '../../src/content/content-script.ts';
import { writeSettings } from '../../src/shared/settings.ts';
import { fakeBrowser } from './fake-browser.ts';

const SEED = readFileSync(new URL('../../../shared/seed/putin-china.html', import.meta.url), 'utf8');
const popup = { id: 'lede-id', url: 'chrome-extension://lede-id/popup.html' };
const settle = () => new Promise((r) => setTimeout(r, 20));
// Longer than the idle fallback's timer (jsdom has no requestIdleCallback), so preparation has run.
const idle = () => new Promise((r) => setTimeout(r, 400));
const names = (sent: unknown[]) => sent.map((m) => (m as { name: string }).name);

function start(html: string, autoDetect = true, prepareDigest = true) {
  const dom = new JSDOM(html, { url: 'https://news.example/2025/putin-china#top' });
  const fb = fakeBrowser();
  return { dom, ...fb, run: async () => {
    if (!autoDetect || !prepareDigest) await writeSettings(fb.fake.storage.sync, { autoDetect, prepareDigest });
    startContentScript(fb.browser, dom.window as unknown as Window);
    await settle();
  } };
}

describe('content script', () => {
  test('reports the seed page as an article, then extracts it on request without touching the page', async () => {
    const page = start(SEED);
    await page.run();
    expect(page.sent).toEqual([{ name: 'content→background:detected', arg: { isArticle: true, signals: expect.arrayContaining([expect.stringMatching(/ld-news/)]) } }]);
    const before = page.dom.serialize();
    const reading = await page.deliver({ name: 'popup→content:extract', arg: { force: false } }, popup) as { ok: boolean; article?: { title: string; paragraphs: string[] } };
    expect(reading.ok).toBe(true);
    expect(reading.article?.title).toMatch(/Putin/);
    expect(reading.article?.paragraphs.length).toBeGreaterThan(3);
    expect(page.dom.serialize()).toBe(before);
  });

  test('on a detected article it prepares once idle: the article and its page URL go to the background, the page unchanged', async () => {
    const page = start(SEED);
    const before = page.dom.serialize();
    await page.run();
    expect(names(page.sent)).toEqual(['content→background:detected']);
    await idle();
    expect(names(page.sent)).toEqual(['content→background:detected', 'content→background:prepare']);
    const { arg } = page.sent[1] as { arg: { url: string; article: { title: string; paragraphs: string[] }; extractMs: number } };
    expect(arg.url).toBe('https://news.example/2025/putin-china');
    expect(arg.article.title).toMatch(/Putin/);
    expect(arg.article.paragraphs.length).toBeGreaterThan(3);
    expect(arg.extractMs).toBeGreaterThan(0);
    expect(page.dom.serialize()).toBe(before);
  });

  test.each([
    ['preparing switched off', SEED, true, false],
    ['detection switched off', SEED, false, true],
    ['a page that is not an article', '<!doctype html><title>Shop</title><body><nav>Home</nav><p>Buy now.</p></body>', true, true],
  ])('prepares nothing with %s', async (_label, html, autoDetect, prepareDigest) => {
    const page = start(html, autoDetect, prepareDigest);
    await page.run();
    await idle();
    expect(names(page.sent)).not.toContain('content→background:prepare');
  });

  test('tells the popup which page it is on, without the fragment', async () => {
    const page = start(SEED);
    await page.run();
    expect(await page.deliver({ name: 'popup→content:page', arg: {} }, popup)).toEqual({ url: 'https://news.example/2025/putin-china' });
  });

  test('a short non-article is reported as such, and extraction without force says why', async () => {
    const page = start('<!doctype html><title>Shop</title><body><nav>Home</nav><p>Buy now.</p></body>');
    await page.run();
    expect(page.sent).toEqual([{ name: 'content→background:detected', arg: { isArticle: false, signals: expect.any(Array) } }]);
    const reading = await page.deliver({ name: 'popup→content:extract', arg: { force: false } }, popup) as { ok: boolean; reason?: string };
    expect(reading).toMatchObject({ ok: false, reason: 'not-article' });
  });

  test('with automatic detection off it reports nothing but still extracts on request', async () => {
    const page = start(SEED, false);
    await page.run();
    expect(page.sent).toEqual([]);
    expect(await page.deliver({ name: 'popup→content:extract', arg: { force: false } }, popup)).toMatchObject({ ok: true });
  });

  test('refuses extraction requests from a web page or another extension', async () => {
    const page = start(SEED);
    await page.run();
    expect(await page.deliver({ name: 'popup→content:extract', arg: { force: true } }, { id: 'lede-id', url: 'https://evil.example/', tab: { id: 1 } as never })).toBeUndefined();
    expect(await page.deliver({ name: 'popup→content:extract', arg: { force: true } }, { id: 'other', url: 'chrome-extension://other/popup.html' })).toBeUndefined();
  });
});
