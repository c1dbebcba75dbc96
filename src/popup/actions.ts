import type { Browser } from 'webextension-polyfill';
import type { Digest, Quote } from '../shared/digest-types.ts';
import { t } from '../shared/i18n.ts';
import { el } from './dom.ts';
import { digestMarkdown, digestPlainText, type CopyInput } from './markdown.ts';
import { sendToTab } from '../shared/messages.ts';

/** What the action bar needs from the digest on screen. */
export interface ActionContext {
  digest: Digest;
  /** The quotes the popup shows right now (key quotes, or all once unfolded). */
  shownQuotes: () => Quote[];
  url: string | null;
  meta: string;
}

// The status line says what happened, then clears, so a second copy is announced again.
const STATUS_MS = 4000;

/**
 * The digest's action bar: copy as Markdown, copy as text, settings; with a polite status line for the result,
 * which `say` also serves for other actions (a quote not found in the page).
 */
export function actionsBar(doc: Document, browser: Browser, context: ActionContext): { element: HTMLElement; say: (message: string) => void } {
  const status = el(doc, 'p', { class: 'action-status', attrs: { role: 'status' } });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const say = (message: string): void => {
    clearTimeout(timer);
    status.textContent = message;
    timer = setTimeout(() => (status.textContent = ''), STATUS_MS);
  };
  const copy = (format: (input: CopyInput) => string) => async (): Promise<void> => {
    const input: CopyInput = {
      digest: context.digest, quotes: context.shownQuotes(), url: context.url, meta: context.meta,
      labels: { keyQuotes: t('keyQuotesHeading'), people: t('peopleHeading'), organizations: t('organizationsLabel'), source: t('sourceLabel') },
    };
    try {
      await navigator.clipboard.writeText(format(input));
      say(t('copied'));
    } catch {
      say(t('copyFailed'));
    }
  };
  const button = (label: string, className: string, run: () => unknown): HTMLButtonElement => {
    const b = el(doc, 'button', { class: `action ${className}`, attrs: { type: 'button' } }, label);
    b.addEventListener('click', () => void run());
    return b;
  };
  const element = el(doc, 'footer', { class: 'actions' },
    el(doc, 'div', { class: 'action-row', attrs: { role: 'group', 'aria-label': t('actionsLabel') } },
      button(t('copyMarkdown'), 'copy-markdown', copy(digestMarkdown)),
      button(t('copyText'), 'copy-text', copy(digestPlainText)),
      button(t('openSettings'), 'open-settings', () => browser.runtime.openOptionsPage())),
    status);
  return { element, say };
}

/**
 * Asks the tab's content script to scroll to a quote and highlight it; resolves to a sentence for the status line
 * when the quote could not be found (or the tab no longer answers), null when it is shown.
 */
export async function findQuoteInPage(browser: Browser, tabId: number, digest: Digest, quote: Quote): Promise<string | null> {
  try {
    const { shown } = await sendToTab(browser, tabId, 'popup→content:highlight', {
      text: quote.text,
      paragraph: digest.text.slice(quote.paragraphSpan.start, quote.paragraphSpan.end),
      offsetInParagraph: quote.span.start - quote.paragraphSpan.start,
    });
    return shown ? null : t('quoteNotFound');
  } catch {
    return t('quoteNotFound');
  }
}
