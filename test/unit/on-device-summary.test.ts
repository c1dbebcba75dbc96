import { afterEach, describe, expect, test } from 'vitest';
import {
  findSummarizer, onDeviceAvailability, summarizeOnDevice,
  type OnDeviceAvailability, type SummarizerCreateOptions, type SummarizerStatic, type SummarizerInstance,
} from '../../src/popup/on-device-summary.ts';

const ARTICLE = 'Russian President Vladimir Putin said on Tuesday that the Trump administration is listening to Moscow.\n'
  + 'Speaking in China, Putin contrasted Trump’s approach with that of Joe Biden.';

interface FakeOptions {
  availability?: OnDeviceAvailability | null | 'throws';
  chunks?: string[];
  createFails?: boolean;
  streamFails?: boolean;
  inputQuota?: number;
}

/** A fake of the documented Summarizer interface that records how it was called. */
function fakeSummarizer(o: FakeOptions = {}) {
  const calls = { availability: [] as unknown[], create: [] as SummarizerCreateOptions[], inputs: [] as string[], contexts: [] as (string | undefined)[], destroyed: 0 };
  const instance: SummarizerInstance = {
    inputQuota: o.inputQuota ?? Infinity,
    async measureInputUsage(input) { return input.length; },
    async summarize() { throw new Error('the adapter streams'); },
    summarizeStreaming(input, options) {
      calls.inputs.push(input);
      calls.contexts.push(options?.context);
      const chunks = o.chunks ?? ['Putin said ', 'the Trump administration ', 'is listening.'];
      return new ReadableStream<string>({
        start(controller) {
          if (o.streamFails) { controller.error(new DOMException('filtered', 'NotReadableError')); return; }
          for (const c of chunks) controller.enqueue(c);
          controller.close();
        },
      });
    },
    destroy() { calls.destroyed++; },
  };
  const api: SummarizerStatic = {
    async availability(options) {
      calls.availability.push(options);
      if (o.availability === 'throws') throw new TypeError('bad options');
      return o.availability === undefined ? 'available' : o.availability;
    },
    async create(options = {}) {
      calls.create.push(options);
      if (o.createFails) throw new DOMException('user activation required', 'NotAllowedError');
      // A download reports progress through the monitor before create() resolves.
      const listeners: ((e: { loaded: number }) => void)[] = [];
      options.monitor?.({ addEventListener: (_type, l) => listeners.push(l) });
      for (const loaded of [0, 0.5, 1]) listeners.forEach((l) => l({ loaded }));
      return instance;
    },
  };
  return { api, calls };
}

describe('onDeviceAvailability', () => {
  test.each([
    ['available', 'available'],
    ['downloadable', 'downloadable'],
    ['downloading', 'downloading'],
    ['unavailable', 'unavailable'],
    [null, 'unavailable'],
    ['throws', 'unavailable'],
  ] as const)('availability() %s → %s', async (state, expected) => {
    const { api } = fakeSummarizer({ availability: state });
    expect(await onDeviceAvailability({ api, lang: 'en' })).toBe(expected);
  });

  test('no API at all (Firefox, service worker) is unavailable', async () => {
    expect(await onDeviceAvailability({ api: null })).toBe('unavailable');
  });

  test('asks for a plain-text tl;dr in the article’s language', async () => {
    const { api, calls } = fakeSummarizer();
    await onDeviceAvailability({ api, lang: 'en-GB', length: 'short' });
    expect(calls.availability[0]).toEqual({
      type: 'tldr', format: 'plain-text', length: 'short',
      expectedInputLanguages: ['en'], expectedContextLanguages: ['en'], outputLanguage: 'en',
    });
  });
});

