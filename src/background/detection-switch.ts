import type { Browser } from 'webextension-polyfill';
import { onSettingsChange } from '../shared/settings-watch.ts';
import type { TabStates } from '../shared/tab-state.ts';
import { clearVerdict } from './badge.ts';

/**
 * Follows the "detect automatically" setting: switched off, every tab's verdict and badge go at once (content
 * scripts stop reporting); switched on, the content scripts report again by themselves.
 */
export function followDetectionSetting(browser: Browser, states: TabStates): void {
  onSettingsChange(browser, (changed, settings) => {
    if (!changed.includes('autoDetect') || settings.autoDetect) return;
    void states.tabIds().then((tabIds) => Promise.all(tabIds.map(async (tabId) => {
      await states.clear(tabId);
      await clearVerdict(browser, tabId);
    })));
  });
}
