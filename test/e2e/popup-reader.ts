import type { Page } from 'puppeteer-core';

/** What the popup shows, read back from its DOM after unfolding "Show all quotes" and "+ N more" people. */
export interface PopupContent {
  state: string | null;
  stateTitle: string | null;
  headline: string | null;
  summary: string | null;
  quotes: Array<{ text: string; speaker: string | null }>;
  people: string[];
  text: string;
}

export async function readPopup(popup: Page): Promise<PopupContent> {
  return popup.evaluate(() => {
    for (const button of document.querySelectorAll<HTMLButtonElement>('.show-all-quotes, .more-people')) {
      if (button.getAttribute('aria-expanded') === 'false') button.click();
    }
    const text = (selector: string) => document.querySelector(selector)?.textContent ?? null;
    return {
      state: document.querySelector<HTMLElement>('[data-state]')?.dataset['state'] ?? (document.querySelector('.digest') ? 'digest' : null),
      stateTitle: text('.state-title'),
      headline: text('.headline'),
      summary: text('.summary'),
      quotes: [...document.querySelectorAll('.quote')].map((q) => ({
        text: q.querySelector('.quote-text')?.textContent ?? '',
        speaker: q.querySelector('.speaker')?.textContent ?? null,
      })),
      people: [...document.querySelectorAll('.person .name')].map((n) => n.textContent ?? ''),
      text: document.body.textContent ?? '',
    };
  });
}

/** Which path put the digest on screen (the detail of the popup's lede:digest-shown mark), or null for none. */
export async function digestPath(popup: Page): Promise<'prepared' | 'live' | null> {
  return popup.evaluate(() => {
    const shown = performance.getEntriesByName('lede:digest-shown')[0] as PerformanceMark | undefined;
    const path = (shown?.detail as { path?: string } | null | undefined)?.path;
    return path === 'prepared' || path === 'live' ? path : null;
  });
}

/** The popup's first contentful paint (ms after its timeOrigin), waiting up to 2 s for it; null if none came. */
export async function firstPaint(popup: Page): Promise<number | null> {
  const read = () => popup.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null);
  await popup.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0, { timeout: 2_000, polling: 20 }).catch(() => null);
  return read();
}

/** The popup's performance marks (ms after its timeOrigin) and first contentful paint, for the click-to-digest prints. */
export interface PopupMarks {
  origin: number;
  start: number | null;
  read: number | null;
  extractStart: number | null;
  extracted: number | null;
  digested: number | null;
  shown: number | null;
  /** The first contentful paint: with nothing contentful before it, the frame that put the digest on screen. */
  painted: number | null;
}

export async function popupMarks(popup: Page): Promise<PopupMarks> {
  const painted = await firstPaint(popup);
  const marks = await popup.evaluate(() => {
    const at = (name: string) => performance.getEntriesByName(name)[0]?.startTime ?? null;
    return {
      origin: performance.timeOrigin, start: at('lede:prepared-start'), read: at('lede:prepared-read'),
      extractStart: at('lede:extract-start'), extracted: at('lede:extracted'), digested: at('lede:digested'), shown: at('lede:digest-shown'),
    };
  });
  return { ...marks, painted };
}

/**
 * "click → digest on screen N ms (…)" from the popup's performance marks, or null when it showed no digest.
 * The total runs from the toolbar click to the digest in the popup's DOM, then to the first paint showing it; the
 * extension's part from the popup document's start (its timeOrigin), since opening the popup is the browser's work
 * (and in tests includes the DevTools protocol attaching to it).
 * Phases: loading popup.html/js, reading settings + the prepared digest + the tab's page URL (started by the script
 * in <head>, so partly while the document still loads), then either rendering the prepared digest, or (live) asking
 * the content script for the article, the background for its digest, rendering; then the browser painting it.
 */
export async function clickToDigest(popup: Page, clickedAt: number): Promise<string | null> {
  const { origin, start, read, extractStart, extracted, digested, shown, painted } = await popupMarks(popup);
  const path = await digestPath(popup);
  if (start === null || read === null || shown === null || path === null) return null;
  const ms = (n: number) => n.toFixed(0);
  // The first contentful paint is the digest's only when nothing contentful (a state, the skeleton) came before it.
  const paint = painted !== null && painted >= shown ? `, painted at ${ms(origin + painted - clickedAt)} ms (${ms(painted - shown)} ms after)` : '';
  const head = `click → digest on screen ${ms(origin + shown - clickedAt)} ms${paint}, of which the extension's part (popup start → digest shown) ${ms(shown)} ms, path ${path}`;
  const common = `opening the popup ${ms(origin - clickedAt)}, loading it ${ms(start)}, settings + prepared digest + page URL ${ms(read - start)}`;
  if (path === 'prepared') return `${head} (${common}, render ${ms(shown - read)})`;
  if (extractStart === null || extracted === null || digested === null) return null;
  return `${head} (${common}, extraction ${ms(extracted - extractStart)}, digest in the background with its messages ${ms(digested - extracted)}, render ${ms(shown - digested)})`;
}
