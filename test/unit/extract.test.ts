import { describe, expect, test } from 'vitest';
import { JSDOM } from 'jsdom';
import { Readability } from '@mozilla/readability';
import { blockTexts, capText, cloneForReading, dropCaptions, elementsWithTags, extractArticle, isElementWithoutContent, isProbablyVisible, READER_SHORTCUTS, ExtractionError, LARGE_NON_ARTICLE, LARGE_PAGE, MAX_ARTICLE_TEXT, MAX_DEPTH, MAX_PARAGRAPH_TEXT, measureTree } from '../../src/content/extract.ts';
import { readPage } from '../../src/content/read-page.ts';

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

describe('measureTree', () => {
  const root = (html: string) => new JSDOM(html).window.document.documentElement;
  test.each([
    // html > head, body: three elements at depth 1 below the root.
    ['an empty page', 3, 1, ''],
    ['one paragraph', 4, 2, '<p>x</p>'],
    ['siblings do not add depth', 7, 3, '<p>a</p><p>b</p><div><p>c</p></div>'],
    ['back up several levels, then down again', 9, 5, '<div><div><div><i>a</i></div></div></div><p><b>b</b></p>'],
    ['50 nested divs', 53, 51, `${'<div>'.repeat(50)}x${'</div>'.repeat(50)}`],
  ])('%s: %i elements, depth %i', (_name, elements, depth, html) => {
    expect(measureTree(root(html))).toEqual({ elements, depth });
  });

  test('stops just past its limits', () => {
    // html, head, body, then divs down to depth 11: 13 elements.
    expect(measureTree(root(`${'<div>'.repeat(300)}${'</div>'.repeat(300)}`), 100_000, 10)).toEqual({ elements: 13, depth: 11 });
    expect(measureTree(root('<p>x</p>'.repeat(5000)), 100, 10).elements).toBe(101);
  });

  test('a subtree is measured without leaving it', () => {
    const doc = new JSDOM('<div id="a"><p><b>x</b></p></div><div><div><div><p>deeper</p></div></div></div>').window.document;
    expect(measureTree(doc.getElementById('a'))).toEqual({ elements: 3, depth: 2 });
  });
});

describe('extraction errors carry a code for the popup and an English message', () => {
  const article = `<h1>A story</h1>${'<p>A sentence of article text that goes on for a while, long enough to count as prose.</p>'.repeat(12)}`;
  // A catalogue: just over LARGE_PAGE elements of product tiles, each a link and a price.
  const tiles = '<div class="tile"><a href="/p">Kayak</a><span>$499</span></div>'.repeat(Math.ceil(LARGE_PAGE / 3) + 10);
  const page = (body: string) => new JSDOM(`<html><head><title>T</title></head><body>${body}</body></html>`).window.document;
  const failure = (doc: Document) => {
    const reading = readPage(doc, null, true);
    return reading.ok ? null : { code: reading.code, message: reading.message };
  };

  test.each([
    ['an empty page', 'no-text', /no article text/, ''],
    [`nesting past ${MAX_DEPTH} levels`, 'too-deep', /nested too deeply/, `${'<div>'.repeat(MAX_DEPTH + 1)}${article}${'</div>'.repeat(MAX_DEPTH + 1)}`],
    ['a large page with almost no prose', 'little-text', /too little article text/, `<p>Kayaks for every river, lake and sea.</p>${tiles}`],
  ])('%s → %s', (_name, code, message, body) => {
    expect(failure(page(body))).toEqual({ code, message: expect.stringMatching(message) });
  });

  test.each([
    [`an article nested ${MAX_DEPTH - 10} levels deep`, () => `${'<div>'.repeat(MAX_DEPTH - 10)}${article}${'</div>'.repeat(MAX_DEPTH - 10)}`],
    ['an article on a large page', () => `<article>${article}</article>${tiles}`],
  ])('%s is still read', (_name, body) => {
    expect(failure(page(body()))).toBeNull();
  });

  // A smaller catalogue: past LARGE_NON_ARTICLE elements but under LARGE_PAGE. Readability's retries are spent on it
  // only when the detector called it an article.
  const smallTiles = '<div class="tile"><a href="/p">Kayak</a><span>$499</span></div>'.repeat(Math.ceil(LARGE_NON_ARTICLE / 3) + 10);
  test.each([
    [false, 'little-text'],
    [true, null],
  ])('a mid-sized catalogue the detector called an article: %s → %s', (isArticle, code) => {
    const reading = readPage(page(`<p>Kayaks for every river, lake and sea.</p>${smallTiles}`), null, true, { isArticle, signals: [], score: 0 });
    expect(reading.ok ? null : reading.code).toBe(code);
  });

  test('a page the detector rejects, unforced', () => {
    const reading = readPage(page('<p>Hello.</p>'), 'https://example.com/', false);
    expect(reading).toMatchObject({ ok: false, reason: 'not-article', code: 'not-article' });
  });
});

