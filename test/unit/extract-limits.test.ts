// Extraction's bounds in the page (issue 17): a long page is cut before Readability parses it, metadata is a line, and
// the work is cut into steps that the content script runs in tasks of their own.
import { describe, expect, test } from 'vitest';
import { JSDOM } from 'jsdom';
import { extractArticle, oneLine, readingCopy, MAX_ARTICLE_TEXT, MAX_BYLINE, MAX_PARAGRAPH_TEXT, MAX_TITLE } from '../../src/content/extract.ts';
import { readPageSteps } from '../../src/content/read-page.ts';
import { detectArticle, detectionSteps } from '../../src/content/detect.ts';
import { measurePage } from '../../src/content/page-signals.ts';
import { ELEMENTS_PER_TASK, TEXT_PER_TASK, inTasks } from '../../src/content/tasks.ts';

const SENTENCE = 'The council voted on Tuesday to close the bridge for repairs, officials said. ';
const page = (paragraphs: number, head = '') => new JSDOM(`<!doctype html><html lang="en"><head><title>Bridge closed</title>${head}</head><body><article><h1>Bridge closed</h1>${`<p>${SENTENCE.repeat(4)}</p>`.repeat(paragraphs)}</article></body></html>`).window.document;

describe('readingCopy: the copy Readability reads, cut to a budget of body text', () => {
  test.each([
    ['a page under the budget is copied whole', 10, 1_000_000, false],
    ['a page over it is cut to exactly the budget', 400, 20_000, true],
    ['a budget that ends inside a text node cuts that node', 5, 1_001, true],
  ])('%s', (_name, paragraphs, budget, cut) => {
    const doc = page(paragraphs);
    const copy = readingCopy(doc, budget);
    const whole = doc.body.textContent!.length;
    expect(copy.cut).toBe(cut);
    expect(copy.clone.body.textContent!.length).toBe(cut ? budget : whole);
    // What is copied is the page's beginning, in document order.
    expect(doc.body.textContent!.startsWith(copy.clone.body.textContent!)).toBe(true);
  });
});

describe('oneLine', () => {
  test.each([
    ['short text is unchanged', 'Bridge closed', 20, 'Bridge closed'],
    ['cut at a space, with an ellipsis', 'The council voted on Tuesday', 20, 'The council voted…'],
    ['a word longer than the limit is cut inside', 'x'.repeat(50), 10, `${'x'.repeat(9)}…`],
  ])('%s', (_name, text, max, expected) => {
    expect(oneLine(text, max)).toBe(expected);
    expect(oneLine(text, max).length).toBeLessThanOrEqual(max);
  });
});

describe('extractArticle on pages built to be awkward', () => {
  test('a title and byline of 100,000 characters come out a line each', () => {
    const title = 'Council '.repeat(12_500);
    const byline = 'By Ann Lee, '.repeat(9_000);
    const doc = page(8, `<meta name="author" content="${byline}"><meta property="og:title" content="${title}">`);
    const article = extractArticle(doc, 'https://example.com/a');
    expect(article.title.length).toBeLessThanOrEqual(MAX_TITLE);
    expect((article.byline ?? '').length).toBeLessThanOrEqual(MAX_BYLINE);
    expect(article.truncated).toBeUndefined();
  });

  test('an article longer than the core gets is cut, and says so', () => {
    const article = extractArticle(page(700), 'https://example.com/a');
    expect(article.truncated).toBe(true);
    expect(article.paragraphs.join('').length).toBeLessThanOrEqual(MAX_ARTICLE_TEXT);
  });

  test('a wall of text a megabyte long comes out one paragraph of at most MAX_PARAGRAPH_TEXT, marked cut', () => {
    const wall = 'the council met and voted again '.repeat(32_000);
    const doc = new JSDOM(`<!doctype html><html><head><title>Wall</title></head><body><article><p>${wall}</p></article></body></html>`).window.document;
    const article = extractArticle(doc, 'https://example.com/a');
    expect(article.paragraphs).toHaveLength(1);
    expect(article.paragraphs[0]!.length).toBeLessThanOrEqual(MAX_PARAGRAPH_TEXT);
    expect(wall.startsWith(article.paragraphs[0]!)).toBe(true);
    expect(article.truncated).toBe(true);
  });

  test('an ordinary article is whole and not marked', () => {
    expect(extractArticle(page(12), 'https://example.com/a').truncated).toBeUndefined();
  });
});

