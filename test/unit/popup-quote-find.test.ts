import { JSDOM } from 'jsdom';
import { describe, expect, test } from 'vitest';
import type { Digest, Quote } from '../../src/core/types.ts';
import { digestView } from '../../src/popup/views.ts';

function quote(text: string, key: boolean): Quote {
  return { text, speaker: 'Ann Lee', speakerKind: 'person', key, partial: false, span: { start: 0, end: 1 }, paragraph: 0, paragraphSpan: { start: 0, end: 1 } };
}

const DIGEST: Digest = {
  article: { title: 'T', byline: null, siteName: null, publishedTime: null, lang: 'en', wordCount: 300, readingMinutes: 1 },
  summary: 'S.', quotes: [quote('First words.', true), quote('Second words.', false)], people: [], organizations: [], text: '', notice: null,
};

function render() {
  const { window } = new JSDOM('<!doctype html><main id="app"></main>');
  const found: string[] = [];
  window.document.getElementById('app')!.append(digestView(window.document, DIGEST, 4, { onQuote: (q) => found.push(q.text) }));
  return { window, doc: window.document, found };
}

describe('a quote finds itself in the page', () => {
  test('each quote is a focusable button with a description', () => {
    const { doc } = render();
    const q = doc.querySelector<HTMLElement>('.quote-text')!;
    expect([q.getAttribute('role'), q.tabIndex, q.getAttribute('aria-description')]).toEqual(['button', 0, 'Show this quote in the page']);
  });

  test.each([
    ['a click', (w: JSDOM['window'], el: HTMLElement) => el.click()],
    ['Enter', (w: JSDOM['window'], el: HTMLElement) => el.dispatchEvent(new w.KeyboardEvent('keydown', { key: 'Enter', bubbles: true }))],
    ['Space', (w: JSDOM['window'], el: HTMLElement) => el.dispatchEvent(new w.KeyboardEvent('keydown', { key: ' ', bubbles: true }))],
  ])('%s asks for the quote', (_label, act) => {
    const { window, doc, found } = render();
    act(window, doc.querySelector<HTMLElement>('.quote-text')!);
    expect(found).toEqual(['First words.']);
  });

  test('other keys do nothing; quotes unfolded by "Show all" are findable too', () => {
    const { window, doc, found } = render();
    doc.querySelector<HTMLElement>('.quote-text')!.dispatchEvent(new window.KeyboardEvent('keydown', { key: 'a', bubbles: true }));
    doc.querySelector<HTMLButtonElement>('.show-all-quotes')!.click();
    doc.querySelectorAll<HTMLElement>('.quote-text')[1]!.click();
    expect(found).toEqual(['Second words.']);
  });
});
