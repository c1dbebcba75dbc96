import english from '../../_locales/en/messages.json' with { type: 'json' };

/** Every interface string's name; _locales/en/messages.json is the reference list the other locales follow. */
export type MessageKey = keyof typeof english;

interface LocaleEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

interface I18nApi {
  getMessage(key: string, substitutions?: string | string[]): string;
}

// chrome.i18n in Chromium, browser.i18n in Firefox; absent under Node (unit tests, the command line).
function browserI18n(): I18nApi | null {
  const scope = globalThis as { chrome?: { i18n?: I18nApi }; browser?: { i18n?: I18nApi } };
  return scope.browser?.i18n ?? scope.chrome?.i18n ?? null;
}

/**
 * Fills a messages.json entry the way browsers do: named placeholders ($COUNT$) take their content, then $1…$9
 * take the substitutions. Example: `fillMessage({ message: '$N$ min', placeholders: { n: { content: '$1' } } }, ['3']) === '3 min'`.
 */
export function fillMessage(entry: LocaleEntry, substitutions: readonly string[]): string {
  const named = entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
    const placeholder = entry.placeholders?.[name.toLowerCase()];
    return placeholder ? placeholder.content : whole;
  });
  // One pass, so "$$" (a literal dollar) is never read as the start of "$1".
  return named.replace(/\$(\$|\d)/g, (_whole, next: string) => (next === '$' ? '$' : substitutions[Number(next) - 1] ?? ''));
}

/**
 * One interface string in the browser's language, from _locales/; English when no browser API is there.
 * Example: `t('showAllQuotes', '7') === 'Show all 7 quotes'` in an English browser.
 */
export function t(key: MessageKey, ...substitutions: string[]): string {
  const fromBrowser = browserI18n()?.getMessage(key, substitutions);
  if (fromBrowser) return fromBrowser;
  // The extension's bundles leave the English table out (build.mjs), the browser having answered above.
  const entry = english[key] as LocaleEntry | undefined;
  return entry ? fillMessage(entry, substitutions) : key;
}

/**
 * The language the interface strings are actually in (e.g. 'fr'; 'en' when the browser's language has no locale
 * here): the pages' lang attribute, and the locale for dates and language names, so they match the words around them.
 */
export function uiLanguage(): string {
  return t('localeCode');
}

/**
 * Fills every element marked `data-i18n="key"` with its string (as text, never markup), and
 * `data-i18n-label="key"` into aria-label. Static pages (options.html) name their strings this way.
 */
export function translatePage(root: ParentNode): void {
  for (const node of root.querySelectorAll<HTMLElement>('[data-i18n]')) {
    node.textContent = t(node.dataset['i18n'] as MessageKey);
  }
  for (const node of root.querySelectorAll<HTMLElement>('[data-i18n-label]')) {
    node.setAttribute('aria-label', t(node.dataset['i18nLabel'] as MessageKey));
  }
}
