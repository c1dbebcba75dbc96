import type { Browser } from 'webextension-polyfill';
import { detectArticle, type Detection } from './detect.ts';
import { readPage } from './read-page.ts';
import { listen, sendToBackground } from '../shared/messages.ts';
import { readSettings } from '../shared/settings.ts';
import { pageUrl, watchUrl } from './url-watch.ts';
import { locateQuote, showQuote } from './highlight.ts';
import { onSettingsChange } from '../shared/settings-watch.ts';

/**
 * The content script: a cheap detection at document_idle (no Readability parse), reported to the background;
 * extraction only when the popup asks. Single-page-app navigations re-run detection.
 */
export function startContentScript(browser: Browser, win: Window): void {
  let verdict: { url: string; detection: Detection } | null = null;

  const detect = (): Detection => {
    const url = pageUrl(win.location.href);
    if (verdict?.url !== url) verdict = { url, detection: detectArticle(win.document) };
    return verdict.detection;
  };

  const report = async (): Promise<void> => {
    const settings = await readSettings(browser.storage.sync);
    if (!settings.autoDetect) return;
    const { isArticle, signals } = detect();
    // The background may be restarting or the extension reloading; a lost verdict only means no badge.
    await sendToBackground(browser, 'content→background:detected', { isArticle, signals }).catch(() => undefined);
  };

  listen<'content'>(browser, {
    'popup→content:extract': async ({ force }) => readPage(win.document, win.location.href, force, detect()),
    'popup→content:highlight': async (target) => {
      const range = locateQuote(win.document, target);
      return { shown: range ? showQuote(win, range) : null };
    },
  });

  void report();
  watchUrl(win, () => void report());
  // Auto-detection switched back on in the options: report this page at once (switching off is the background's job).
  onSettingsChange(browser, (changed, settings) => {
    if (changed.includes('autoDetect') && settings.autoDetect) void report();
  });
}
