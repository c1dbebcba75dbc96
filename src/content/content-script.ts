import type { Browser } from 'webextension-polyfill';
import { detectionSteps } from './detect.ts';
import { readPageSteps } from './read-page.ts';
import { inTasks, type TaskTime } from './tasks.ts';
import { listen, sendToBackground } from '../shared/messages.ts';
import { readSettings } from '../shared/settings.ts';
import { watchUrl } from './url-watch.ts';
import { locateQuote, showQuote } from './highlight.ts';
import { onSettingsChange } from '../shared/settings-watch.ts';
import { prepareArticle, whenIdle } from './prepare.ts';
import type { Detection } from '../shared/page-reading.ts';
import { pageUrl } from '../shared/page-url.ts';

/**
 * The content script: a cheap detection at document_idle (no Readability parse, in steps), reported to the background.
 * On a detected article, and only there, it extracts the article once the page is idle and hands it to the
 * background, which digests it ahead of the popup ("Prepare the digest" setting); otherwise extraction happens when
 * the popup asks. Single-page-app navigations re-run detection (and preparation).
 */
export function startContentScript(browser: Browser, win: Window): void {
  // The verdict on the page at `url`, measured in steps (each in a task of its own, tasks.ts) with each step's time.
  let verdict: { url: string; run: Promise<{ value: Detection; tasks: TaskTime[] }> } | null = null;

  const detect = (): Promise<{ value: Detection; tasks: TaskTime[] }> => {
    const url = pageUrl(win.location.href);
    if (verdict?.url !== url) {
      // Its last task is named for what it ends in, as extraction's are ('copied', 'parsed').
      const run = inTasks(detectionSteps(win.document)).then(({ value, tasks }) => ({
        value, tasks: tasks.map((t) => (t.step === 'done' ? { ...t, step: 'detected' } : t)),
      }));
      verdict = { url, run };
    }
    return verdict.run;
  };
  // Extraction in steps, each in its own task (tasks.ts): the page's main thread is never held for all of it at once.
  const read = async (force: boolean) => {
    const href = win.location.href;
    const { value: detection } = await detect();
    return inTasks(readPageSteps(win.document, href, force, detection));
  };

  let cancelPrepare = (): void => undefined;
  const prepare = (url: string): Promise<unknown> => prepareArticle(url, {
    currentUrl: () => pageUrl(win.location.href),
    read: () => read(false),
    // The detection's own tasks (at document_idle) go first: what the page paid for Lede, step by step.
    send: async (arg) => {
      const detected = verdict ? (await verdict.run).tasks : [];
      return sendToBackground(browser, 'content→background:prepare', { ...arg, tasks: [...detected, ...arg.tasks] });
    },
  });

  const report = async (): Promise<void> => {
    const settings = await readSettings(browser.storage.sync);
    if (!settings.autoDetect) return;
    const url = pageUrl(win.location.href);
    const { isArticle, signals } = (await detect()).value;
    // The background may be restarting or the extension reloading; a lost verdict only means no badge.
    await sendToBackground(browser, 'content→background:detected', { isArticle, signals }).catch(() => undefined);
    cancelPrepare();
    // After the verdict, so the background knows this page is an article when the article arrives.
    if (isArticle && settings.prepareDigest) cancelPrepare = whenIdle(win, () => void prepare(url));
  };

  listen<'content'>(browser, {
    'popup→content:extract': async ({ force }) => (await read(force)).value,
    'popup→content:page': async () => ({ url: pageUrl(win.location.href) }),
    'popup→content:highlight': async (target) => {
      const range = locateQuote(win.document, target);
      return { shown: range ? showQuote(win, range) : null };
    },
  });

  void report();
  watchUrl(win, () => void report());
  // Auto-detection or preparation switched back on in the options: report (and prepare) this page at once.
  // Switching off is mostly the background's job; a preparation still waiting for an idle moment is dropped here.
  onSettingsChange(browser, (changed, settings) => {
    if (!settings.autoDetect || !settings.prepareDigest) cancelPrepare();
    const switchedOn = (changed.includes('autoDetect') && settings.autoDetect) || (changed.includes('prepareDigest') && settings.prepareDigest);
    if (switchedOn && settings.autoDetect) void report();
  });
}
