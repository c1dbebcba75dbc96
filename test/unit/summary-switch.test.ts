import { describe, expect, test } from 'vitest';
import { JSDOM } from 'jsdom';
import { offerOnDeviceSummary } from '../../src/popup/summary-switch.ts';
import type { OnDeviceAvailability, SummarizerInstance, SummarizerStatic } from '../../src/popup/on-device-summary.ts';
import type { Digest } from '../../src/core/types.ts';

const EXTRACTIVE = 'Russian President Vladimir Putin said the Trump administration is listening to Moscow.';

function digestOf(summary: string): Digest {
  return {
    article: { title: 'Putin says Trump is listening', byline: null, siteName: null, publishedTime: null, lang: 'en', wordCount: 300, readingMinutes: 2 },
    summary, quotes: [], people: [], organizations: [], notice: null,
    text: 'Russian President Vladimir Putin said on Tuesday that the Trump administration is listening to Moscow.',
  };
}

/** A Summarizer fake with the documented surface: availability, create, summarizeStreaming, destroy. */
function fake(state: OnDeviceAvailability, chunks: string[] | 'fails' = ['Putin says ', 'Washington listens.']): SummarizerStatic {
  const instance: SummarizerInstance = {
    async summarize() { return chunks === 'fails' ? '' : chunks.join(''); },
    summarizeStreaming() {
      return new ReadableStream<string>({
        start(c) {
          if (chunks === 'fails') return c.error(new Error('model crashed'));
          chunks.forEach((x) => c.enqueue(x));
          c.close();
        },
      });
    },
    destroy() {},
  };
  return { availability: async () => state, create: async () => instance };
}

function popupSection() {
  const { document } = new JSDOM('<section class="summary-section"><p class="summary"></p></section>').window;
  const section = document.querySelector<HTMLElement>('.summary-section')!;
  section.querySelector('.summary')!.textContent = EXTRACTIVE;
  const visibleSummary = () => [...section.querySelectorAll<HTMLElement>('.summary')].filter((p) => !p.hidden).map((p) => p.textContent);
  return { document, section, visibleSummary };
}

describe('offerOnDeviceSummary', () => {
  test('available: the streamed on-device summary replaces the extractive one, labelled, with a switch back', async () => {
    const { document, section, visibleSummary } = popupSection();
    await offerOnDeviceSummary(document, section, digestOf(EXTRACTIVE), { length: 'medium', lang: 'en', api: fake('available') });
    expect(visibleSummary()).toEqual(['Putin says Washington listens.']);
    expect(section.querySelector('.summary-status')!.textContent).toContain('On-device AI summary');
    section.querySelector<HTMLButtonElement>('.summary-switch')!.click();
    expect(visibleSummary()).toEqual([EXTRACTIVE]);
    section.querySelector<HTMLButtonElement>('.summary-switch')!.click();
    expect(visibleSummary()).toEqual(['Putin says Washington listens.']);
  });

  test.each<OnDeviceAvailability>(['unavailable'])('%s: the popup is left exactly as it was', async (state) => {
    const { document, section, visibleSummary } = popupSection();
    const before = section.outerHTML;
    await offerOnDeviceSummary(document, section, digestOf(EXTRACTIVE), { length: 'medium', lang: 'en', api: fake(state) });
    expect(section.outerHTML).toBe(before);
    expect(visibleSummary()).toEqual([EXTRACTIVE]);
  });

  test('no Summarizer in this browser (Firefox): nothing changes', async () => {
    const { document, section } = popupSection();
    const before = section.outerHTML;
    await offerOnDeviceSummary(document, section, digestOf(EXTRACTIVE), { length: 'short', lang: 'en', api: null });
    expect(section.outerHTML).toBe(before);
  });

  test('downloadable: nothing downloads until the reader clicks the offer', async () => {
    const { document, section, visibleSummary } = popupSection();
    await offerOnDeviceSummary(document, section, digestOf(EXTRACTIVE), { length: 'medium', lang: 'en', api: fake('downloadable') });
    expect(visibleSummary()).toEqual([EXTRACTIVE]);
    const offer = section.querySelector<HTMLButtonElement>('.summary-status button')!;
    expect(offer.textContent).toContain('downloads a model');
    offer.click();
    await new Promise((r) => setTimeout(r, 20));
    expect(visibleSummary()).toEqual(['Putin says Washington listens.']);
  });

  test('a failing model keeps the extractive summary and says so', async () => {
    const { document, section, visibleSummary } = popupSection();
    await offerOnDeviceSummary(document, section, digestOf(EXTRACTIVE), { length: 'medium', lang: 'en', api: fake('available', 'fails') });
    expect(visibleSummary()).toEqual([EXTRACTIVE]);
    expect(section.querySelectorAll('.summary')).toHaveLength(1);
    expect(section.querySelector('.summary-status')!.textContent).toContain('did not work');
  });
});
