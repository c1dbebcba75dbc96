import { describe, expect, test } from 'vitest';
import type { Browser, Menus, Tabs } from 'webextension-polyfill';
import { DIGEST_MENU_ID, openDigest } from '../../src/background/context-menu.ts';

/** A browser whose action.openPopup resolves, rejects or is missing; records the windows it is asked to open. */
function fakeBrowser(openPopup: 'works' | 'refused' | 'missing') {
  const calls: string[] = [];
  const action = openPopup === 'missing' ? {} : {
    openPopup: () => {
      calls.push('openPopup');
      return openPopup === 'works' ? Promise.resolve() : Promise.reject(new Error('not allowed'));
    },
  };
  const browser = {
    action,
    runtime: { getURL: (path: string) => `chrome-extension://id/${path}` },
    windows: { create: async (data: { url: string; type: string }) => void calls.push(`window ${data.type} ${data.url}`) },
  };
  return { browser: browser as unknown as Browser, calls };
}

const click = (menuItemId: string) => ({ menuItemId, editable: false }) as unknown as Menus.OnClickData;
const tab = { id: 7 } as Tabs.Tab;
const settle = () => new Promise((r) => setTimeout(r, 0));

describe('"Digest this page"', () => {
  test.each([
    ['opens the toolbar popup where the browser allows it', 'works', ['openPopup']],
    ['falls back to the popup in a small window for that tab', 'refused', ['openPopup', 'window popup chrome-extension://id/popup.html?tabId=7']],
    ['opens the window directly where openPopup does not exist', 'missing', ['window popup chrome-extension://id/popup.html?tabId=7']],
  ] as const)('%s', async (_label, mode, expected) => {
    const { browser, calls } = fakeBrowser(mode);
    openDigest(browser, click(DIGEST_MENU_ID), tab);
    await settle();
    expect(calls).toEqual(expected);
  });

  test('ignores other menu items and clicks without a tab', async () => {
    const { browser, calls } = fakeBrowser('works');
    openDigest(browser, click('someone-else'), tab);
    openDigest(browser, click(DIGEST_MENU_ID), undefined);
    await settle();
    expect(calls).toEqual([]);
  });
});
