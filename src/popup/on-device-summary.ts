// Chrome's built-in Summarizer API (Gemini Nano), used only from the popup: the API is exposed to windows, not to the
// service worker (https://developer.chrome.com/docs/ai/summarizer-api, WICG writing-assistance-apis). Issue 5.
//
// Contract with the UI: nothing here throws. Every absence or failure (no API, unsupported language, model not on
// the device, create/summarize rejecting, abort, empty output) comes back as 'unavailable', and the popup keeps the
// extractive summary it showed first.
//
// Model download: when availability() says 'downloadable' or 'downloading', we do NOT start the download on our own.
// The model is several gigabytes (Chrome asks for 22 GB free disk and an unmetered network), create() needs a user
// gesture in that state anyway, and opening a popup is not consent to that download. So by default those states
// read as 'unavailable'; the UI may offer a button whose click handler calls summarizeOnDevice with
// `allowDownload: true`, and then progress is reported through `onDownloadProgress` from create()'s monitor.

import type { SummaryLength } from '../shared/digest-types.ts';

export type OnDeviceAvailability = 'unavailable' | 'downloadable' | 'downloading' | 'available';

/** The part of the Summarizer interface this adapter uses (WICG writing-assistance-apis). */
export interface SummarizerCreateCoreOptions {
  type?: 'tldr' | 'teaser' | 'key-points' | 'headline';
  format?: 'plain-text' | 'markdown';
  length?: SummaryLength;
  expectedInputLanguages?: string[];
  expectedContextLanguages?: string[];
  outputLanguage?: string;
}

export interface CreateMonitor {
  addEventListener(type: 'downloadprogress', listener: (event: { loaded: number }) => void): void;
}

export interface SummarizerCreateOptions extends SummarizerCreateCoreOptions {
  sharedContext?: string;
  signal?: AbortSignal;
  monitor?: (monitor: CreateMonitor) => void;
}

export interface SummarizerInstance {
  summarize(input: string, options?: { context?: string; signal?: AbortSignal }): Promise<string>;
  summarizeStreaming(input: string, options?: { context?: string; signal?: AbortSignal }): ReadableStream<string>;
  measureInputUsage?(input: string, options?: { context?: string; signal?: AbortSignal }): Promise<number>;
  readonly inputQuota?: number;
  destroy(): void;
}

export interface SummarizerStatic {
  availability(options?: SummarizerCreateCoreOptions): Promise<OnDeviceAvailability | null>;
  create(options?: SummarizerCreateOptions): Promise<SummarizerInstance>;
}

export interface OnDeviceOptions {
  length?: SummaryLength;
  /** BCP 47 language of the article (e.g. "en"); the model is asked to read and write in it. */
  lang?: string | null;
  /** The headline, given to the model as context. */
  title?: string;
  signal?: AbortSignal;
  /** Called with the whole summary so far each time the stream grows. */
  onChunk?: (summarySoFar: string) => void;
  /** Only from a click handler the reader used to ask for it: lets a 'downloadable' model download. */
  allowDownload?: boolean;
  /** Download progress, 0 to 1, while the model downloads. */
  onDownloadProgress?: (fraction: number) => void;
  /** The Summarizer to use; `globalThis.Summarizer` when absent (tests pass a fake). */
  api?: SummarizerStatic | null;
}

const SHARED_CONTEXT = 'A news article. The summary tells a reader in one short paragraph who did what, without opinion.';

/** The browser's Summarizer, if this runtime has one: `findSummarizer()` is null in Firefox and in service workers. */
export function findSummarizer(): SummarizerStatic | null {
  const candidate = (globalThis as { Summarizer?: unknown }).Summarizer;
  if (!candidate || (typeof candidate !== 'object' && typeof candidate !== 'function')) return null;
  const api = candidate as Partial<SummarizerStatic>;
  return typeof api.availability === 'function' && typeof api.create === 'function' ? (api as SummarizerStatic) : null;
}

