// Lede runs inside every page a reader opens: its work there is cut into bounded steps, each run in a task of its own,
// so that the page handles input and paints between them (issue 17: no task of Lede's over 50 ms but the Readability
// parse, whose cost extraction bounds by cutting the page before it).

import type { TaskTime } from '../shared/tab-state.ts';

export type { TaskTime };

// The content script's work between two of its tasks, in elements measured, copied or read: at 1,000 the longest such
// task took 12 ms in Chromium and 57 ms in Firefox (whose content scripts reach the page's DOM through wrappers) on a
// loaded machine; half that stays clear of the 50 ms of a long task.
export const ELEMENTS_PER_TASK = 500;
// ... and in characters of text read: normalising 600,000 characters took Firefox 74 ms, so 50,000 is a few ms.
export const TEXT_PER_TASK = 50_000;

/** Runs steps one after another, in one go (the command line, tests); the content script spaces them (inTasks). */
export function runSteps<T>(steps: Generator<string, T, void>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * Resolves in a new task, after the browser has had a turn. A message to a MessageChannel, not setTimeout: timers in
 * a background tab are throttled to one a second, messages are not.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * Runs a generator of steps, each step in its own task, and times each. A step is named by what it yields when it
 * ends ('copied', 'parsed'); the last one is 'done'. Example: `await inTasks(readPageSteps(…))` gives the reading
 * and `[{ step: 'copied', ms: 4 }, { step: 'parsed', ms: 60 }, { step: 'read', ms: 3 }, { step: 'done', ms: 2 }]`.
 */
export async function inTasks<T>(steps: Generator<string, T, void>, now: () => number = () => performance.now(), next = nextTask): Promise<{ value: T; tasks: TaskTime[] }> {
  const tasks: TaskTime[] = [];
  for (;;) {
    const start = now();
    const step = steps.next();
    tasks.push({ step: step.done ? 'done' : step.value, ms: now() - start });
    if (step.done) return { value: step.value, tasks };
    await next();
  }
}
