import type { Browser } from 'webextension-polyfill';
import { digest } from '../core/digest.ts';
import { articleLanguage, supportedLanguage } from '../core/text/index.ts';
import type { Article } from '../core/types.ts';
import { readSettings } from '../shared/settings.ts';
import { onSettingsChange } from '../shared/settings-watch.ts';
import { PreparedDigests, type TabStates, type TaskTime } from '../shared/tab-state.ts';
import { digestMeta } from '../shared/meta-line.ts';
import { pageUrl } from '../shared/page-url.ts';

/** What a content script hands over for preparing, and the tab and frame URL the browser says it came from. */
export interface PrepareRequest {
  tabId: number;
  senderUrl: string | null;
  url: string;
  article: Article;
  extractMs: number;
  tasks?: TaskTime[];
}

/**
 * Digests a detected article ahead of the popup and stores it for (tab, page URL). Refused unless preparing is on,
 * the tab's current verdict is "article", the content script's URL is the page it names, and the article is in a
 * language the core reads (the popup explains other languages itself). Resolves to whether it stored a digest.
 */
export async function prepareDigest(browser: Browser, states: TabStates, prepared: PreparedDigests, request: PrepareRequest, now = () => performance.now()): Promise<boolean> {
  const settings = await readSettings(browser.storage.sync);
  if (!settings.autoDetect || !settings.prepareDigest) return false;
  if (request.senderUrl === null || pageUrl(request.senderUrl) !== request.url) return false;
  if (!(await states.get(request.tabId))?.isArticle) return false;
  const { article } = request;
  const lang = articleLanguage(article.lang, article.paragraphs);
  if (!supportedLanguage(lang)) return false;
  const options = { summaryLength: settings.summaryLength, keyQuotes: settings.keyQuotes };
  const started = now();
  const result = digest(article, options);
  const digestMs = now() - started;
  // The verdict may have been withdrawn (navigation, detection switched off) while the digest ran.
  if (!(await states.get(request.tabId))?.isArticle) return false;
  await prepared.set(request.tabId, {
    url: request.url, digest: result, lang, articleUrl: article.url, meta: digestMeta(result.article), options, preparedAt: Date.now(),
    timing: { extractMs: request.extractMs, digestMs, ...(request.tasks ? { tasks: request.tasks } : {}) },
  });
  return true;
}

/** Prepared digests made with other settings, or with preparing now off, are dropped at once. */
export function followPrepareSettings(browser: Browser, prepared: PreparedDigests): void {
  onSettingsChange(browser, (changed) => {
    if (changed.some((key) => key === 'prepareDigest' || key === 'autoDetect' || key === 'summaryLength' || key === 'keyQuotes')) void prepared.clearAll();
  });
}