describe('cloneForReading', () => {
  const story = '<p>The council voted on Tuesday to close the bridge for repairs, officials said.</p>';
  const read = (head: string, body: string) => {
    const dom = new JSDOM(`<!doctype html><html><head><title>T</title>${head}</head><body>${body}</body></html>`, { url: 'https://example.com/a' });
    const before = dom.serialize();
    const clone = cloneForReading(dom.window.document);
    // The live page is only read.
    expect(dom.serialize()).toBe(before);
    return clone;
  };
  test.each([
    ['scripts', '<script>var x = 1;</script>', `${story}<script>track()</script>`, 'script'],
    ['styles and stylesheet links', '<style>p{}</style><link rel="stylesheet" href="a.css">', `<style>b{}</style>${story}`, 'style, link'],
    ['noscript and template', '', `<noscript><img src="a.jpg"></noscript><template><p>x</p></template>${story}`, 'noscript, template'],
    ['the insides of an icon', '', `<a href="/"><svg><path d="M0"></path><path d="M1"></path></svg></a>${story}`, 'path'],
    ['hidden elements', '', `<div hidden>Menu</div><div aria-hidden="true">Share</div><div style="color: red; display:none">Sign up</div>${story}`, '[hidden], [aria-hidden], [style]'],
    ['captions', '', `<div class="caption-text">A crowd gathers.</div>${story}`, '.caption-text'],
  ])('drops %s', (_name, head, body, selector) => {
    const clone = read(head, body);
    expect(clone.querySelectorAll(selector)).toHaveLength(0);
    expect(clone.body.textContent).toContain('The council voted on Tuesday');
  });

  test('keeps JSON-LD, comments aside, and everything visible', () => {
    const ld = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"H"}</script>';
    const clone = read(ld, `<!-- ad slot --><article><h1>H</h1><div style="display: block" aria-hidden="false">${story}</div><svg></svg><iframe src="/v"></iframe></article>`);
    expect(clone.querySelectorAll('script[type="application/ld+json"], article, h1, div, p, svg, iframe')).toHaveLength(7);
    expect(clone.body.innerHTML).not.toContain('ad slot');
    expect(clone.doctype?.name).toBe('html');
    // Readability resolves links against the clone's address.
    expect(clone.URL).toBe('https://example.com/a');
  });
});

describe('elementsWithTags', () => {
  const doc = new JSDOM('<body><h2>a</h2><div><h1>b</h1><p>c<br>d</p><h2>e</h2></div><P>f</P><svg><title>t</title></svg></body>').window.document;
  test.each([[['p']], [['h1', 'h2']], [['h2', 'h1']], [['br', 'p', 'div']], [['svg']], [['img']]])('%j as querySelectorAll finds them', (tags) => {
    expect(elementsWithTags(doc.body, tags)).toEqual([...doc.body.querySelectorAll(tags.join(','))]);
  });
  test('Readability 0.6.0 still asks through the method it replaces', () => {
    expect(typeof (Readability.prototype as unknown as Record<string, unknown>)._getAllNodesWithTag).toBe('function');
  });
});

// Readability's own methods, called on a real instance: the shortcuts must answer as they do.
const readabilityOwn = (doc: Document) => new Readability(doc) as unknown as {
  _isElementWithoutContent: (el: Element) => boolean;
  _cleanStyles: (el: Element) => void;
  _isProbablyVisible: (el: Element) => boolean;
};