describe('findSummarizer', () => {
  afterEach(() => { delete (globalThis as { Summarizer?: unknown }).Summarizer; });

  test('feature-detects globalThis.Summarizer', () => {
    expect(findSummarizer()).toBeNull();
    (globalThis as { Summarizer?: unknown }).Summarizer = { availability: () => null };
    expect(findSummarizer()).toBeNull();
    const { api } = fakeSummarizer();
    (globalThis as { Summarizer?: unknown }).Summarizer = api;
    expect(findSummarizer()).toBe(api);
  });
});

describe('summarizeOnDevice', () => {
  test('streams the summary: each chunk extends what the reader sees, the result is the whole text', async () => {
    const { api, calls } = fakeSummarizer();
    const seen: string[] = [];
    const result = await summarizeOnDevice(ARTICLE, { api, length: 'medium', title: 'Putin courts China', onChunk: (s) => seen.push(s) });
    expect(result).toBe('Putin said the Trump administration is listening.');
    expect(seen).toEqual(['Putin said ', 'Putin said the Trump administration ', 'Putin said the Trump administration is listening.']);
    expect(calls.create[0]).toMatchObject({ type: 'tldr', format: 'plain-text', length: 'medium' });
    expect(calls.create[0]!.sharedContext).toMatch(/news article/);
    expect(calls.contexts[0]).toBe('Headline: Putin courts China');
    expect(calls.destroyed).toBe(1);
  });

  test('cumulative chunks (older builds) are not doubled', async () => {
    const { api } = fakeSummarizer({ chunks: ['Putin said', 'Putin said it.'] });
    expect(await summarizeOnDevice(ARTICLE, { api })).toBe('Putin said it.');
  });

  test('"downloadable" without the reader asking: no download, no create(), unavailable', async () => {
    const { api, calls } = fakeSummarizer({ availability: 'downloadable' });
    expect(await summarizeOnDevice(ARTICLE, { api })).toBe('unavailable');
    expect(calls.create).toEqual([]);
  });

  test('"downloadable" after the reader asked: downloads with progress, then summarises', async () => {
    const { api, calls } = fakeSummarizer({ availability: 'downloadable' });
    const progress: number[] = [];
    const result = await summarizeOnDevice(ARTICLE, { api, allowDownload: true, onDownloadProgress: (f) => progress.push(f) });
    expect(result).toBe('Putin said the Trump administration is listening.');
    expect(progress).toEqual([0, 0.5, 1]);
    expect(calls.create).toHaveLength(1);
  });

  test.each([
    ['unavailable model', { availability: 'unavailable' as const }],
    ['availability() throws', { availability: 'throws' as const }],
    ['create() rejects (no user activation)', { createFails: true }],
    ['the stream errors (output filtered)', { streamFails: true }],
    ['the model returns nothing', { chunks: ['  '] }],
  ])('%s → unavailable, never a throw', async (_, fake) => {
    const { api } = fakeSummarizer(fake);
    await expect(summarizeOnDevice(ARTICLE, { api, allowDownload: true })).resolves.toBe('unavailable');
  });

  test('no API, empty text or an aborted signal → unavailable without calling anything', async () => {
    const { api, calls } = fakeSummarizer();
    const controller = new AbortController();
    controller.abort();
    expect(await summarizeOnDevice(ARTICLE, { api: null })).toBe('unavailable');
    expect(await summarizeOnDevice('  ', { api })).toBe('unavailable');
    expect(await summarizeOnDevice(ARTICLE, { api, signal: controller.signal })).toBe('unavailable');
    expect(calls.create).toEqual([]);
  });

  test('a text over the input quota is cut at a paragraph end', async () => {
    const { api, calls } = fakeSummarizer({ inputQuota: 120 });
    await summarizeOnDevice(ARTICLE, { api });
    expect(calls.inputs[0]).toBe(ARTICLE.split('\n')[0]);
  });

  test('destroy() runs even when summarising fails', async () => {
    const { api, calls } = fakeSummarizer({ streamFails: true });
    await summarizeOnDevice(ARTICLE, { api });
    expect(calls.destroyed).toBe(1);
  });
});
