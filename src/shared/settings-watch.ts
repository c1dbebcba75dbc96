import type { Browser, Storage } from 'webextension-polyfill';
import { DEFAULTS, readSettings, type Settings } from './settings.ts';

/** Names of the settings a storage.onChanged event touches: `changedSettings({ keyQuotes: {…} }) → ['keyQuotes']`. */
export function changedSettings(changes: Record<string, Storage.StorageChange>): Array<keyof Settings> {
  return (Object.keys(DEFAULTS) as Array<keyof Settings>).filter((key) => Object.hasOwn(changes, key));
}

/**
 * Calls onChange with the changed setting names and the complete new settings whenever storage.sync changes them
 * (the options page, or another device through sync), so every runtime follows a change at once.
 */
export function onSettingsChange(browser: Browser, onChange: (changed: Array<keyof Settings>, settings: Settings) => void): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'sync') return;
    const changed = changedSettings(changes);
    if (changed.length === 0) return;
    void readSettings(browser.storage.sync).then((settings) => onChange(changed, settings));
  });
}
