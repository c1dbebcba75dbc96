// The popup's slow path, when no prepared digest fits: the popup has the tab's content script read the article and
// asks the background to digest it. The core runs only in the background (its bundle already holds it for preparing),
// so the popup is one small script.
import type { Browser } from 'webextension-polyfill';
import { sendToBackground, type PopupDigestReply, type PopupDigestRequest } from '../shared/messages.ts';
import type { Settings } from '../shared/settings.ts';
import { t, uiLanguage } from '../shared/i18n.ts';
import { restrictedView, stateView } from './views.ts';
import { digestPanel, type PageContext } from './panel.ts';
import { failureTitle } from './format.ts';
import type { PageReading } from '../shared/page-reading.ts';

/**
 * How long the popup waits for the background's digest before saying it failed. The core takes milliseconds, and
 * issue 17's limits bound it on hostile pages (seconds at worst on a busy machine, with a stopped service worker to
 * start first); a background that never answers must end in a message, not an endless skeleton.
 */
export const DIGEST_TIMEOUT_MS = 10_000;

/**
 * Asks the background for the digest; null when it gives no answer in time, none at all (no listener, the worker
 * could not start), or not one of the shapes it sends.
 */
export async function askForDigest(browser: Browser, request: PopupDigestRequest, timeoutMs = DIGEST_TIMEOUT_MS): Promise<PopupDigestReply | null> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), timeoutMs)));
  try {
    const reply = await Promise.race([sendToBackground(browser, 'popup→background:digest', request).catch(() => null), late]);
    return isDigestReply(reply) ? reply : null;
  } finally {
    clearTimeout(timer);
  }
}

function isDigestReply(reply: unknown): reply is PopupDigestReply {
  if (reply === null || typeof reply !== 'object') return false;
  const r = reply as Record<string, unknown>;
  if (r['ok'] === true) return typeof r['digest'] === 'object' && r['digest'] !== null && typeof r['meta'] === 'object' && r['meta'] !== null;
  return r['ok'] === false && (r['reason'] === 'unsupported-language' || r['reason'] === 'failed');
}

/** Why the content script's reading gives nothing to digest (no answer, not an article, extraction failed), or null. */
export function readingProblem(doc: Document, reading: PageReading | undefined, digestAnyway: () => void): HTMLElement | null {
  if (!reading || typeof reading !== 'object' || !('ok' in reading)) return restrictedView(doc);
  if (!reading.ok && reading.reason === 'not-article') {
    return stateView(doc, 'not-article', t('notArticleTitle'), t('notArticleDetail'), { label: t('digestAnyway'), run: digestAnyway });
  }
  if (!reading.ok) return stateView(doc, 'failed', failureTitle(reading), t('failedDetail'));
  return null;
}

/** The view for the background's answer: the digest, why there is none, or (null: no answer) that it failed. */
export function replyView(doc: Document, reply: PopupDigestReply | null, articleUrl: string | null, settings: Settings, digestAnyway: () => void, page: PageContext): HTMLElement {
  if (reply?.ok) return digestPanel(doc, reply.digest, { lang: reply.lang, articleUrl, meta: reply.meta }, settings, page);
  // A language the core does not read gives a poor digest: say so instead, and let the reader insist.
  if (reply?.reason === 'unsupported-language') {
    return stateView(doc, 'unsupported-language', t('unsupportedLanguageTitle', languageName(reply.lang)), t('unsupportedLanguageDetail'),
      { label: t('digestAnyway'), run: digestAnyway });
  }
  return stateView(doc, 'failed', t('digestFailed'), null);
}

/** A language's name in the interface language ("Italian", "italien"), or "this language". */
export function languageName(lang: string | null): string {
  if (lang === null) return t('thisLanguage');
  try {
    const name = new Intl.DisplayNames([uiLanguage()], { type: 'language' }).of(lang);
    if (name && name !== lang && !/^und\b/i.test(lang)) return name;
  } catch {
    // An invalid tag from the page.
  }
  return t('thisLanguage');
}
