import { readdirSync, statSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'puppeteer-core';
import { digestHtml } from '../../src/cli/digest-page.ts';
import { readPageFile } from '../../src/cli/load-page.ts';
import { DEFAULTS } from '../../src/shared/settings.ts';
import { CHROMIUM_BIN, browserAvailable, launchChromium, type ExtensionBrowser } from './browsers.ts';
import { clickToDigest, readPopup, type PopupContent } from './popup-reader.ts';
import { SHARED, startServer, type TestServer } from './server.ts';

const RT = `${SHARED}corpus/readability-test-pages/`;
// Ten news pages of Readability's test set, with quotes and people: the parity sample.
const PARITY_PAGES = ['bbc-1', 'cnn', 'guardian-1', 'nytimes-1', 'nytimes-2', 'seattletimes-1', 'telegraph', 'theverge', 'wapo-1', 'wapo-2'];
const LARGEST_PAGE = readdirSync(RT)
  .filter((slug) => statSync(RT + slug).isDirectory())
  .sort((a, b) => statSync(`${RT}${b}/source.html`).size - statSync(`${RT}${a}/source.html`).size)[0]!;

/** What the popup would show for the CLI's digest of the same page, in the popup's terms. */
function cliView(slug: string, url: string): Pick<PopupContent, 'summary' | 'quotes' | 'people'> & { failed: boolean } {
  const result = digestHtml(readPageFile(`${RT}${slug}/source.html`), url, { summaryLength: DEFAULTS.summaryLength, keyQuotes: DEFAULTS.keyQuotes });
  const d = result.digest;
  if (!d) return { failed: true, summary: null, quotes: [], people: [] };
  return { failed: false, summary: d.summary || null, quotes: d.quotes.map((q) => ({ text: q.text, speaker: q.speaker })), people: d.people.map((p) => p.name) };
}

const available = browserAvailable('Chromium', CHROMIUM_BIN);

describe.skipIf(!available)('parity: the popup in Chromium shows the same digest as the command line', () => {
  let ext: ExtensionBrowser;
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer();
    ext = await launchChromium();
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  /** Opens the page and its toolbar popup; presses "Digest anyway" if the detector said no. */
  async function popupFor(slug: string): Promise<{ page: Page; content: PopupContent; timing: string | null }> {
    const page = await ext.openTab(`${server.origin}/rt/${slug}/`);
    await ext.waitForVerdict(await ext.tabIdOf(page));
    const { popup, clickedAt } = await ext.openPopup(page);
    const timing = await clickToDigest(popup, clickedAt);
    if ((await readPopup(popup)).state === 'not-article') {
      await popup.click('[data-state="not-article"] button');
      await popup.waitForSelector('.digest, [data-state="failed"]');
    }
    return { page, content: await readPopup(popup), timing };
  }

  test.each(PARITY_PAGES)('%s', async (slug) => {
    const { page, content } = await popupFor(slug);
    const expected = cliView(slug, page.url());
    await page.close();
    expect(content.state).toBe(expected.failed ? 'failed' : 'digest');
    expect(content.summary).toBe(expected.summary);
    expect(content.quotes).toEqual(expected.quotes);
    expect(content.people).toEqual(expected.people);
  });

  test(`prints click-to-digest time for the largest corpus page (${LARGEST_PAGE})`, async () => {
    const { page, content, timing } = await popupFor(LARGEST_PAGE);
    const size = (statSync(`${RT}${LARGEST_PAGE}/source.html`).size / 1024).toFixed(0);
    console.log(`[Chromium] largest corpus page ${LARGEST_PAGE} (${size} KB): ${timing ?? `no digest on first click (state ${content.state})`}`);
    await page.close();
    expect(['digest', 'failed']).toContain(content.state);
  });
});