function coreOptions(options: OnDeviceOptions): SummarizerCreateCoreOptions {
  const language = options.lang?.split('-')[0]?.toLowerCase();
  return {
    type: 'tldr',
    format: 'plain-text',
    length: options.length ?? 'medium',
    ...(language ? { expectedInputLanguages: [language], expectedContextLanguages: [language], outputLanguage: language } : {}),
  };
}

/**
 * Whether an on-device summary can be made for these options. Never throws.
 * Example: `await onDeviceAvailability({ lang: 'en' })` is 'unavailable' in Firefox, often 'downloadable' on first use in Chrome.
 */
export async function onDeviceAvailability(options: OnDeviceOptions = {}): Promise<OnDeviceAvailability> {
  const api = options.api === undefined ? findSummarizer() : options.api;
  if (!api) return 'unavailable';
  try {
    const state = await api.availability(coreOptions(options));
    return state === 'available' || state === 'downloadable' || state === 'downloading' ? state : 'unavailable';
  } catch {
    return 'unavailable';
  }
}

/**
 * Summarises the article text on the device, streaming; resolves to the summary or 'unavailable', never rejects.
 * Example: `await summarizeOnDevice(text, { length: 'medium', onChunk: show })` in Chrome with the model ready.
 */
export async function summarizeOnDevice(text: string, options: OnDeviceOptions = {}): Promise<'unavailable' | string> {
  const api = options.api === undefined ? findSummarizer() : options.api;
  if (!api || !text.trim() || options.signal?.aborted) return 'unavailable';
  let summarizer: SummarizerInstance | null = null;
  try {
    const state = await onDeviceAvailability({ ...options, api });
    if (state === 'unavailable') return 'unavailable';
    if (state !== 'available' && !options.allowDownload) return 'unavailable';
    const onProgress = options.onDownloadProgress;
    summarizer = await api.create({
      ...coreOptions(options),
      sharedContext: SHARED_CONTEXT,
      ...(options.signal ? { signal: options.signal } : {}),
      ...(onProgress ? { monitor: (m: CreateMonitor) => m.addEventListener('downloadprogress', (e) => onProgress(clamp(e.loaded))) } : {}),
    });
    const context = options.title ? `Headline: ${options.title}` : undefined;
    const callOptions = { ...(context ? { context } : {}), ...(options.signal ? { signal: options.signal } : {}) };
    const input = await fitToQuota(summarizer, text, callOptions);
    const summary = await readStream(summarizer.summarizeStreaming(input, callOptions), options);
    const clean = summary.replace(/\s+/g, ' ').trim();
    return clean && !options.signal?.aborted ? clean : 'unavailable';
  } catch {
    return 'unavailable';
  } finally {
    try { summarizer?.destroy(); } catch { /* already gone */ }
  }
}

/** Joins the stream's chunks: early Chrome builds sent the whole text so far in each chunk, current ones send deltas. */
async function readStream(stream: ReadableStream<string>, options: OnDeviceOptions): Promise<string> {
  const reader = stream.getReader();
  let summary = '';
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (typeof value !== 'string' || !value) continue;
      summary = value.startsWith(summary) && summary.length > 0 ? value : summary + value;
      options.onChunk?.(summary);
    }
  } finally {
    reader.releaseLock();
  }
  return summary;
}

/** Cuts the text at a paragraph end so it fits the model's input quota (long articles exceed it). */
async function fitToQuota(summarizer: SummarizerInstance, text: string, callOptions: { context?: string; signal?: AbortSignal }): Promise<string> {
  const quota = summarizer.inputQuota;
  if (!summarizer.measureInputUsage || quota === undefined || !Number.isFinite(quota)) return text;
  let input = text;
  for (let attempt = 0; attempt < 3; attempt++) {
    const usage = await summarizer.measureInputUsage(input, callOptions);
    if (usage <= quota) return input;
    const keep = Math.floor(input.length * (quota / usage) * 0.9);
    const cut = input.lastIndexOf('\n', keep);
    input = input.slice(0, cut > keep / 2 ? cut : keep);
  }
  return input;
}

function clamp(n: number): number {
  return Number.isFinite(n) ? Math.min(1, Math.max(0, n)) : 0;
}
