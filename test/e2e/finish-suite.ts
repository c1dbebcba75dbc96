// Issue 7 in a real browser: what only a browser shows. Run for Chromium and Firefox by finish-*.test.ts.
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'puppeteer-core';
import { launch, openPopupFor, startPageServer, until, type LedeBrowser, type PageServer } from './finish-harness.ts';

const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** The text of the lede-quote highlight in the page (or of the selection, where the API is missing). */
function highlightedText(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const highlight = CSS.highlights?.get('lede-quote');
    if (highlight && highlight.size > 0) return [...highlight].map((r) => (r as Range).toString()).join(' ');
    return null;
  });
}

export function finishSuite(kind: 'chromium' | 'firefox'): { lede: () => LedeBrowser; server: () => PageServer } {
  let lede: LedeBrowser;
  let server: PageServer;

  beforeAll(async () => {
    [lede, server] = await Promise.all([launch(kind), startPageServer()]);
  });
  afterAll(async () => {
    await lede?.close();
    await server?.close();
  });

  test('clicking a quote (or Enter on it) scrolls the page to it and highlights it with the Custom Highlight API', async () => {
    const article = await lede.openTab(`${server.origin}/seed`);
    const popup = await openPopupFor(lede, article);
    const quotes = await popup.$$eval('.quote-text', (nodes) => nodes.map((n) => n.textContent ?? ''));
    expect(quotes.length).toBeGreaterThanOrEqual(2);
    const scrollBefore = await article.evaluate(() => scrollY);
    const domBefore = await article.evaluate(() => document.documentElement.outerHTML);

    await popup.click('.quote-text');
    const first = await until('the first quote highlighted', () => highlightedText(article));
    expect(squash(first)).toBe(squash(quotes[0]!));

    // Keyboard: focus the last key quote and press Enter; the highlight moves to it.
    await popup.focus(`.quote:nth-child(${quotes.length}) .quote-text`);
    await popup.keyboard.press('Enter');
    const last = await until('the last quote highlighted', async () => {
      const text = await highlightedText(article);
      return text && squash(text) === squash(quotes.at(-1)!) ? text : null;
    });
    expect(squash(last)).toBe(squash(quotes.at(-1)!));
    expect(await until('the page to scroll', async () => ((await article.evaluate(() => scrollY)) > scrollBefore ? true : null))).toBe(true);
    // Highlighting adds no element and no attribute: the page's DOM tree is as it was.
    expect(await article.evaluate(() => document.documentElement.outerHTML)).toBe(domBefore);
    await popup.close();
    await article.close();
  });

  test('copy as Markdown and as text put the digest on the clipboard', async () => {
    const article = await lede.openTab(`${server.origin}/seed`);
    const popup = await openPopupFor(lede, article);
    // Intercept the clipboard: headless browsers have no system clipboard to read back.
    await popup.evaluate(() => {
      const copied: string[] = [];
      (globalThis as { copied?: string[] }).copied = copied;
      Object.defineProperty(navigator, 'clipboard', { value: { writeText: async (text: string) => void copied.push(text) }, configurable: true });
    });
    await popup.click('.copy-markdown');
    await popup.waitForFunction(() => document.querySelector('.action-status')?.textContent === 'Copied to the clipboard.');
    await popup.click('.copy-text');
    const [markdown, text] = await popup.evaluate(() => (globalThis as { copied?: string[] }).copied ?? []);
    const title = await popup.$eval('.headline', (n) => n.textContent ?? '');
    const firstQuote = await popup.$eval('.quote-text', (n) => n.textContent ?? '');
    const speaker = await popup.$eval('.quote .speaker', (n) => n.textContent ?? '');
    expect(markdown!.startsWith(`# ${title}\n`)).toBe(true);
    expect(markdown).toContain(`## Key quotes\n\n> “${firstQuote}”\n> — ${speaker}`);
    expect(markdown).toMatch(/\n## Who's involved\n\n- \*\*Vladimir Putin\*\*/);
    expect(markdown).toContain(`Source: <${server.origin}/seed>`);
    expect(text!.startsWith(`${title}\n`)).toBe(true);
    expect(text).toContain(`“${firstQuote}” — ${speaker}`);
    expect(text).not.toContain('**');
    await popup.close();
    await article.close();
  });

  test('a change in the options page reaches an open popup at once', async () => {
    const article = await lede.openTab(`${server.origin}/seed`);
    const popup = await openPopupFor(lede, article);
    const before = await popup.evaluate(() => ({ quotes: document.querySelectorAll('.quote').length, summary: document.querySelector('.summary')?.textContent ?? '' }));
    expect(before.quotes).toBe(4);
    const options = await lede.openExtensionPage('options.html');
    await options.waitForSelector('#keyQuotes');
    await options.select('#keyQuotes', '3');
    await options.click('input[name="summaryLength"][value="short"]');
    await options.waitForFunction(() => document.querySelector('#status')?.textContent === 'Saved.');
    const after = await until('the popup to redraw', () => popup.evaluate(() => {
      const summary = document.querySelector('.summary')?.textContent ?? '';
      const quotes = document.querySelectorAll('.quote').length;
      return quotes === 3 ? { quotes, summary } : null;
    }));
    expect(after.summary.length).toBeLessThan(before.summary.length);
    expect(await lede.inExtension((a) => a.storage.sync.get(null), null)).toMatchObject({ keyQuotes: 3, summaryLength: 'short' });
    await lede.inExtension((a) => a.storage.sync.clear(), null);
    await Promise.all([options.close(), popup.close(), article.close()]);
  });

  test('"Digest this page" is on the context menu', async () => {
    const exists = (id: string) => lede.inExtension((a, menuId) => a.contextMenus.update(menuId, {}).then(() => true, () => false), id);
    expect(await exists('lede-digest-page')).toBe(true);
    expect(await exists('no-such-menu')).toBe(false);
  });

  return { lede: () => lede, server: () => server };
}
