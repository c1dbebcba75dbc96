import type { Browser } from 'webextension-polyfill';
import { listen } from '../shared/messages.ts';
import { PreparedDigests, TabStates } from '../shared/tab-state.ts';
import { showVerdict, clearVerdict } from './badge.ts';
import { registerDigestMenu } from './context-menu.ts';
import { followDetectionSetting } from './detection-switch.ts';
import { readSettings } from '../shared/settings.ts';
import { followPrepareSettings, prepareDigest } from './prepare-digest.ts';
import { digestForPopup } from './popup-digest.ts';

/**
 * The background keeps each tab's detection verdict in storage.session (it survives the service worker being
 * stopped) and mirrors it in the toolbar badge. On detected articles it also digests the article the content script
 * extracted while the page was idle, and keeps that digest per tab and page URL for the popup to show at once; when
 * nothing prepared fits, the popup sends the article it read and the background digests it (the core is only here).
 * Listeners are registered synchronously, as MV3 requires for an event to wake a stopped worker.
 */
export function startBackground(browser: Browser): void {
  const states = new TabStates(browser.storage.session);
  const prepared = new PreparedDigests(browser.storage.session);

  listen<'background'>(browser, {
    'content→background:detected': async ({ isArticle, signals }, { tabId }) => {
      // isAllowedSender already refused messages without a tab; this narrows the type.
      if (tabId === null) return { ok: true };
      // A report sent just before auto-detection was switched off must not light the badge again.
      if (!(await readSettings(browser.storage.sync)).autoDetect) return { ok: true };
      // A new verdict means a new page or a re-detection: any digest prepared before belongs to the old one.
      await prepared.clear(tabId);
      await states.set(tabId, { isArticle, signals, detectedAt: Date.now() });
      await showVerdict(browser, tabId, isArticle);
      return { ok: true };
    },
    'content→background:prepare': async ({ url, article, extractMs, tasks }, { tabId, url: senderUrl }) => {
      if (tabId === null) return { ok: false };
      return { ok: await prepareDigest(browser, states, prepared, { tabId, senderUrl, url, article, extractMs, ...(tasks ? { tasks } : {}) }) };
    },
    // The popup's slow path: the popup sends the article it read, the core runs here (it is bundled only here).
    'popup→background:digest': (request) => digestForPopup({ browser, states, prepared }, request),
  });

  const forget = async (tabId: number): Promise<void> => {
    await Promise.all([states.clear(tabId), prepared.clear(tabId)]);
    await clearVerdict(browser, tabId);
  };

  // A new document (status "loading") or a new URL makes the old verdict stale; the content script reports again.
  // Without the `tabs` permission Chrome omits changeInfo.url, so "loading" is what reliably signals navigation.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading' || change.url !== undefined) void forget(tabId);
  });
  browser.tabs.onRemoved.addListener((tabId) => void Promise.all([states.clear(tabId), prepared.clear(tabId)]));
  registerDigestMenu(browser);
  followDetectionSetting(browser, states);
  followPrepareSettings(browser, prepared);
}
