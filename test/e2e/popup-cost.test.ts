// Click to digest on screen in Chromium beside the browser's own cost of opening a popup (issue 6): the same real
// toolbar click on a trivial extension built here, whose popup is one line of text, alternated with Lede's on the
// seed page. Prints medians (it measures, it does not judge: the machine is shared); asserts only what was measured.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page, Target } from 'puppeteer-core';
import { browserAvailable, launchChromium } from './browsers.ts';
import { digestPath, firstPaint, popupMarks } from './popup-reader.ts';
import { startServer, type TestServer } from './server.ts';

// Clicks per popup; the median of an odd count is one real run.
const ROUNDS = 7;

/** An MV3 extension with an action whose popup is one paragraph of text: no stylesheet, no script. */
function trivialExtension(): string {
  const dir = mkdtempSync(join(tmpdir(), 'lede-trivial-popup-'));
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({
    manifest_version: 3, name: 'Trivial popup', version: '1.0',
    action: { default_popup: 'popup.html' }, background: { service_worker: 'worker.js' },
  }));
  // A worker only so the test can call action.openPopup() from inside the extension, as for Lede.
  writeFileSync(join(dir, 'worker.js'), '');
  writeFileSync(join(dir, 'popup.html'), '<!doctype html><meta charset="utf-8"><title>Trivial</title><p>A trivial popup.</p>');
  return dir;
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const ms = (values: number[]): string => `${median(values).toFixed(0)} ms (${Math.min(...values).toFixed(0)}–${Math.max(...values).toFixed(0)})`;

const available = browserAvailable('chromium');

interface Costs { lines: string[]; pinned: boolean; paths: Array<string | null>; trivialRuns: number; ledeRuns: number }

/**
 * ROUNDS clicks on each icon in one browser, alternating which goes first so neither always follows the other's
 * popup closing; with both icons pinned to the toolbar or both in the extensions menu.
 */
async function measure(server: TestServer, pinned: boolean): Promise<Costs> {
  const trivialDir = trivialExtension();
  const ext = await launchChromium({ pinned, alsoPinned: pinned ? [trivialDir] : [] });
  try {
    const trivialOrigin = `chrome-extension://${await ext.browser.installExtension(trivialDir)}/`;
    // What the toolbar really shows, rather than what the profile asked for.
    const onToolbar = await ext.inExtension(async (api) => (await (api.action as unknown as { getUserSettings(): Promise<{ isOnToolbar: boolean }> }).getUserSettings()).isOnToolbar, null);

    /** Clicks the trivial extension's icon (openPopup from its worker, as the harness does for Lede). */
    const openTrivialPopup = async (page: Page): Promise<{ open: number; painted: number }> => {
      await page.bringToFront();
      const isWorker = (t: Target) => t.type() === 'service_worker' && t.url().startsWith(trivialOrigin);
      const worker = (await (await ext.browser.waitForTarget(isWorker)).worker())!;
      const opened = ext.browser.waitForTarget((t: Target) => t.url() === `${trivialOrigin}popup.html`);
      const clickedAt = await worker.evaluate('(async () => { const at = performance.timeOrigin + performance.now(); await chrome.action.openPopup(); return at; })()') as number;
      const popup = (await (await opened).asPage())!;
      const painted = await firstPaint(popup);
      const origin = await popup.evaluate(() => performance.timeOrigin);
      await popup.close();
      if (painted === null) throw new Error('the trivial popup never painted');
      return { open: origin - clickedAt, painted };
    };

    const page = await ext.openTab(`${server.origin}/seed`);
    const tabId = await ext.tabIdOf(page);
    await ext.waitForPrepared(tabId);
    const trivial = { open: [] as number[], paint: [] as number[], total: [] as number[] };
    const lede = { open: [] as number[], load: [] as number[], reads: [] as number[], render: [] as number[], shown: [] as number[], paint: [] as number[], total: [] as number[] };
    const paths: Array<string | null> = [];
    for (let round = 0; round < ROUNDS; round++) {
      for (const which of round % 2 === 0 ? ['trivial', 'lede'] : ['lede', 'trivial']) {
        if (which === 'trivial') {
          const { open, painted } = await openTrivialPopup(page);
          trivial.open.push(open);
          trivial.paint.push(painted);
          trivial.total.push(open + painted);
          continue;
        }
        const { popup, clickedAt } = await ext.openPopup(page);
        const { origin, start, read, shown, painted } = await popupMarks(popup);
        paths.push(await digestPath(popup));
        await popup.close();
        if (start === null || read === null || shown === null || painted === null) continue;
        lede.open.push(origin - clickedAt);
        lede.load.push(start);
        lede.reads.push(read - start);
        lede.render.push(shown - read);
        lede.shown.push(shown);
        lede.paint.push(painted);
        lede.total.push(origin + painted - clickedAt);
      }
    }
    await page.close();
    const where = onToolbar ? 'icons pinned to the toolbar (a click on the icon)' : 'icons in the extensions menu (Chromium pops the icon out first)';
    return {
      pinned: onToolbar, paths, trivialRuns: trivial.total.length, ledeRuns: lede.total.length,
      lines: [
        `[Chromium] popup cost on the seed page, ${where}: medians of ${ROUNDS} clicks each (min–max), load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`,
        `  the browser's own popup cost (a trivial popup: one line of text): click → first paint ${ms(trivial.total)}; click → popup document starts ${ms(trivial.open)}, → first paint ${ms(trivial.paint)}`,
        `  Lede (prepared digest): click → digest painted ${ms(lede.total)}; click → popup document starts ${ms(lede.open)}, → digest in the DOM ${ms(lede.shown)}, → painted ${ms(lede.paint)}`,
        `    (Lede's script starts at ${ms(lede.load)}; settings + prepared digest + page URL ${ms(lede.reads)}; render ${ms(lede.render)})`,
        `  Lede's added cost over the trivial popup: ${(median(lede.total) - median(trivial.total)).toFixed(0)} ms (difference of the click → first paint medians)`,
      ],
    };
  } finally {
    await ext.close();
    rmSync(trivialDir, { recursive: true, force: true });
  }
}

describe.skipIf(!available)('Chromium: what a toolbar popup costs, the browser and Lede', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(async () => {
    await server?.close();
  });

  test.each([true, false])(`prints click → first paint for a trivial popup and click → digest on screen for Lede, ${ROUNDS} clicks each (pinned: %s)`, async (pinned) => {
    const costs = await measure(server, pinned);
    console.log(costs.lines.join('\n'));
    expect(costs.pinned).toBe(pinned);
    expect(costs.trivialRuns).toBe(ROUNDS);
    expect(costs.paths).toEqual(Array(ROUNDS).fill('prepared'));
    expect(costs.ledeRuns).toBe(ROUNDS);
  });
});
