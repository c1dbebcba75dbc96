import type { Browser, Menus, Tabs } from 'webextension-polyfill';
import { t } from '../shared/i18n.ts';

export const DIGEST_MENU_ID = 'lede-digest-page';
// A window about the size of the toolbar popup, for browsers where the popup cannot be opened from a menu.
const POPUP_WINDOW = { width: 440, height: 640 };

/**
 * Registers "Digest this page" on the page's context menu. Menus persist in the browser, so they are (re)created
 * when the extension is installed or updated and when the browser starts, after clearing any left from before.
 */
export function registerDigestMenu(browser: Browser): void {
  const create = async (): Promise<void> => {
    await browser.contextMenus.removeAll();
    browser.contextMenus.create({ id: DIGEST_MENU_ID, title: t('contextMenuDigest'), contexts: ['page'] });
  };
  browser.runtime.onInstalled.addListener(() => void create());
  browser.runtime.onStartup.addListener(() => void create());
  browser.contextMenus.onClicked.addListener((info, tab) => openDigest(browser, info, tab));
}

/**
 * Opens the digest of the tab the menu was used in: the toolbar popup where the browser lets an extension open it
 * (it describes the active tab, which is this one), else popup.html?tabId=N in a small window.
 */
export function openDigest(browser: Browser, info: Menus.OnClickData, tab: Tabs.Tab | undefined): void {
  if (info.menuItemId !== DIGEST_MENU_ID || tab?.id === undefined) return;
  const tabId = tab.id;
  const fallback = (): Promise<unknown> =>
    browser.windows.create({ url: browser.runtime.getURL(`popup.html?tabId=${tabId}`), type: 'popup', ...POPUP_WINDOW });
  // Called synchronously in the click handler: Firefox allows openPopup only while handling the user's action.
  const openPopup = (browser.action as { openPopup?: () => Promise<void> }).openPopup;
  if (!openPopup) {
    void fallback().catch(() => undefined);
    return;
  }
  void openPopup.call(browser.action).catch(() => fallback()).catch(() => undefined);
}
