import { JSDOM } from 'jsdom';
import { describe, expect, test } from 'vitest';
import { findQuoteStart, locateQuote, showQuote } from '../../src/content/highlight.ts';
import type { QuoteTarget } from '../../src/shared/quote-target.ts';

function page(body: string) {
  return new JSDOM(`<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`, { runScripts: 'outside-only' }).window;
}

describe('locateQuote', () => {
  test.each([
    ['a quote in one text node', '<p>He said “we will win” today.</p>', 'He said “we will win” today.', 'we will win'],
    ['a quote across inline elements', '<p>He said “we <b>will</b>\n  <a href="#">win</a>” today.</p>', 'He said “we will win” today.', 'we will win'],
    ['a quote across a line break', '<p>« Nous<br>gagnerons », a-t-il dit.</p>', '« Nous gagnerons », a-t-il dit.', 'Nous gagnerons'],
    ['German marks with non-breaking spaces', '<p>„Wir&nbsp;schaffen das“, sagte sie.</p>', '„Wir schaffen das“, sagte sie.', 'Wir schaffen das'],
  ])('%s', (_label, body, paragraph, text) => {
    const win = page(body);
    const range = locateQuote(win.document, { text, paragraph, offsetInParagraph: paragraph.indexOf(text) });
    // A <br> is no text node, so the range's own text may lack that space: compare the words.
    expect(range?.toString().replace(/\s+/g, '')).toBe(text.replace(/\s+/g, ''));
  });

  test('the offset picks the second of two identical quotes in a paragraph', () => {
    const paragraph = '“Never,” she said. Asked again, she repeated: “Never,” and left.';
    const win = page(`<p id="p">${paragraph}</p>`);
    const target: QuoteTarget = { text: 'Never,', paragraph, offsetInParagraph: paragraph.lastIndexOf('Never,') };
    const range = locateQuote(win.document, target)!;
    expect(range.startOffset).toBe(paragraph.lastIndexOf('Never,'));
  });

  test('the paragraph picks the right one of two identical quotes in different paragraphs', () => {
    const first = 'The minister said “no comment” on Monday.';
    const second = 'On Tuesday the mayor also said “no comment” to reporters.';
    const win = page(`<p>${first}</p><p id="second">${second}</p>`);
    const range = locateQuote(win.document, { text: 'no comment', paragraph: second, offsetInParagraph: second.indexOf('no comment') })!;
    expect(range.startContainer.parentElement!.id).toBe('second');
  });

  test('text in scripts and styles is not the article', () => {
    const win = page('<script>var s = "we will win";</script><p id="p">“we will win”</p>');
    const range = locateQuote(win.document, { text: 'we will win', paragraph: 'unrelated', offsetInParagraph: 0 })!;
    expect(range.startContainer.parentElement!.id).toBe('p');
  });

  test('a quote that is not in the page gives null', () => {
    const win = page('<p>Nothing here.</p>');
    expect(locateQuote(win.document, { text: 'we will win', paragraph: 'x', offsetInParagraph: 0 })).toBeNull();
  });
});

describe('findQuoteStart', () => {
  test.each([
    ['found in its paragraph', 'AAAHesaid“wewillwin”.BBB', { text: 'we will win', paragraph: 'He said “we will win”.', offsetInParagraph: 9 }, 10],
    ['empty quote', 'abc', { text: ' ', paragraph: 'abc', offsetInParagraph: 0 }, null],
  ])('%s', (_label, compact, target, expected) => {
    expect(findQuoteStart(compact, target)).toBe(expected);
  });
});

describe('showQuote without the Custom Highlight API (jsdom)', () => {
  test('falls back to selecting the quote and leaves the DOM as it was', () => {
    const win = page('<p>He said “we <b>will</b> win” today.</p>');
    const before = win.document.documentElement.outerHTML;
    const range = locateQuote(win.document, { text: 'we will win', paragraph: 'He said “we will win” today.', offsetInParagraph: 9 })!;
    win.HTMLElement.prototype.scrollIntoView = function scrollIntoView() {};
    expect(showQuote(win as unknown as Window, range)).toBe('selection');
    expect(win.getSelection()!.toString()).toBe('we will win');
    expect(win.document.documentElement.outerHTML).toBe(before);
  });
});
