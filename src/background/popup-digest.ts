import type { Browser } from 'webextension-polyfill';
import { digest } from '../core/digest.ts';
import { articleLanguage, supportedLanguage } from '../core/text/index.ts';
import type { PopupDigestReply, PopupDigestRequest } from '../shared/messages.ts';
import { digestMeta } from '../shared/meta-line.ts';
import { readSettings } from '../shared/settings.ts';
import type { PreparedDigests, TabStates } from '../shared/tab-state.ts';

/** Where the background keeps what it knows per tab, and its clock (a parameter for tests). */
export interface PopupDigestStores {
  browser: Browser;
  states: TabStates;
  prepared: PreparedDigests;
  now?: () => number;
}

/**
 * Digests the article the popup read just now (its slow path), so the core lives only in the background's bundle.
 * Always answers: a language the core does not read, unless the reader insisted, and any failure of the core or of
 * the request's shape are replies, never a rejection, so the popup never waits on a missing answer.
 * The digest is also kept as the tab's prepared digest when preparing would have kept the same one (see keepAsPrepared),
 * so the popup opened again on that page shows it at once; the reply does not wait for that.
 */
export async function digestForPopup(stores: PopupDigestStores, request: PopupDigestRequest): Promise<PopupDigestReply> {
  const now = stores.now ?? (() => performance.now());
  try {
    const { article, options } = request;
    const lang = articleLanguage(article.lang, article.paragraphs);
    const supported = supportedLanguage(lang);
    if (!supported && request.anyLanguage !== true) return { ok: false, reason: 'unsupported-language', lang };
    const started = now();
    const result = digest(article, { summaryLength: options.summaryLength, keyQuotes: options.keyQuotes });
    const digestMs = now() - started;
    const meta = digestMeta(result.article);
    if (supported && request.from) {
      const { tabId, pageUrl, extractMs } = request.from;
      void keepAsPrepared(stores, tabId, {
        url: pageUrl, digest: result, lang, articleUrl: article.url, meta, options: { summaryLength: options.summaryLength, keyQuotes: options.keyQuotes },
        preparedAt: Date.now(), timing: { extractMs, digestMs },
      }).catch(() => undefined);
    }
    return { ok: true, digest: result, lang, meta };
  } catch {
    // The core threw, or the request was not the shape the popup sends: the popup says the digest failed.
    return { ok: false, reason: 'failed' };
  }
}

/**
 * Keeps the popup's digest for (tab, page URL, digest settings) on the same terms as preparing (prepare-digest.ts):
 * preparing on, the tab's verdict "article", a language the core reads. So the entry is the one preparing would have
 * made for that page and those settings, and the popup's own checks (same URL, same settings) decide when it is shown;
 * a digest the reader forced ("Digest anyway" on a non-article or an unread language) is never shown unasked.
 */
async function keepAsPrepared(stores: PopupDigestStores, tabId: number, entry: Parameters<PreparedDigests['set']>[1]): Promise<void> {
  const settings = await readSettings(stores.browser.storage.sync);
  if (!settings.autoDetect || !settings.prepareDigest) return;
  if (!(await stores.states.get(tabId))?.isArticle) return;
  await stores.prepared.set(tabId, entry);
}
