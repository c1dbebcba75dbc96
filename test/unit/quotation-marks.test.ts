// Issue 15: the popup and the copied digest print quotation marks in the article's convention.
import { JSDOM } from 'jsdom';
import { describe, expect, test } from 'vitest';
import type { Digest, Quote } from '../../src/core/types.ts';
import { quotationMarks, quoted } from '../../src/popup/quotation-marks.ts';
import { ENGLISH_LABELS, digestMarkdown, digestPlainText } from '../../src/popup/markdown.ts';
import { digestView } from '../../src/popup/views.ts';

const NNBSP = '\u202f';

describe('quotationMarks', () => {
  test.each([
    ['de', '„', '“'],
    ['de-AT', '„', '“'],
    ['DE_ch', '„', '“'],
    ['fr', `«${NNBSP}`, `${NNBSP}»`],
    ['fr-CA', `«${NNBSP}`, `${NNBSP}»`],
    ['en', '“', '”'],
    ['es', '“', '”'],
    ['pt-BR', '“', '”'],
    [null, '“', '”'],
    ['', '“', '”'],
  ])('%s opens with %s and closes with %s', (lang, open, close) => {
    expect(quotationMarks(lang)).toEqual({ open, close });
  });

  test.each([
    ['Wir schaffen das.', 'de', '„Wir schaffen das.“'],
    ['Je ne regrette rien.', 'fr', `«${NNBSP}Je ne regrette rien.${NNBSP}»`],
    ['We will win.', 'en', '“We will win.”'],
  ])('quoted(%j, %s)', (text, lang, expected) => {
    expect(quoted(text, lang)).toBe(expected);
  });
});

function quote(text: string, speaker: string): Quote {
  return { text, speaker, speakerKind: 'person', key: true, partial: false, span: { start: 0, end: 1 }, paragraph: 0, paragraphSpan: { start: 0, end: 1 } };
}

function digestIn(lang: string, text: string): Digest {
  return {
    article: { title: 'T', byline: null, siteName: null, publishedTime: null, lang, wordCount: 300, readingMinutes: 1 },
    summary: 'S.', quotes: [quote(text, 'Ann Lee')], people: [], organizations: [], text: '', notice: null,
  };
}

const CASES: [string, string, string, string][] = [
  ['de', 'Das steht auf der Agenda.', '„', '“'],
  ['fr', 'Nous avons gagné.', `«${NNBSP}`, `${NNBSP}»`],
  ['es', 'Hemos ganado.', '“', '”'],
  ['en', 'We will win.', '“', '”'],
];

describe('copied digest', () => {
  test.each(CASES)('Markdown in %s: %s', (lang, text, open, close) => {
    const digest = digestIn(lang, text);
    const md = digestMarkdown({ digest, quotes: digest.quotes, url: null, meta: '', labels: ENGLISH_LABELS });
    expect(md).toContain(`> ${open}${text}${close}\n> — Ann Lee`);
  });

  test.each(CASES)('plain text in %s: %s', (lang, text, open, close) => {
    const digest = digestIn(lang, text);
    const plain = digestPlainText({ digest, quotes: digest.quotes, url: null, meta: '', labels: ENGLISH_LABELS });
    expect(plain).toContain(`${open}${text}${close} — Ann Lee`);
  });
});

describe('popup', () => {
  test.each(CASES)('in %s the quote carries its marks and its text node only the words', (lang, text, open, close) => {
    const { window } = new JSDOM('<!doctype html><main id="app"></main>');
    const doc = window.document;
    doc.getElementById('app')!.append(digestView(doc, digestIn(lang, text), 4));
    const node = doc.querySelector('.quote-text')!;
    expect(node.textContent).toBe(text);
    expect([node.getAttribute('data-open'), node.getAttribute('data-close')]).toEqual([open, close]);
  });

  test('the stylesheet prints the marks from those attributes', async () => {
    const { readFileSync } = await import('node:fs');
    const css = readFileSync(new URL('../../src/popup/popup.css', import.meta.url), 'utf8');
    expect(css).toContain('.quote-text::before { content: attr(data-open); }');
    expect(css).toContain('.quote-text::after { content: attr(data-close); }');
  });
});