describe('isElementWithoutContent', () => {
  test.each([
    ['an empty div', '<div></div>'],
    ['white space only', '<div> \n\t </div>'],
    ['no-break spaces only', '<div>\u00a0\u2003\ufeff</div>'],
    ['line breaks and rules', '<div> <br> <hr> </div>'],
    ['an empty span inside', '<div><span></span></div>'],
    ['a line break beside an image', '<div><br><img></div>'],
    ['text deep inside', '<div><span> </span><span><b>word</b></span></div>'],
    ['text after white space', '<div>  x</div>'],
    ['a comment only', '<div><!-- note --></div>'],
  ])('%s as Readability sees it', (_name, html) => {
    const doc = new JSDOM(`<body>${html}</body>`).window.document;
    const div = doc.body.firstElementChild!;
    expect(isElementWithoutContent(div)).toBe(readabilityOwn(doc)._isElementWithoutContent(div));
  });
  test('Readability 0.6.0 still has the method it replaces', () => {
    expect(typeof (Readability.prototype as unknown as Record<string, unknown>)._isElementWithoutContent).toBe('function');
  });
});

describe('cleanStyles', () => {
  test.each([
    ['a styled paragraph', '<p style="color:red" align="center" class="x">a</p>'],
    ['table sizes', '<table width="5" height="6" border="1" cellpadding="2"><tr><td width="3" valign="top">a</td></tr></table>'],
    ['sizes outside tables stay', '<img width="5" height="6" style="x" hspace="2">'],
    ['svg keeps its style', '<svg style="fill:red" width="3"><rect style="x"></rect></svg><p style="y">b</p>'],
    ['no attributes', '<div><p>a</p><span>b</span></div>'],
  ])('%s as Readability cleans it', (_name, html) => {
    const ours = new JSDOM(`<body><div>${html}</div></body>`).window.document;
    const theirs = new JSDOM(`<body><div>${html}</div></body>`).window.document;
    const reader = readabilityOwn(ours);
    Object.assign(reader, READER_SHORTCUTS);
    reader._cleanStyles(ours.body.firstElementChild!);
    readabilityOwn(theirs)._cleanStyles(theirs.body.firstElementChild!);
    expect(ours.body.innerHTML).toBe(theirs.body.innerHTML);
  });
});

describe('cloneForReading: inline styles', () => {
  test.each([
    ['dropped where Readability would only delete it', '<p style="color: red" id="a">Text</p>', '<p id="a">Text</p>'],
    ['kept where it may hide the element', '<p style="display: block">Text</p>', '<p style="display: block">Text</p>'],
    ['kept where it names visibility', '<p style="visibility: visible">Text</p>', '<p style="visibility: visible">Text</p>'],
    ['kept on SVG', '<svg style="fill: red"></svg>', '<svg style="fill: red"></svg>'],
  ])('%s', (_name, html, expected) => {
    const doc = new JSDOM(`<body>${html}</body>`).window.document;
    expect(cloneForReading(doc).body.innerHTML).toBe(expected);
  });
});

describe('isProbablyVisible', () => {
  test.each([
    ['a plain paragraph', '<p>a</p>'],
    ['display none', '<p style="display: none">a</p>'],
    ['visibility hidden', '<p style="color: red; visibility: hidden">a</p>'],
    ['another style', '<p style="color: red">a</p>'],
    ['a CSS comment the pattern would miss', '<p style="display: /* x */ none">a</p>'],
    ['the hidden attribute', '<p hidden>a</p>'],
    ['aria-hidden', '<p aria-hidden="true">a</p>'],
    ['aria-hidden false', '<p aria-hidden="false">a</p>'],
    ['a fallback math image', '<span class="mwe-math-fallback-image-inline" aria-hidden="true">x</span>'],
    ['an aria-hidden icon', '<svg aria-hidden="true"></svg>'],
    ['a hidden svg by style', '<svg style="display:none"></svg>'],
    ['MathML', '<math aria-hidden="true" style="display: none"></math>'],
  ])('%s as Readability sees it', (_name, html) => {
    const doc = new JSDOM(`<body>${html}</body>`).window.document;
    const el = doc.body.firstElementChild!;
    expect(isProbablyVisible(el)).toBe(!!readabilityOwn(doc)._isProbablyVisible(el));
  });
});
