import { describe, expect, test } from 'vitest';
import { JSDOM } from 'jsdom';
import { detectArticle } from '../../src/content/detect.ts';
import { measurePage, urlShape } from '../../src/content/page-signals.ts';

const LOREM = 'The council voted on Tuesday to approve the new budget after a long debate about schools, roads and taxes, officials said.';
const paragraphs = (n: number) => Array.from({ length: n }, (_, i) => `<p>${LOREM} Paragraph ${i} adds more detail about the vote.</p>`).join('');
const doc = (html: string, url: string) => new JSDOM(html, { url }).window.document;

const NEWS_PAGE = `<html><head><meta property="og:type" content="article"><meta property="article:published_time" content="2025-01-02">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Budget passes"}</script></head>
<body><nav><a href="/">Home</a></nav><article><h1>Budget passes</h1><p class="byline">By Ann Lee</p>${paragraphs(8)}</article></body></html>`;
const BARE_PAGE = `<html><body><h1>A story</h1>${paragraphs(5)}</body></html>`;
const FRONT_PAGE = `<html><head><meta property="og:type" content="website"></head><body>${Array.from({ length: 30 }, (_, i) =>
  `<article class="card"><h2><a href="/2025/01/02/story-number-${i}-about-the-news">Story number ${i} about the news of the day</a></h2><time datetime="2025-01-02">Jan 2</time><p>${LOREM}</p></article>`).join('')}</body></html>`;
const PRODUCT_PAGE = `<html><head><meta property="og:type" content="product">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Mug"}</script></head>
<body><h1>Ceramic mug</h1><p>${LOREM}</p><button>Add to cart</button></body></html>`;
const FORUM_PAGE = `<html><head><script type="application/ld+json">{"@type":"DiscussionForumPosting","headline":"Help"}</script></head>
<body>${Array.from({ length: 12 }, (_, i) => `<article class="post"><span class="username">user${i}</span><time datetime="2025-01-0${(i % 9) + 1}">x</time><div>${LOREM}</div></article>`).join('')}</body></html>`;
const DOCS_PAGE = `<html><body><h1>API reference</h1>${Array.from({ length: 40 }, (_, i) => `<h2>method${i}()</h2><pre><code>call(${i})</code></pre><p>Returns ${i}.</p>`).join('')}</body></html>`;

describe('detectArticle', () => {
  test.each([
    ['a news page with JSON-LD NewsArticle', NEWS_PAGE, 'https://news.example/2025/01/02/budget-passes-after-long-debate'],
    ['a bare page of paragraphs', BARE_PAGE, 'http://fakehost/test/page.html'],
  ])('returns true for %s', (_name, html, url) => {
    expect(detectArticle(doc(html, url)).isArticle).toBe(true);
  });

  test.each([
    ['a news front page at the root', FRONT_PAGE, 'https://news.example/'],
    ['a product page', PRODUCT_PAGE, 'https://shop.example/products/mug'],
    ['a forum thread', FORUM_PAGE, 'https://forum.example/t/help/123'],
    ['a documentation page', DOCS_PAGE, 'https://docs.example/reference/api'],
    ['an empty page', '', 'https://example.com/'],
  ])('returns false for %s', (_name, html, url) => {
    expect(detectArticle(doc(html, url)).isArticle).toBe(false);
  });

  test('never throws on malformed JSON-LD and still reads the rest', () => {
    const html = NEWS_PAGE.replace('"headline"', '"headline" oops');
    const detection = detectArticle(doc(html, 'https://news.example/2025/01/02/budget-passes-after-long-debate'));
    expect(detection.signals.join(' ')).not.toMatch(/ld-news/);
    expect(detection.signals.join(' ')).toMatch(/og-article/);
  });

  test('skips hidden text', () => {
    const hidden = `<html><body><div hidden>${paragraphs(20)}</div><div style="display: none">${paragraphs(20)}</div></body></html>`;
    expect(measurePage(doc(hidden, 'https://example.com/a'), null).paragraphs).toBe(0);
  });
});

describe('urlShape', () => {
  test.each([
    ['https://example.com/', 'root'],
    ['https://example.com/?q=1', 'root'],
    ['https://www.nytimes.com/2019/11/18/business/trump-trade.html', 'dated'],
    ['https://example.com/news/2025-01-02/story', 'dated'],
    ['https://www.bbc.com/news/world-us-canada-50470672', 'numeric'],
    ['https://example.com/news/police-arrest-man-after-chase', 'slug'],
    ['https://example.com/article/123456', 'numeric'],
    ['https://example.com/news', 'section'],
    ['https://example.com/sections/science/', 'section'],
    ['http://fakehost/test/page.html', 'file'],
    ['not a url', 'none'],
  ])('%s is %s', (url, shape) => {
    expect(urlShape(url)).toBe(shape);
  });
});
