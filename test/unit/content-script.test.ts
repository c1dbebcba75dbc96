import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { describe, expect, test } from 'vitest';
import { startContentScript } from '../../src/content/content-script.ts';
import { writeSettings } from '../../src/shared/settings.ts';
import { fakeBrowser } from './fake-browser.ts';

const SEED = readFileSync(new URL('../../../shared/seed/putin-china.html', import.meta.url), 'utf8');
const popup = { id: 'lede-id', url: 'chrome-extension://lede-id/popup.html' };
const settle = () => new Promise((r) => setTimeout(r, 20));

function start(html: string, autoDetect = true) {
  const dom = new JSDOM(html, { url: 'https://news.example/2025/putin-china' });
  const fb = fakeBrowser();
  return { dom, ...fb, run: async () => {
    if (!autoDetect) await writeSettings(fb.fake.storage.sync, { autoDetect: false });
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
