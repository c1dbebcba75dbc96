// The hostile pages of issue 17 in a real browser: on each, the popup settles on a digest or a one-line reason, the
// content script's work is printed step by step (and, in Chromium, every long task the page saw), and nothing throws.
// Timings are printed, not asserted: two shared cores make them a measurement, not a test.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'puppeteer-core';
import type { ExtensionBrowser } from './browsers.ts';
import { readPopup } from './popup-reader.ts';
import { startServer, type TestServer } from './server.ts';
import { hostilePages, type HostilePage } from '../pages/hostile-pages.ts';

// Reasons that come as a digest's notice ("nothing usable") rather than as a failed extraction.
const UNUSABLE = new Set(['no-sentences', 'only-names', 'only-marks']);
type TaskTime = { step: string; ms: number };
type PreparedTiming = { timing: { extractMs: number; digestMs: number; tasks?: TaskTime[] } };

/** The popup state a page's expected outcome shows as. */
function expectedState(page: HostilePage): string {
  if (page.expect.digest) return 'digest';
  return UNUSABLE.has(page.expect.code) ? 'no-digest' : 'failed';
}

/**
 * In Chromium, records the page's long tasks (over 50 ms) and, where the browser names them, the scripts behind each
 * long animation frame, from before the page's first script: a page served with `script-src 'none'` runs none of its
 * own, so a long task after load is the browser's (layout of a huge page) or Lede's. Firefox has neither entry type.
 */
async function watchLongTasks(page: Page): Promise<void> {
  await page.evaluateOnNewDocument(() => {
    const seen: { type: string; start: number; ms: number; scripts: string[] }[] = [];
    (window as unknown as { __ledeLongTasks: typeof seen }).__ledeLongTasks = seen;
    for (const type of ['longtask', 'long-animation-frame']) {
      if (!PerformanceObserver.supportedEntryTypes.includes(type)) continue;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as (PerformanceEntry & { scripts?: { sourceURL?: string; duration: number }[] })[]) {
          seen.push({ type, start: e.startTime, ms: e.duration, scripts: (e.scripts ?? []).map((s) => `${(s.sourceURL ?? '').replace(/^.*\//, '')} ${Math.round(s.duration)} ms`) });
        }
      }).observe({ type, buffered: true });
    }
  });
}

const ms = (x: number) => `${Math.round(x)} ms`;

// The content script's steps (extract.ts, tasks.ts) by phase: each ends in a task named after the phase.
const PHASES: [string, string[]][] = [['detection', ['measuring', 'detected']], ['copy', ['copying', 'copied']], ['parse', ['parsed']], ['text', ['reading', 'read', 'done']]];

/** "detection 9 tasks (longest 8 ms), copy 3 tasks (longest 12 ms), parse 284 ms, text 1 task (longest 20 ms)". */
function stepSummary(tasks: TaskTime[]): string {
  return PHASES.map(([phase, steps]) => {
    const mine = tasks.filter((t) => steps.includes(t.step));
    if (mine.length === 0) return null;
    const longest = Math.max(...mine.map((t) => t.ms));
    return phase === 'parse' ? `${phase} ${ms(longest)}` : `${phase} ${mine.length} task${mine.length > 1 ? 's' : ''} (longest ${ms(longest)})`;
  }).filter(Boolean).join(', ');
}

