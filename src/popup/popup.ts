import type { Browser } from 'webextension-polyfill';
import { digest } from '../core/digest.ts';
import type { PageReading } from '../content/read-page.ts';
import { sendToTab } from '../shared/messages.ts';
import { readSettings, type Settings } from '../shared/settings.ts';
import { digestView, skeletonView, stateView } from './views.ts';

// Under this delay the skeleton would only flicker (popup.md: a skeleton if work takes over 100 ms).
const SKELETON_DELAY_MS = 100;

/** The tab the popup describes: `?tabId=N` when opened as a tab (tests, Firefox), else the active tab. */
export async function targetTabId(browser: Browser, search: string): Promise<number | null> {
  const param = new URLSearchParams(search).get('tabId');
  if (param !== null && /^\d+$/.test(param)) return Number(param);
  // Reading a tab's id needs no `tabs` permission; only its URL and title would.
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

/** Runs the popup: ask the tab's content script for the article, digest it here, render it or say why not. */
export async function runPopup(browser: Browser, doc: Document, search: string): Promise<void> {
  const root = doc.getElementById('app');
  if (!root) return;
  const show = (view: HTMLElement): void => {
    root.replaceChildren(view);
    root.setAttribute('aria-busy', String(view.dataset['state'] === 'loading'));
  };
  const [settings, tabId] = await Promise.all([readSettings(browser.storage.sync), targetTabId(browser, search)]);
  if (tabId === null) return show(restrictedView(doc));

  const load = async (force: boolean): Promise<void> => {
    const skeleton = setTimeout(() => show(skeletonView(doc)), SKELETON_DELAY_MS);
    let reading: PageReading | undefined;
    performance.mark('lede:extract-start');
    try {
      reading = await sendToTab(browser, tabId, 'popup→content:extract', { force });
    } catch {
      // No content script answers: a browser page, a web store, the PDF viewer, or a tab opened before install.
      reading = undefined;
    }
    clearTimeout(skeleton);
    performance.mark('lede:extracted');
    show(viewFor(doc, reading, settings, () => void load(true)));
    if (reading?.ok) performance.mark('lede:digest-shown');
    // After "Digest anyway", move focus to the result so keyboard and screen-reader users land on it.
    if (force) doc.querySelector<HTMLElement>('.headline, .state-title')?.focus();
  };
  await load(false);
}

function viewFor(doc: Document, reading: PageReading | undefined, settings: Settings, digestAnyway: () => void): HTMLElement {
  if (!reading || typeof reading !== 'object' || !('ok' in reading)) return restrictedView(doc);
  if (!reading.ok && reading.reason === 'not-article') {
    return stateView(doc, 'not-article', reading.message,
      'Lede lights up on news articles. You can still ask for a digest of this page.',
      { label: 'Digest anyway', run: digestAnyway });
  }
  if (!reading.ok) return stateView(doc, 'failed', reading.message, 'The page may still be loading, or its text is in a form Lede cannot read.');
  try {
    const result = digest(reading.article, { summaryLength: settings.summaryLength, keyQuotes: settings.keyQuotes });
    performance.mark('lede:digested');
    // Where the on-device summarizer is on (settings.onDeviceSummary), it replaces .summary-section's text (issue 5).
    return digestView(doc, result, settings.keyQuotes);
  } catch {
    return stateView(doc, 'failed', 'Lede could not make a digest of this page.', null);
  }
}

function restrictedView(doc: Document): HTMLElement {
  return stateView(doc, 'restricted', "Browsers don't let extensions read this page.",
    'Browser pages, add-on stores and the built-in PDF viewer are off limits. If this is an ordinary web page that was open before Lede was installed, reload it and try again.');
}
