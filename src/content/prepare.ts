import type { Article } from '../core/types.ts';
import type { PageReading } from '../shared/page-reading.ts';
import type { TaskTime } from './tasks.ts';

/** Longest wait for an idle moment before preparing anyway, in ms; a busy page still gets its digest ready. */
export const IDLE_TIMEOUT_MS = 1500;
// Where requestIdleCallback is missing, a timer stands in: late enough to stay out of the page's own start-up work.
const FALLBACK_DELAY_MS = 200;

type IdleWindow = Window & {
  requestIdleCallback?: (task: () => void, options?: { timeout: number }) => number;
  cancelIdleCallback?: (handle: number) => void;
};

/**
 * Runs `task` when the page is idle (requestIdleCallback, `timeoutMs` at the latest), or after a short timer where
 * the browser has no idle callback. Returns a function that cancels it if it has not run yet.
 * Example: `const cancel = whenIdle(window, prepare); … cancel();`.
 */
export function whenIdle(win: Window, task: () => void, timeoutMs = IDLE_TIMEOUT_MS): () => void {
  const idle = win as IdleWindow;
  if (typeof idle.requestIdleCallback === 'function' && typeof idle.cancelIdleCallback === 'function') {
    const handle = idle.requestIdleCallback(task, { timeout: timeoutMs });
    return () => idle.cancelIdleCallback!(handle);
  }
  const timer = setTimeout(task, FALLBACK_DELAY_MS);
  return () => clearTimeout(timer);
}

/** What preparing did: handed the article over, found the page at another URL, or could not read an article. */
export type PrepareOutcome = 'sent' | 'moved' | 'not-read';

export interface PrepareSteps {
  /** The page's URL now, without its fragment. */
  currentUrl: () => string;
  /** The popup's own reading of the page (readPage with the detector's verdict), step by step, with each step's time. */
  read: () => Promise<{ value: PageReading; tasks: TaskTime[] }>;
  send: (arg: { url: string; article: Article; extractMs: number; tasks: TaskTime[] }) => Promise<unknown>;
}

/**
 * Extracts the article of the page detected at `url` and sends it to the background to digest, with what extraction
 * cost the page: its steps' times and their sum (the waits between steps are the page's own). Nothing happens if the
 * page has moved on to another URL since.
 */
export async function prepareArticle(url: string, steps: PrepareSteps): Promise<PrepareOutcome> {
  if (steps.currentUrl() !== url) return 'moved';
  const { value: reading, tasks } = await steps.read();
  if (!reading.ok) return 'not-read';
  const extractMs = tasks.reduce((sum, task) => sum + task.ms, 0);
  // The background may be restarting; a lost article only means the popup reads the page itself.
  await steps.send({ url, article: reading.article, extractMs, tasks }).catch(() => undefined);
  return 'sent';
}
