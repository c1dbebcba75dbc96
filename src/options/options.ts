import type { Browser } from 'webextension-polyfill';
import { readSettings, writeSettings, type Settings } from '../shared/settings.ts';
import { onSettingsChange } from '../shared/settings-watch.ts';
import { t, translatePage, uiLanguage } from '../shared/i18n.ts';

/** Puts settings into the form's controls. */
export function fillForm(form: HTMLFormElement, settings: Settings): void {
  for (const radio of form.querySelectorAll<HTMLInputElement>('input[name="summaryLength"]')) radio.checked = radio.value === settings.summaryLength;
  form.querySelector<HTMLSelectElement>('#keyQuotes')!.value = String(settings.keyQuotes);
  form.querySelector<HTMLInputElement>('#autoDetect')!.checked = settings.autoDetect;
  form.querySelector<HTMLInputElement>('#onDeviceSummary')!.checked = settings.onDeviceSummary;
  const prepare = form.querySelector<HTMLInputElement>('#prepareDigest')!;
  prepare.checked = settings.prepareDigest;
  // Preparing starts from detection: with detection off there is nothing to prepare on.
  prepare.disabled = !settings.autoDetect;
}

/** The one setting a changed control stands for, or null for anything else. */
export function settingFromControl(control: EventTarget | null): Partial<Settings> | null {
  const input = control as HTMLInputElement | HTMLSelectElement | null;
  switch (input?.name) {
    case 'summaryLength': return input.value === 'short' || input.value === 'medium' || input.value === 'long' ? { summaryLength: input.value } : null;
    case 'keyQuotes': return { keyQuotes: Number(input.value) };
    case 'autoDetect': return { autoDetect: (input as HTMLInputElement).checked };
    case 'onDeviceSummary': return { onDeviceSummary: (input as HTMLInputElement).checked };
    case 'prepareDigest': return { prepareDigest: (input as HTMLInputElement).checked };
    default: return null;
  }
}

/** The options page: every change is saved at once to storage.sync, and changes made elsewhere show up here. */
export async function runOptions(browser: Browser, doc: Document): Promise<void> {
  doc.documentElement.lang = uiLanguage();
  doc.title = t('optionsTitle');
  translatePage(doc);
  const form = doc.querySelector<HTMLFormElement>('#settings');
  const status = doc.querySelector<HTMLElement>('#status');
  if (!form || !status) return;
  fillForm(form, await readSettings(browser.storage.sync));
  form.addEventListener('change', (event) => {
    const change = settingFromControl(event.target);
    if (!change) return;
    void writeSettings(browser.storage.sync, change).then(() => (status.textContent = t('settingsSaved')));
  });
  onSettingsChange(browser, (_changed, settings) => fillForm(form, settings));
  void showShortcut(browser, doc);
}

/** "Shortcut: Alt+Shift+L opens Lede.", with the key the reader actually has (it can be changed in the browser). */
async function showShortcut(browser: Browser, doc: Document): Promise<void> {
  const line = doc.querySelector<HTMLElement>('#shortcut');
  const commands = await browser.commands?.getAll().catch(() => []) ?? [];
  const shortcut = commands.find((c) => c.name === '_execute_action')?.shortcut;
  if (line && shortcut) line.textContent = t('shortcutHint', shortcut);
}
