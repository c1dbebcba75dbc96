import type { Browser } from 'webextension-polyfill';
import { sendToTab } from '../shared/messages.ts';
import { readSettings, type Settings } from '../shared/settings.ts';
import { PreparedDigests, preparedMatches, type PreparedDigest } from '../shared/tab-state.ts';
import { restrictedView, skeletonView } from './views.ts';
import { uiLanguage } from '../shared/i18n.ts';
import { onSettingsChange } from '../shared/settings-watch.ts';
import { digestPanel, type PageContext } from './panel.ts';
import type { PageReading } from '../shared/page-reading.ts';
import type { PopupDigestReply } from '../shared/messages.ts';
import { askForDigest, readingProblem, replyView } from './live.ts';

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

/**
 * The digest the background prepared for this tab, if it was made from the page the tab shows now (the content
 * script says which) with the current settings; null sends the popup down the slow path.
 */
export async function findPrepared(browser: Browser, tabId: number): Promise<{ entry: PreparedDigest | null; pageUrl: string | null }> {
  const [entry, page] = await Promise.all([
    new PreparedDigests(browser.storage.session).get(tabId).catch(() => null),
    // No answer: a page where no content script runs; the slow path explains it.
    sendToTab(browser, tabId, 'popup→content:page', {}).catch(() => null),
  ]);
  return { entry, pageUrl: typeof page?.url === 'string' ? page.url : null };
}

/** Resolves once the document's body is parsed (at once when it already is, e.g. in tests). */
function parsed(doc: Document): Promise<void> {
  if (doc.readyState !== 'loading') return Promise.resolve();
  return new Promise((resolve) => doc.addEventListener('DOMContentLoaded', () => resolve(), { once: true }));
}

/**
 * Runs the popup. Fast path: show the digest the background prepared for this tab and page. Slow path (nothing
 * prepared, another page, other settings): ask the tab's content script for the article and the background to digest
 * it (live.ts), render it or say why not.
 */
export async function runPopup(browser: Browser, doc: Document, search: string): Promise<void> {
  performance.mark('lede:prepared-start');
  // The reads start before the document is parsed (popup.html runs this script first in <head>): they are round
  // trips to the browser and the tab, and overlap with the stylesheet's load this way.
  const tabIdRead = targetTabId(browser, search);
  // Settings, the tab and the prepared digest are read together: each is a round trip to the browser.
  const reads = Promise.all([
    readSettings(browser.storage.sync), tabIdRead,
    tabIdRead.then((id) => (id === null ? null : findPrepared(browser, id))),
  ]);
  await parsed(doc);
  const root = doc.getElementById('app');
  if (!root) return;
  // Screen readers pronounce the interface in its own language (the strings come from _locales/).
  doc.documentElement.lang = uiLanguage();
  const show = (view: HTMLElement): void => {
    root.replaceChildren(view);
    root.setAttribute('aria-busy', String(view.dataset['state'] === 'loading'));
  };
  const [initialSettings, tabId, found] = await reads;
  performance.mark('lede:prepared-read');
  let settings = initialSettings;
  if (tabId === null) return show(restrictedView(doc));
  const page: PageContext = { browser, tabId, anyLanguage: false };
  let redraw: (() => void) | null = null;
  // Options changed while the popup is open (summary length, key quotes): redraw at once.
  onSettingsChange(browser, (_changed, next) => {
    settings = next;
    redraw?.();
  });

  // Each reading of the page and each request to the background takes a turn; an answer that comes back after a
  // newer turn began (a redraw, "Digest anyway") is dropped rather than drawn over the newer one.
  let turn = 0;
  const live = async (force: boolean): Promise<void> => {
    const mine = ++turn;
    const skeleton = setTimeout(() => show(skeletonView(doc)), SKELETON_DELAY_MS);
    let reading: PageReading | undefined;
    performance.mark('lede:extract-start');
    const extractStart = performance.now();
    try {
      reading = await sendToTab(browser, tabId, 'popup→content:extract', { force });
    } catch {
      // No content script answers: a browser page, a web store, the PDF viewer, or a tab opened before install.
      reading = undefined;
    }
    const extractMs = performance.now() - extractStart;
    performance.mark('lede:extracted');
    if (mine !== turn) return clearTimeout(skeleton);
    const problem = readingProblem(doc, reading, () => void live(true));
    if (problem || !reading?.ok) {
      clearTimeout(skeleton);
      redraw = null;
      show(problem ?? restrictedView(doc));
      if (force) doc.querySelector<HTMLElement>('.state-title')?.focus();
      return;
    }
    const { article } = reading;
    const pageUrl = found?.pageUrl ?? null;
    // The background's answer for the settings and language choice it was asked with, so a redraw for another
    // setting (the on-device summary) renders again without asking.
    let kept: { key: string; reply: PopupDigestReply } | null = null;
    const draw = async (): Promise<void> => {
      const drawn = ++turn;
      const options = { summaryLength: settings.summaryLength, keyQuotes: settings.keyQuotes };
      const key = JSON.stringify([options, page.anyLanguage]);
      const reply = kept?.key === key ? kept.reply : await askForDigest(browser, {
        article, options, anyLanguage: page.anyLanguage, ...(pageUrl === null ? {} : { from: { tabId, pageUrl, extractMs } }),
      });
      clearTimeout(skeleton);
      if (drawn !== turn) return;
      performance.mark('lede:digested');
      // A missing answer is not kept: the next redraw asks again.
      if (reply) kept = { key, reply };
      show(replyView(doc, reply, article.url, settings, digestAnyway, page));
    };
    // "Digest anyway" on a page in a language the core does not read digests what is already read.
    const digestAnyway = (): void => {
      page.anyLanguage = true;
      void draw().then(() => doc.querySelector<HTMLElement>('.headline, .state-title')?.focus());
    };
    redraw = () => void draw();
    await draw();
    if (root.querySelector('.digest')) performance.mark('lede:digest-shown', { detail: { path: 'live' } });
    // After "Digest anyway", move focus to the result so keyboard and screen-reader users land on it.
    if (force) doc.querySelector<HTMLElement>('.headline, .state-title')?.focus();
  };

  const prepared = settings.prepareDigest && found && preparedMatches(found.entry, found.pageUrl, settings) ? found.entry : null;
  if (!prepared) return live(false);
  show(digestPanel(doc, prepared.digest, { lang: prepared.lang, articleUrl: prepared.articleUrl, meta: prepared.meta }, settings, page));
  performance.mark('lede:digest-shown', { detail: { path: 'prepared' } });
  // The prepared digest was made with the old settings: new ones mean reading the page again.
  redraw = () => void live(false);
}
