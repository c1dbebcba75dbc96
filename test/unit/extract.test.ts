import { describe, expect, test } from 'vitest';
import { JSDOM } from 'jsdom';
import { blockTexts, capText, dropCaptions, extractArticle, ExtractionError, MAX_ARTICLE_TEXT, MAX_PARAGRAPH_TEXT } from '../../src/content/extract.ts';

const body = (html: string) => new JSDOM(`<body>${html}</body>`).window.document.body;

describe('blockTexts', () => {
  test.each([
    ['paragraphs', '<p>One.</p><p>Two.</p>', ['One.', 'Two.']],
    ['list items', '<ul><li>First point.</li><li>Second point.</li></ul>', ['First point.', 'Second point.']],
    ['headings', '<h2>Section</h2><p>Body.</p>', ['Section', 'Body.']],
    ['text straight in a div', '<div>Loose text here.</div><p>Body.</p>', ['Loose text here.', 'Body.']],
    ['line breaks inside a block', '<div>Line one<br>line two</div>', ['Line one line two']],
    ['figures and captions are dropped', '<figure><img><figcaption>Photo: AP</figcaption></figure><p>Body.</p>', ['Body.']],
    ['scripts are dropped', '<p>Body.<script>var x = 1;</script></p>', ['Body.']],
  ])('%s', (_name, html, expected) => {
    expect(blockTexts(body(html))).toEqual(expected);
  });
});

describe('dropCaptions', () => {
  const story = `<p>${'The council voted on Tuesday to close the bridge for repairs, officials said. '.repeat(4)}</p>`;
  test.each([
    ['a div classed as a caption', `<div class="caption-text">The centers of galaxy clusters are hot (red).</div>${story}`],
    ['a camel-case caption class', `<div><div class="InlineImage-imageEmbedCaption">A sheikh passes a jet.</div></div>${story}`],
    ['a credit by id', `<p id="photo-credit">Jane Doe</p>${story}`],
    ['a wp caption paragraph', `<p class="wp-caption-text">Jane Doe waves.</p>${story}`],
  ])('removes %s', (_name, html) => {
    const doc = new JSDOM(`<body>${html}</body>`).window.document;
    dropCaptions(doc);
    expect(doc.body.textContent?.trim()).toBe(new JSDOM(story).window.document.body.textContent?.trim());
  });

  test('keeps a long block whatever its class', () => {
    const html = `<div class="caption-wrapper">${story}${story}${story}</div>`;
    const doc = new JSDOM(`<body>${html}</body>`).window.document;
    dropCaptions(doc);
    expect(doc.querySelectorAll('p')).toHaveLength(3);
  });
});

describe('capText', () => {
  test('cuts a wall of text at a word boundary', () => {
    const wall = 'word '.repeat(10_000);
    const [capped] = capText([wall]);
    expect(capped!.length).toBeLessThanOrEqual(MAX_PARAGRAPH_TEXT);
    expect(capped!.endsWith('word')).toBe(true);
  });
  test('stops adding paragraphs past the article limit', () => {
    const many = Array.from({ length: 100 }, () => 'x'.repeat(10_000));
    expect(capText(many).join('').length).toBeLessThanOrEqual(MAX_ARTICLE_TEXT);
  });
  test('leaves a normal article alone', () => {
    expect(capText(['One.', 'Two.'])).toEqual(['One.', 'Two.']);
  });
});

describe('extractArticle', () => {
  test('leaves the live page unchanged', () => {
    const dom = new JSDOM(`<html><head><title>T</title></head><body><nav>Menu</nav><article><h1>T</h1>${'<p>A sentence of article text that goes on for a while, long enough to count.</p>'.repeat(10)}</article></body></html>`);
    const before = dom.serialize();
    extractArticle(dom.window.document, 'https://example.com/a');
    expect(dom.serialize()).toBe(before);
  });
  test('throws a reader-facing ExtractionError on an empty page', () => {
    expect(() => extractArticle(new JSDOM('').window.document)).toThrow(ExtractionError);
  });
});
