import type { Browser } from 'webextension-polyfill';
import type { Digest } from '../shared/digest-types.ts';
import type { Settings } from '../shared/settings.ts';
import { digestView, stateView } from './views.ts';
import { actionsBar, findQuoteInPage } from './actions.ts';
import { digestMeta, isUnusable, keyQuotes, noticeText, type DigestMeta } from './format.ts';
import { offerOnDeviceSummary } from './summary-switch.ts';

/** The tab the popup describes, and whether the reader asked for a digest despite the language. */
export interface PageContext {
  browser: Browser;
  tabId: number;
  anyLanguage: boolean;
  /** Stops an on-device summary still streaming into a view that a redraw replaced. */
  onDevice?: AbortController;
}

/** Where a digest came from, for its view: the article's language and the URL the copy actions cite. */
export interface DigestSource {
  lang: string | null;
  articleUrl: string | null;
  /** The meta lines, when made ahead (the background does, so the popup's first paint needs no Intl start-up). */
  meta?: DigestMeta | undefined;
}

/**
 * The digest on screen with its actions: the same view whether the background prepared the digest or the popup
 * made it just now. Needs no core code, so the popup's first script stays small.
 */
export function digestPanel(doc: Document, result: Digest, source: DigestSource, settings: Settings, page: PageContext): HTMLElement {
  // No sentences, only names, only quotation marks: one line saying why beats a headline over nothing (issue 17).
  if (isUnusable(result)) return stateView(doc, 'no-digest', noticeText(result) ?? '', null);
  let say = (_message: string): void => undefined;
  const meta = source.meta ?? digestMeta(result.article);
  const view = digestView(doc, result, settings.keyQuotes, {
    onQuote: (quote) => void findQuoteInPage(page.browser, page.tabId, result, quote).then((problem) => problem && say(problem)),
  }, meta.shown);
  const bar = actionsBar(doc, page.browser, {
    digest: result,
    // Unfolded ("Show all"), a copy takes every quote; folded, the key quotes the reader sees.
    shownQuotes: () => (view.querySelector('.show-all-quotes[aria-expanded="true"]') ? result.quotes : keyQuotes(result.quotes, settings.keyQuotes)),
    url: source.articleUrl,
    meta: meta.copied,
  });
  say = bar.say;
  view.append(bar.element);
  // The article's own words are in its language, the interface around them in the reader's: tell screen readers.
  if (source.lang) for (const node of view.querySelectorAll<HTMLElement>('.headline, .summary, .quote-text')) node.lang = source.lang;
  page.onDevice?.abort();
  const section = view.querySelector<HTMLElement>('.summary-section');
  if (settings.onDeviceSummary && section) {
    page.onDevice = new AbortController();
    void offerOnDeviceSummary(doc, section, result, { length: settings.summaryLength, lang: source.lang, signal: page.onDevice.signal });
  }
  return view;
}
