// Where the browser has an on-device summariser (Chrome's Summarizer API), the popup shows the extractive summary at
// once, then streams the on-device one into its place, labelled, with the extractive one a click away (issue 5).
import type { Digest, SummaryLength } from '../shared/digest-types.ts';
import { el } from './dom.ts';
import { t } from '../shared/i18n.ts';
import { onDeviceAvailability, summarizeOnDevice, type SummarizerStatic } from './on-device-summary.ts';

export interface SummarySwitchOptions {
  length: SummaryLength;
  lang: string | null;
  /** The Summarizer to use; the browser's when absent (tests pass a fake). */
  api?: SummarizerStatic | null;
  signal?: AbortSignal;
}

/**
 * Upgrades the digest view's `.summary-section` in place. Resolves when done; never rejects, and leaves the extractive
 * summary untouched whenever the on-device one is unavailable, fails or comes back empty.
 */
export async function offerOnDeviceSummary(doc: Document, section: HTMLElement, digest: Digest, options: SummarySwitchOptions): Promise<void> {
  const extractive = section.querySelector<HTMLElement>('.summary');
  if (!extractive || !digest.summary) return;
  const base = { length: options.length, lang: options.lang, title: digest.article.title, ...(options.api !== undefined ? { api: options.api } : {}), ...(options.signal ? { signal: options.signal } : {}) };
  const state = await onDeviceAvailability(base);
  if (state === 'unavailable') return;

  const status = el(doc, 'p', { class: 'summary-status', attrs: { role: 'status' } });
  section.append(status);
  const run = async (allowDownload: boolean): Promise<void> => {
    status.textContent = t('onDeviceWriting');
    const ai = el(doc, 'p', { class: 'summary summary-ai', attrs: { hidden: '' } });
    extractive.after(ai);
    const result = await summarizeOnDevice(digest.text, {
      ...base,
      allowDownload,
      onDownloadProgress: (fraction) => { status.textContent = t('onDeviceDownloading', String(Math.round(fraction * 100))); },
      // Stream into view: the reader sees the on-device summary grow where the extractive one stood.
      onChunk: (soFar) => { ai.textContent = soFar; ai.hidden = false; extractive.hidden = true; },
    });
    if (result === 'unavailable') {
      ai.remove();
      extractive.hidden = false;
      status.textContent = t('onDeviceFailed');
      return;
    }
    ai.textContent = result;
    status.replaceChildren(t('onDeviceLabel'), ' ', switchButton(doc, extractive, ai));
  };

  if (state === 'available') return run(false);
  // The model is not on the device yet: downloading it is the reader's choice, made with a click.
  const ask = el(doc, 'button', { class: 'toggle', attrs: { type: 'button' } }, t('onDeviceOffer'));
  ask.addEventListener('click', () => { ask.remove(); void run(true); });
  status.append(ask);
}

/** A quiet toggle between the on-device summary and the extractive one. */
function switchButton(doc: Document, extractive: HTMLElement, ai: HTMLElement): HTMLButtonElement {
  const button = el(doc, 'button', { class: 'toggle summary-switch', attrs: { type: 'button', 'aria-pressed': 'false' } }, t('showExtractiveSummary'));
  button.addEventListener('click', () => {
    const showingAi = !ai.hidden;
    ai.hidden = showingAi;
    extractive.hidden = !showingAi;
    button.setAttribute('aria-pressed', String(showingAi));
    button.textContent = showingAi ? t('showOnDeviceSummary') : t('showExtractiveSummary');
  });
  return button;
}