describe('reading a page in steps', () => {
  test('copy, parse, text and header are separate steps, in this order', () => {
    const doc = page(12);
    const steps = readPageSteps(doc, 'https://example.com/a', true, detectArticle(doc));
    const names: string[] = [];
    for (let step = steps.next(); !step.done; step = steps.next()) names.push(step.value);
    expect(names).toEqual(['copied', 'parsed', 'read']);
  });

  test('inTasks runs each step in a task of its own and times it', async () => {
    const doc = page(12);
    let turns = 0;
    const { value, tasks } = await inTasks(readPageSteps(doc, 'https://example.com/a', true, detectArticle(doc)), undefined, async () => void turns++);
    expect(value.ok).toBe(true);
    expect(tasks.map((t) => t.step)).toEqual(['copied', 'parsed', 'read', 'done']);
    expect(turns).toBe(3);
    for (const task of tasks) expect(task.ms).toBeGreaterThanOrEqual(0);
  });

  test('a large page is copied and read in tasks of at most ELEMENTS_PER_TASK elements', () => {
    const doc = new JSDOM(`<!doctype html><html><head><title>Minutes</title></head><body><article>${'<p>The council met again and voted.</p>'.repeat(2_500)}</article></body></html>`).window.document;
    const steps = readPageSteps(doc, 'https://example.com/a', true, detectArticle(doc));
    const names: string[] = [];
    let step = steps.next();
    for (; !step.done; step = steps.next()) names.push(step.value);
    const count = (name: string) => names.filter((n) => n === name).length;
    // 2,500 paragraphs and html, head, title, body, article: a pause after every ELEMENTS_PER_TASK copied, and some while reading.
    expect(count('copying')).toBe(Math.floor((2_500 + 5) / ELEMENTS_PER_TASK));
    expect(count('reading')).toBeGreaterThanOrEqual(2);
    expect(names.indexOf('copied')).toBe(count('copying'));
    expect(names.indexOf('parsed')).toBe(count('copying') + 1);
    expect(step.value).toMatchObject({ ok: true });
  });

  test('a page of few but long paragraphs is read in tasks of about TEXT_PER_TASK characters', () => {
    // 40 paragraphs of about 5,000 characters: far under ELEMENTS_PER_TASK elements, 200,000 characters of text.
    const long = `<p>${SENTENCE.repeat(64)}</p>`.repeat(40);
    const doc = new JSDOM(`<!doctype html><html><head><title>Bridge closed</title></head><body><article>${long}</article></body></html>`).window.document;
    const steps = readPageSteps(doc, 'https://example.com/a', true, detectArticle(doc));
    const names: string[] = [];
    let step = steps.next();
    for (; !step.done; step = steps.next()) names.push(step.value);
    const text = doc.body.textContent!.length;
    expect(names.filter((n) => n === 'reading').length).toBeGreaterThanOrEqual(Math.floor(text / TEXT_PER_TASK) - 1);
    expect(step.value).toMatchObject({ ok: true });
  });

  // Detection at document_idle walks up to 30,000 elements: in one task that was 71 ms on a hostile page in a browser.
  test.each([
    ['a short page', 3],
    ['a page of 2,496 paragraphs', 2_496],
    ['a page of 2,497 paragraphs', 2_497],
  ])('detection measures %s in steps of ELEMENTS_PER_TASK elements, to the same verdict', async (_name, paragraphs) => {
    // Short paragraphs: their text (under TEXT_PER_TASK) never calls for a pause of its own.
    const doc = new JSDOM(`<!doctype html><html><head><title>Minutes</title></head><body><article>${'<p>Met.</p>'.repeat(paragraphs)}</article></body></html>`).window.document;
    let turns = 0;
    const { value, tasks } = await inTasks(detectionSteps(doc, 'https://example.com/2025/01/02/minutes'), undefined, async () => void turns++);
    const { elements } = measurePage(doc, 'https://example.com/2025/01/02/minutes');
    // head, title, body, article and the paragraphs: a pause after every ELEMENTS_PER_TASK of them, and no more.
    expect(elements).toBe(paragraphs + 4);
    expect(tasks.filter((t) => t.step === 'measuring')).toHaveLength(Math.floor(elements / ELEMENTS_PER_TASK));
    expect(turns).toBe(tasks.length - 1);
    expect(value).toEqual(detectArticle(doc, 'https://example.com/2025/01/02/minutes'));
  });

  test('detection pauses after TEXT_PER_TASK characters too, and sizes a huge JSON-LD block before reading it', async () => {
    // Three elements of 210,000 characters each (a title, JSON-LD, a heading): few elements, much text.
    const long = 'Council Budget '.repeat(14_000);
    const ld = JSON.stringify({ '@type': 'NewsArticle', headline: long });
    const doc = new JSDOM(`<!doctype html><html><head><title>${long}</title><script type="application/ld+json">${ld}</script></head><body><h1>${long}</h1><p>Met.</p><p>Met.</p></body></html>`).window.document;
    const { value, tasks } = await inTasks(detectionSteps(doc, 'https://example.com/a'), undefined, async () => undefined);
    expect(tasks.filter((t) => t.step === 'measuring').length).toBeGreaterThanOrEqual(2);
    expect(value).toEqual(detectArticle(doc, 'https://example.com/a'));
    // The JSON-LD block is over the size read (MAX_JSON_LD, 200,000), so its type does not count, as before.
    expect(measurePage(doc, 'https://example.com/a').ldTypes).toEqual([]);
  });

  test('a page not an article and not forced is one step', async () => {
    const doc = new JSDOM('<p>Hello.</p>').window.document;
    const { value, tasks } = await inTasks(readPageSteps(doc, null, false, detectArticle(doc)));
    expect(value).toMatchObject({ ok: false, reason: 'not-article' });
    expect(tasks).toHaveLength(1);
  });
});
