import type { Browser } from 'webextension-polyfill';
import { digest } from '../core/digest.ts';
import type { PageReading } from '../content/read-page.ts';
import { sendToTab } from '../shared/messages.ts';
import { readSettings, type Settings } from '../shared/settings.ts';
import { digestView, skeletonView, stateView } from './views.ts';
import { t, uiLanguage } from '../shared/i18n.ts';
import { onSettingsChange } from '../shared/settings-watch.ts';
import { articleLanguage, supportedLanguage } from '../core/language.ts';
import { actionsBar, findQuoteInPage } from './actions.ts';
import { failureTitle, keyQuotes, metaLine } from './format.ts';
import { offerOnDeviceSummary } from './summary-switch.ts';

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
  // Screen readers pronounce the interface in its own language (the strings come from _locales/).
  doc.documentElement.lang = uiLanguage();
  const show = (view: HTMLElement): void => {
    root.replaceChildren(view);
    root.setAttribute('aria-busy', String(view.dataset['state'] === 'loading'));
  };
  const [initialSettings, tabId] = await Promise.all([readSettings(browser.storage.sync), targetTabId(browser, search)]);
  let settings = initialSettings;
  if (tabId === null) return show(restrictedView(doc));
  const page: PageContext = { browser, tabId, anyLanguage: false };
  let shown: { reading: PageReading | undefined; digestAnyway: () => void } | null = null;
  const render = (reading: PageReading | undefined, digestAnyway: () => void): void => {
    shown = { reading, digestAnyway };
    show(viewFor(doc, reading, settings, digestAnyway, page));
  };
  // Options changed while the popup is open (summary length, key quotes): redraw the same reading at once.
  onSettingsChange(browser, (_changed, next) => {
    settings = next;
    if (shown) render(shown.reading, shown.digestAnyway);
  });

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
    render(reading, () => {
      // "Digest anyway" on a page in an unsupported language digests what is already read.
      if (reading?.ok) {
        page.anyLanguage = true;
        render(reading, () => undefined);
        doc.querySelector<HTMLElement>('.headline')?.focus();
        return;
      }
      void load(true);
    });
    if (reading?.ok) performance.mark('lede:digest-shown');
    // After "Digest anyway", move focus to the result so keyboard and screen-reader users land on it.
    if (force) doc.querySelector<HTMLElement>('.headline, .state-title')?.focus();
  };
  await load(false);
}

/** The tab the popup describes, and whether the reader asked for a digest despite the language. */
interface PageContext {
  browser: Browser;
  tabId: number;
  anyLanguage: boolean;
  /** Stops an on-device summary still streaming into a view that a redraw replaced. */
  onDevice?: AbortController;
}

function viewFor(doc: Document, reading: PageReading | undefined, settings: Settings, digestAnyway: () => void, page: PageContext): HTMLElement {
  if (!reading || typeof reading !== 'object' || !('ok' in reading)) return restrictedView(doc);
  if (!reading.ok && reading.reason === 'not-article') {
    return stateView(doc, 'not-article', t('notArticleTitle'), t('notArticleDetail'), { label: t('digestAnyway'), run: digestAnyway });
  }
  if (!reading.ok) return stateView(doc, 'failed', failureTitle(reading), t('failedDetail'));
  // A language the core does not read gives a poor digest: say so instead, and let the reader insist.
  const lang = articleLanguage(reading.article.lang, reading.article.paragraphs);
  if (!page.anyLanguage && !supportedLanguage(lang)) {
    return stateView(doc, 'unsupported-language', t('unsupportedLanguageTitle', languageName(lang!)), t('unsupportedLanguageDetail'),
      { label: t('digestAnyway'), run: digestAnyway });
  }
  try {
    const result = digest(reading.article, { summaryLength: settings.summaryLength, keyQuotes: settings.keyQuotes });
    performance.mark('lede:digested');
    let say = (_message: string): void => undefined;
    const view = digestView(doc, result, settings.keyQuotes, {
      onQuote: (quote) => void findQuoteInPage(page.browser, page.tabId, result, quote).then((problem) => problem && say(problem)),
    });
    const bar = actionsBar(doc, page.browser, {
      digest: result,
      // Unfolded ("Show all"), a copy takes every quote; folded, the key quotes the reader sees.
      shownQuotes: () => (view.querySelector('.show-all-quotes[aria-expanded="true"]') ? result.quotes : keyQuotes(result.quotes, settings.keyQuotes)),
      url: reading.article.url,
      meta: metaLine(result.article, uiLanguage()),
    });
    say = bar.say;
    view.append(bar.element);
    // The article's own words are in its language, the interface around them in the reader's: tell screen readers.
    if (lang) for (const node of view.querySelectorAll<HTMLElement>('.headline, .summary, .quote-text')) node.lang = lang;
    page.onDevice?.abort();
    const section = view.querySelector<HTMLElement>('.summary-section');
    if (settings.onDeviceSummary && section) {
      page.onDevice = new AbortController();
      void offerOnDeviceSummary(doc, section, result, { length: settings.summaryLength, lang, signal: page.onDevice.signal });
    }
    return view;
  } catch {
    return stateView(doc, 'failed', t('digestFailed'), null);
  }
}

/** A language's name in the interface language ("Italian", "italien"), or "this language". */
function languageName(lang: string): string {
  try {
    const name = new Intl.DisplayNames([uiLanguage()], { type: 'language' }).of(lang);
    if (name && name !== lang && !/^und\b/i.test(lang)) return name;
  } catch {
    // An invalid tag from the page.
  }
  return t('thisLanguage');
}

function restrictedView(doc: Document): HTMLElement {
  return stateView(doc, 'restricted', t('restrictedTitle'), t('restrictedDetail'));
}
