import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { describe, expect, test } from 'vitest';
import type { Browser } from 'webextension-polyfill';
import { runOptions, settingFromControl } from '../../src/options/options.ts';
import { DEFAULTS, readSettings } from '../../src/shared/settings.ts';
import { MemoryStorageArea } from '../../src/shared/storage.ts';

/** Just the browser APIs the options page uses: storage.sync, storage.onChanged, commands. */
function fakeBrowser() {
  const sync = new MemoryStorageArea();
  const listeners: Array<(changes: Record<string, { newValue?: unknown }>, area: string) => void> = [];
  const browser = {
    storage: {
      sync: {
        get: (keys?: string | string[] | null) => sync.get(keys),
        set: async (items: Record<string, unknown>) => {
          await sync.set(items);
          const changes = Object.fromEntries(Object.entries(items).map(([k, v]) => [k, { newValue: v }]));
          listeners.forEach((l) => l(changes, 'sync'));
        },
        remove: (keys: string | string[]) => sync.remove(keys),
      },
      onChanged: { addListener: (l: (typeof listeners)[number]) => listeners.push(l) },
    },
    commands: { getAll: async () => [{ name: '_execute_action', shortcut: 'Alt+Shift+L' }] },
  };
  return { browser: browser as unknown as Browser, sync: browser.storage.sync };
}

async function openOptions() {
  const { window } = new JSDOM(readFileSync('src/options/options.html', 'utf8'));
  const fake = fakeBrowser();
  await runOptions(fake.browser, window.document);
  await new Promise((r) => setTimeout(r, 0));
  return { doc: window.document, window, ...fake };
}

const flush = () => new Promise((r) => setTimeout(r, 10));

describe('options page', () => {
  test('shows the defaults, every label translated, and the shortcut', async () => {
    const { doc } = await openOptions();
    expect(doc.querySelector<HTMLInputElement>('input[value="medium"]')!.checked).toBe(true);
    expect(doc.querySelector<HTMLSelectElement>('#keyQuotes')!.value).toBe(String(DEFAULTS.keyQuotes));
    expect(doc.querySelector<HTMLInputElement>('#autoDetect')!.checked).toBe(DEFAULTS.autoDetect);
    expect(doc.querySelector('#autoDetect-hint')!.textContent).toBe('Off: Lede reads a page only when you open it.');
    expect(doc.querySelector<HTMLInputElement>('#prepareDigest')!.checked).toBe(DEFAULTS.prepareDigest);
    expect(doc.querySelector('label[for="prepareDigest"]')!.textContent).toBe('Prepare the digest when an article is detected');
    expect(doc.querySelector('#shortcut')!.textContent).toBe('Shortcut: Alt+Shift+L opens Lede.');
    // Every control has a label a screen reader can announce.
    for (const control of doc.querySelectorAll('input, select')) {
      expect(control.closest('label') ?? doc.querySelector(`label[for="${control.id}"]`), control.outerHTML).not.toBeNull();
    }
  });

  test.each([
    ['a shorter summary', (doc: Document) => doc.querySelector<HTMLInputElement>('input[value="short"]')!, { summaryLength: 'short' }],
    ['three key quotes', (doc: Document) => { const s = doc.querySelector<HTMLSelectElement>('#keyQuotes')!; s.value = '3'; return s; }, { keyQuotes: 3 }],
    ['no auto-detection', (doc: Document) => doc.querySelector<HTMLInputElement>('#autoDetect')!, { autoDetect: false }],
    ['no on-device summary', (doc: Document) => doc.querySelector<HTMLInputElement>('#onDeviceSummary')!, { onDeviceSummary: false }],
    ['no preparing ahead', (doc: Document) => doc.querySelector<HTMLInputElement>('#prepareDigest')!, { prepareDigest: false }],
  ] as const)('saves %s at once', async (_label, pick, expected) => {
    const { doc, window, sync } = await openOptions();
    const control = pick(doc);
    if (control instanceof window.HTMLInputElement) control.click();
    else control.dispatchEvent(new window.Event('change', { bubbles: true }));
    await flush();
    expect(await readSettings(sync)).toEqual({ ...DEFAULTS, ...expected });
    expect(doc.querySelector('#status')!.textContent).toBe('Saved.');
  });

  test('follows a change made elsewhere (another window, sync)', async () => {
    const { doc, sync } = await openOptions();
    await sync.set({ keyQuotes: 5, autoDetect: false });
    await flush();
    expect(doc.querySelector<HTMLSelectElement>('#keyQuotes')!.value).toBe('5');
    expect(doc.querySelector<HTMLInputElement>('#autoDetect')!.checked).toBe(false);
    // Preparing needs detection: its box greys out with detection off.
    expect(doc.querySelector<HTMLInputElement>('#prepareDigest')!.disabled).toBe(true);
  });

  test('settingFromControl ignores unknown controls and values', () => {
    expect(settingFromControl(null)).toBeNull();
    expect(settingFromControl({ name: 'summaryLength', value: 'huge' } as unknown as EventTarget)).toBeNull();
    expect(settingFromControl({ name: 'other', value: '1' } as unknown as EventTarget)).toBeNull();
  });
});