export function hostileSuite(name: string, launch: () => Promise<ExtensionBrowser>): void {
  describe(`${name}: hostile pages (issue 17)`, () => {
    let ext: ExtensionBrowser;
    let server: TestServer;
    const pages = hostilePages();

    beforeAll(async () => {
      server = await startServer();
      for (const page of pages) server.addPage(`/hostile/${page.name}`, page.html);
      ext = await launch();
    });
    afterAll(async () => {
      await ext?.close();
      await server?.close();
    });

    test.each(pages.map((p) => [p.name, p] as const))('%s: the popup settles on a digest or a one-line reason', async (_name, hostile) => {
      const errors: string[] = [];
      const page = await ext.browser.newPage();
      // Firefox reports its own parser flattening the 20,000 levels as a page error; that one is the browser's, not Lede's.
      page.on('pageerror', (error) => void (/document tree is too deep/.test(String(error)) || errors.push(String(error))));
      if (ext.kind === 'chromium') await watchLongTasks(page);
      await page.goto(`${server.origin}/hostile/${hostile.name}`, { waitUntil: 'load', timeout: 60_000 });
      const tabId = await ext.tabIdOf(page);
      const verdict = await ext.waitForVerdict(tabId);
      // Preparing runs on a detected article once the page is idle; a page it cannot read leaves nothing prepared.
      const prepared = verdict.isArticle ? await ext.waitForPrepared(tabId, 8_000).catch(() => null) as PreparedTiming | null : null;

      let preparedLine = '';
      if (prepared) {
        const opened = await ext.openPopup(page);
        preparedLine = `, ${ms(Date.now() - opened.clickedAt)} with the digest prepared`;
        await opened.popup.close();
      }
      // The slow path, what a reader gets who clicks before anything is prepared: the popup asks the page, then digests.
      // From here on a long task is that reading's (its own Readability parse), not the preparation's.
      const liveFrom = await page.evaluate(() => performance.now());
      await ext.forgetPrepared(tabId);
      const live = await ext.openPopup(page);
      const liveSettled = Date.now() - live.clickedAt;
      let content = await readPopup(live.popup);
      // A page the detector turns down (the browser's own parse may flatten or hide what jsdom showed it): the reader's
      // "Digest anyway" must end in the expected reason too.
      let anyway = '';
      if (content.state === 'not-article' && expectedState(hostile) !== 'digest') {
        const clicked = Date.now();
        await live.popup.click('[data-state="not-article"] button');
        await live.popup.waitForSelector('.digest, [data-state]:not([data-state="loading"]):not([data-state="not-article"])', { timeout: 30_000 });
        content = await readPopup(live.popup);
        anyway = ` (not an article; "Digest anyway" settled in ${ms(Date.now() - clicked)})`;
      }
      await live.popup.close();

      const tasks = prepared?.timing.tasks ? stepSummary(prepared.timing.tasks) : 'nothing prepared';
      const longTasks = ext.kind === 'chromium'
        ? await page.evaluate(() => (window as unknown as { __ledeLongTasks?: { type: string; start: number; ms: number; scripts: string[] }[] }).__ledeLongTasks ?? [])
        : null;
      // Before the load event the page is the browser's to parse and lay out; Lede's content script runs after it.
      const loaded = await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)?.loadEventEnd ?? 0);
      const after = (longTasks ?? []).filter((t) => t.type === 'longtask' && t.start >= loaded);
      const list = (tasks: typeof after) => tasks.map((t) => ms(t.ms)).join(', ') || 'none';
      const longLine = longTasks === null ? '' : `; long tasks in the page after load: ${list(after.filter((t) => t.start < liveFrom))} while preparing, `
        + `${list(after.filter((t) => t.start >= liveFrom))} while the popup read the page`
        + ` (${longTasks.filter((t) => t.type === 'longtask' && t.start < loaded).length} before it)`
        + `${longTasks.some((t) => t.scripts.length) ? `, scripts named in long frames: ${longTasks.flatMap((t) => t.scripts).join(', ')}` : ''}`;
      console.log(`[${name}] hostile ${hostile.name}: popup settled in ${ms(liveSettled)} reading the page${preparedLine}${anyway}, on ${content.state}`
        + `${content.stateTitle ? ` "${content.stateTitle}"` : ''}; the page paid: ${tasks}`
        + `${prepared ? ` (digest in the background ${ms(prepared.timing.digestMs)})` : ''}${longLine}`);

      expect(content.state).toBe(expectedState(hostile));
      if (content.state === 'digest') expect((content.summary ?? '') + content.quotes.map((q) => q.text).join('')).not.toBe('');
      else expect(content.stateTitle).toMatch(/^[^\n]{20,}$/);
      expect(errors).toEqual([]);
      await page.close();
    });
  });
}
