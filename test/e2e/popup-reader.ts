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

/**
 * "click → digest on screen N ms (…)" from the popup's performance marks, or null when it showed no digest.
 * The phases: the browser opening the popup (in tests this includes the DevTools protocol attaching to it),
 * loading popup.html/js, asking the content script for the article, the core digest, rendering.
 */
export async function clickToDigest(popup: Page, clickedAt: number): Promise<string | null> {
  const marks = await popup.evaluate(() => {
    const at = (name: string) => performance.getEntriesByName(name)[0]?.startTime ?? null;
    return { origin: performance.timeOrigin, start: at('lede:extract-start'), extracted: at('lede:extracted'), digested: at('lede:digested'), shown: at('lede:digest-shown') };
  });
  const { origin, start, extracted, digested, shown } = marks;
  if (start === null || extracted === null || digested === null || shown === null) return null;
  const ms = (n: number) => n.toFixed(0);
  return `click → digest on screen ${ms(origin + shown - clickedAt)} ms (opening the popup ${ms(origin - clickedAt)}, loading it ${ms(start)}, extraction ${ms(extracted - start)}, digest ${ms(digested - extracted)}, render ${ms(shown - digested)})`;
}
