import { JSDOM } from 'jsdom';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { IDLE_TIMEOUT_MS, prepareArticle, whenIdle, type PrepareSteps } from '../../src/content/prepare.ts';
import type { Article } from '../../src/core/types.ts';
import type { PageReading } from '../../src/shared/page-reading.ts';

const ARTICLE: Article = { title: 'T', byline: null, siteName: null, publishedTime: null, lang: 'en', url: 'https://a.example/x', paragraphs: ['One.'] } as Article;
const DETECTION = { isArticle: true, signals: ['json-ld'] } as PageReading['detection'];
const OK: PageReading = { ok: true, detection: DETECTION, article: ARTICLE };
const TASKS = [{ step: 'copied', ms: 10 }, { step: 'parsed', ms: 30 }, { step: 'done', ms: 2 }];
const FAILED: PageReading = { ok: false, detection: DETECTION, reason: 'extraction-failed', message: 'no text' };

describe('whenIdle', () => {
  afterEach(() => vi.useRealTimers());

  test('uses requestIdleCallback with a timeout where the browser has it, and can cancel it', () => {
    const calls: Array<{ timeout: number }> = [];
    const cancelled: number[] = [];
    const win = {
      requestIdleCallback: (_task: () => void, options: { timeout: number }) => { calls.push(options); return 7; },
      cancelIdleCallback: (handle: number) => void cancelled.push(handle),
    } as unknown as Window;
    const cancel = whenIdle(win, () => undefined);
    expect(calls).toEqual([{ timeout: IDLE_TIMEOUT_MS }]);
    cancel();
    expect(cancelled).toEqual([7]);
  });

  test('falls back to a timer where requestIdleCallback is missing; cancelled, the task never runs', () => {
    vi.useFakeTimers();
    const { window } = new JSDOM('');
    const ran: string[] = [];
    whenIdle(window as unknown as Window, () => ran.push('first'));
    const cancel = whenIdle(window as unknown as Window, () => ran.push('second'));
    cancel();
    expect(ran).toEqual([]);
    vi.advanceTimersByTime(1000);
    expect(ran).toEqual(['first']);
  });
});

describe('prepareArticle', () => {
  const steps = (over: Partial<PrepareSteps>) => {
    const sent: unknown[] = [];
    const base: PrepareSteps = {
      currentUrl: () => 'https://a.example/x',
      read: async () => ({ value: OK, tasks: TASKS }),
      send: async (arg) => void sent.push(arg),
    };
    return { sent, steps: { ...base, ...over } };
  };

  test.each<[string, Partial<PrepareSteps>, string, number]>([
    ['an article on the detected page is sent', {}, 'sent', 1],
    ['a page now at another URL is left alone', { currentUrl: () => 'https://a.example/y' }, 'moved', 0],
    ['an extraction that fails sends nothing', { read: async () => ({ value: FAILED, tasks: TASKS }) }, 'not-read', 0],
    ['a background that does not answer is no error', { send: async () => { throw new Error('no receiver'); } }, 'sent', 0],
  ])('%s', async (_label, over, outcome, sentCount) => {
    const run = steps(over);
    expect(await prepareArticle('https://a.example/x', run.steps)).toBe(outcome);
    expect(run.sent.length).toBe(sentCount);
  });

  test('sends the page URL, the article and what extracting it cost, step by step and in all', async () => {
    const run = steps({});
    await prepareArticle('https://a.example/x', run.steps);
    expect(run.sent).toEqual([{ url: 'https://a.example/x', article: ARTICLE, extractMs: 42, tasks: TASKS }]);
  });
});
