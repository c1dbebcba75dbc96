import { readdirSync, statSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'puppeteer-core';
import { digestHtml } from '../../src/cli/digest-page.ts';
import { readPageFile } from '../../src/cli/load-page.ts';
import { DEFAULTS } from '../../src/shared/settings.ts';
import { CHROMIUM_BIN, browserAvailable, launchChromium, type ExtensionBrowser, type Prepared } from './browsers.ts';
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

/** Milliseconds from pressing "Digest anyway" (popup clock) to the digest shown by that press, or null. */
async function anywayToDigest(popup: Page, pressedAt: number): Promise<string | null> {
  const shown = await popup.evaluate(() => performance.getEntriesByName('lede:digest-shown').at(-1)?.startTime ?? null);
  return shown === null ? null : (shown - pressedAt).toFixed(0);
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

  /**
   * Opens the page and its toolbar popup, after the background prepared the digest where it does (detected
   * articles in a language the core reads); presses "Digest anyway" if the detector said no.
   */
  async function popupFor(slug: string): Promise<{ page: Page; tabId: number; content: PopupContent; timing: string | null; prepared: Prepared | null }> {
    const page = await ext.openTab(`${server.origin}/rt/${slug}/`);
    const tabId = await ext.tabIdOf(page);
    const verdict = await ext.waitForVerdict(tabId);
    const prepared = verdict.isArticle ? await ext.waitForPrepared(tabId, 5_000).catch(() => null) : null;
    const { popup, clickedAt } = await ext.openPopup(page);
    let timing = await clickToDigest(popup, clickedAt);
    if ((await readPopup(popup)).state === 'not-article') {
      const pressedAt = await popup.evaluate(() => {
        const at = performance.now();
        document.querySelector<HTMLButtonElement>('[data-state="not-article"] button')!.click();
        return at;
      });
      await popup.waitForSelector('.digest, [data-state="failed"]');
      timing = `not detected as an article; "Digest anyway" → digest on screen ${await anywayToDigest(popup, pressedAt) ?? '(none)'} ms (live path)`;
    }
    const content = await readPopup(popup);
    await popup.close();
    return { page, tabId, content, timing, prepared };
  }

  test.each(PARITY_PAGES)('%s', async (slug) => {
    const { page, content, prepared } = await popupFor(slug);
    const size = (statSync(`${RT}${slug}/source.html`).size / 1024).toFixed(0);
    console.log(`[Chromium] ${slug} (${size} KB): ${prepared ? `preparing cost the page ${prepared.timing.extractMs.toFixed(1)} ms of extraction while idle, digest ${prepared.timing.digestMs.toFixed(1)} ms in the background` : 'nothing prepared'}`);
    const expected = cliView(slug, page.url());
    await page.close();
    expect(content.state).toBe(expected.failed ? 'failed' : 'digest');
    expect(content.summary).toBe(expected.summary);
    expect(content.quotes).toEqual(expected.quotes);
    expect(content.people).toEqual(expected.people);
  });

  test(`prints click-to-digest time for the largest corpus page (${LARGEST_PAGE})`, async () => {
    const { page, tabId, content, timing, prepared } = await popupFor(LARGEST_PAGE);
    const size = (statSync(`${RT}${LARGEST_PAGE}/source.html`).size / 1024).toFixed(0);
    const label = `[Chromium] largest corpus page ${LARGEST_PAGE} (${size} KB)`;
    console.log(`${label}: ${timing ?? `no digest on first click (state ${content.state})`}`);
    if (prepared) {
      console.log(`${label}: preparing cost the page ${prepared.timing.extractMs.toFixed(1)} ms of extraction while idle; the digest took ${prepared.timing.digestMs.toFixed(1)} ms in the background`);
      // The same page once more without a prepared digest: the slow path's time, for comparison.
      await ext.forgetPrepared(tabId);
      const { popup, clickedAt } = await ext.openPopup(page);
      console.log(`${label}, nothing prepared: ${await clickToDigest(popup, clickedAt) ?? 'no digest on first click'}`);
      await popup.close();
    }
    await page.close();
    expect(['digest', 'failed']).toContain(content.state);
  });
});
