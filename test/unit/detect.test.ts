import { describe, expect, test } from 'vitest';
import { JSDOM } from 'jsdom';
import { detectArticle } from '../../src/content/detect.ts';
import { isPlainProse, measurePage, urlShape } from '../../src/content/page-signals.ts';

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
// A Q&A thread: per-post "asked"/"answered"/"Reply" furniture, a date and a slug URL, short posts.
const QA_PAGE = `<html><head><meta property="article:published_time" content="2025-01-02"><meta name="author" content="cook42"></head>
<body><h1>How much food for a catering event for 100 people?</h1><div class="question"><p>${LOREM}</p><span>asked</span></div>${Array.from({ length: 5 }, (_, i) =>
  `<div class="answer"><p>${LOREM} Answer ${i}.</p><span class="user-details">answered</span><a href="#">Reply</a></div>`).join('')}</body></html>`;
// A long story surrounded by many <article> teasers (related stories, comments): the body still decides.
const STORY_WITH_TEASERS = `<html><head><meta property="og:type" content="article"></head><body><main><div class="story"><h1>Budget passes</h1>
<div class="body-part">${paragraphs(12)}</div><div class="body-part">${paragraphs(12)}</div></div></main>
<aside>${Array.from({ length: 8 }, (_, i) => `<article class="teaser"><a href="/story-${i}">Story ${i}</a><p>${LOREM}</p><time>Jan 2</time></article>`).join('')}</aside></body></html>`;
// The same with every story paragraph in its own wrapper <div>, as some CMSs write them.
const WRAPPED_STORY_WITH_TEASERS = STORY_WITH_TEASERS.replace(/<div class="body-part">.*?<\/div>/gs, () =>
  Array.from({ length: 6 }, () => `<div class="paragraph"><p>${LOREM} ${LOREM} ${LOREM}</p></div>`).join(''));
const DOCS_PAGE = `<html><body><h1>API reference</h1>${Array.from({ length: 40 }, (_, i) => `<h2>method${i}()</h2><pre><code>call(${i})</code></pre><p>Returns ${i}.</p>`).join('')}</body></html>`;

describe('detectArticle', () => {
  test.each([
    ['a news page with JSON-LD NewsArticle', NEWS_PAGE, 'https://news.example/2025/01/02/budget-passes-after-long-debate'],
    ['a bare page of paragraphs', BARE_PAGE, 'http://fakehost/test/page.html'],
    ['a long story split in sections beside many teasers', STORY_WITH_TEASERS, 'http://fakehost/test/page.html'],
  ])('returns true for %s', (_name, html, url) => {
    expect(detectArticle(doc(html, url)).isArticle).toBe(true);
  });

  test.each([
    ['a news front page at the root', FRONT_PAGE, 'https://news.example/'],
    ['a product page', PRODUCT_PAGE, 'https://shop.example/products/mug'],
    ['a forum thread', FORUM_PAGE, 'https://forum.example/t/help/123'],
    ['a Q&A thread', QA_PAGE, 'https://cooking.example/questions/12068/how-much-food-for-a-catering-event'],
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

  test.each([
    ['forum', QA_PAGE, true],
    ['forum', NEWS_PAGE, false],
    ['posts', FORUM_PAGE, true],
    ['posts', NEWS_PAGE, false],
    ['list', FRONT_PAGE, true],
    ['list', STORY_WITH_TEASERS, false],
    ['list', WRAPPED_STORY_WITH_TEASERS, false],
  ])('signal %s fires: %#', (signal, html, fires) => {
    const signals = detectArticle(doc(html, 'https://example.com/a')).signals.map((x) => x.split(' ')[1]);
    expect(signals.includes(signal)).toBe(fires);
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

// Real shapes met on the web, cut small: what each new measurement sees.
const ZH = '研究人员表示，这种新型计算机能够利用外部记忆自主学习，并在复杂任务中表现出色。';
const RFC_TEXT = 'The protocol allows a client to store data on a server chosen by the user. Each request carries a bearer token that the server checks before it answers. '.repeat(4);
const C_CODE = 'int main(void) { for (int i = 0; i < 10; i++) { printf("%d\\n", i); } return 0; }\n'.repeat(4);
const INDENT = '\n' + ' '.repeat(200);

describe('measurePage', () => {
  test.each([
    // A Chinese paragraph of 38 characters carries about 38 words: it is a paragraph (weighted 3 per character).
    ['a Chinese paragraph', `<body><div><p>${ZH}</p><p>${ZH}</p></div></body>`, 'paragraphs', 2],
    ['a Chinese paragraph, weighted', `<body><div><p>${ZH}</p></div></body>`, 'paragraphChars', ZH.length * 3 - 2 * (ZH.match(/[，。]/g) ?? []).length],
    ['prose in <pre> is a paragraph', `<body><pre>${RFC_TEXT}</pre></body>`, 'paragraphs', 1],
    ['prose in <pre> is no code block', `<body><pre>${RFC_TEXT}</pre></body>`, 'codeBlocks', 0],
    ['code in <pre> is a code block', `<body><pre>${C_CODE}</pre></body>`, 'codeBlocks', 1],
    ['code in <pre> is no paragraph', `<body><pre>${C_CODE}</pre></body>`, 'paragraphs', 0],
    // A table cell around a nested table of rows: the rows are the paragraphs, the outer cell adds nothing.
    ['a cell around a nested table', `<body><table><tr><td><table>${Array.from({ length: 4 }, () => `<tr><td>${LOREM}<br>${LOREM}</td></tr>`).join('')}</table></td></tr></table></body>`, 'paragraphs', 4],
    // A product grid indented with whitespace between its cards: the indentation is not the grid's own text.
    ['an indented grid of cards', `<body><div class="product-list">${Array.from({ length: 6 }, (_, i) => `${INDENT}<div><a href="/p${i}">Watch ${i}</a></div>`).join('')}</div></body>`, 'paragraphs', 0],
    ['the main run of a story', `<body><main>${paragraphs(6)}</main><aside><p>${LOREM}</p></aside></body>`, 'mainParagraphs', 6],
    ['indentation is not visible text', `<body><div>${INDENT}<p>short text</p>${INDENT}</div></body>`, 'visibleChars', 'short text'.length],
    ['news_keywords', `<head><meta name="news_keywords" content="budget, council"></head><body></body>`, 'newsKeywords', true],
    ['publish_date written with an underscore', `<head><meta name="publish_date" content="05/08/2014 07:01:00"></head><body></body>`, 'metaDate', true],
    ['a keywords tag is not news_keywords', `<head><meta name="keywords" content="budget"></head><body></body>`, 'newsKeywords', false],
  ])('%s: %s', (_name, html, field, expected) => {
    const signals = measurePage(doc(html, 'https://example.com/a'), null) as unknown as Record<string, unknown>;
    expect(signals[field]).toBe(expected);
  });

  test.each([
    [RFC_TEXT, true],
    [C_CODE, false],
    ['<div class="x"><span>{{ value }}</span></div>'.repeat(5), false],
  ])('isPlainProse %#', (text, expected) => {
    expect(isPlainProse(text)).toBe(expected);
  });
});

// A long encyclopedia-style body (no metadata, no telling URL) against the same prose cut into service-page sections.
const ONE_BODY = `<html><body><nav>${Array.from({ length: 40 }, (_, i) => `<a href="/p${i}">Page ${i}</a>`).join(' ')}</nav>
<div id="content">${paragraphs(40)}</div><div class="footer"><p>${LOREM}</p></div></body></html>`;
const SPREAD = `<html><body>${Array.from({ length: 10 }, (_, i) => `<section><h2>Service ${i}</h2><div class="text">${paragraphs(4)}</div></section>`).join('')}</body></html>`;
// A blog index: twenty headline-only <article> cards under a short intro.
const CARDS = `<html><head><meta property="og:type" content="article"></head><body><div class="intro">${paragraphs(6)}</div>${Array.from({ length: 20 }, (_, i) =>
  `<article><h2><a href="/post-${i}">A post about saving waste number ${i} at home</a></h2></article>`).join('')}</body></html>`;

describe('new detection signals', () => {
  test.each([
    ['one-body', ONE_BODY, true],
    ['one-body', SPREAD, false],
    ['list', CARDS, true],
    ['list', ONE_BODY, false],
  ])('%s fires: %#', (signal, html, fires) => {
    const signals = detectArticle(doc(html, 'http://fakehost/test/page.html')).signals.map((x) => x.split(' ')[1]);
    expect(signals.includes(signal)).toBe(fires);
  });

  test('a Chinese story without metadata is an article once its characters are weighted', () => {
    const html = `<html><body><ul>${Array.from({ length: 30 }, (_, i) => `<li><a href="/c${i}">栏目${i}</a></li>`).join('')}</ul><div class="text">${Array.from({ length: 12 }, () => `<p>${ZH}${ZH}</p>`).join('')}</div></body></html>`;
    expect(detectArticle(doc(html, 'http://fakehost/test/page.html')).signals.join(' ')).toMatch(/long-prose.*focused/);
  });
});

// Issue 16: short news items split over sibling wrappers, and articles followed by long comment sections.
const SHORT_ITEM = (body: string, after = '') => `<html><head><meta property="og:type" content="article"></head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<h1>Council approves budget</h1>${body}${after}</body></html>`;
const SENTENCE = 'The city council approved the new budget on Tuesday night after a four-hour debate about school funding, road repairs and a proposed rise in property taxes.';
const COMMENT = (i: number) => `<li class="comment"><article><span class="comment-author">reader${i}</span><time datetime="2025-01-02">Jan 2</time><p>${SENTENCE} I think reader ${i} has a point here about taxes and the schools in our district.</p><a href="#">Reply</a> <span>Like</span></article></li>`;
const COMMENTS = `<section id="comments"><h2>48 comments</h2><ol class="comment-list">${Array.from({ length: 16 }, (_, i) => COMMENT(i)).join('')}</ol></section>`;

describe('detectArticle: an article’s prose across sibling wrappers, and comments below it', () => {
  test.each([
    ['four paragraphs, each in its own wrapper', SHORT_ITEM(`<div class="article-body">${Array.from({ length: 4 }, () => `<div class="text-block"><p>${SENTENCE}</p></div>`).join('')}</div>`)],
    ['three wrappers of one or two paragraphs', SHORT_ITEM(`<div class="story">${[2, 1, 2].map((n) => `<div class="rich-text">${Array.from({ length: n }, () => `<p>${SENTENCE}</p>`).join('')}</div>`).join('')}</div>`)],
    ['a short article under a long comment section', SHORT_ITEM(`<div class="article-body"><p>${SENTENCE}</p><p>${SENTENCE}</p><p>${SENTENCE}</p><p>${SENTENCE}</p><p>${SENTENCE}</p><p>${SENTENCE}</p></div>`, COMMENTS)],
  ])('returns true for %s', (_name, html) => {
    expect(detectArticle(doc(html, 'https://news.example/local/council-approves-budget-after-debate')).isArticle).toBe(true);
  });

  test.each([
    // Teaser cards with a blurb each are not one body, however many there are.
    ['a list of teaser cards', `<html><body>${Array.from({ length: 12 }, (_, i) => `<div class="teaser"><p>${SENTENCE} Story ${i}.</p></div>`).join('')}</body></html>`],
    // A thread whose posts are all comments has no article above them.
    ['a thread made only of comments', `<html><body><h1>Budget thread</h1>${COMMENTS}</body></html>`],
  ])('returns false for %s', (_name, html) => {
    expect(detectArticle(doc(html, 'https://forum.example/t/budget')).isArticle).toBe(false);
  });

  test('comment text is measured apart', () => {
    const s = measurePage(doc(SHORT_ITEM(`<p>${SENTENCE}</p>`, COMMENTS), 'https://news.example/a'), null);
    expect(s.commentChars).toBeGreaterThan(2000);
    expect(s.forumMarks).toBe(0);
    expect(s.articleElements).toBe(0);
  });
});

// Issue 16: a cost report or price list (rows that open on an amount, a description between them) is not an article,
// however much prose its descriptions add up to; an article that mentions prices in its sentences still is.
const PRICE_ROW = (i: number) => `<div class="report"><h3>Cost of job ${i} in Springfield</h3><div class="price">$${80 + i}.45 per hour (plus materials) (Range: $${70 + i}.16 - $${90 + i}.73)</div>
<div class="desc"><p>This estimate covers the cost of labor for job ${i}, with wiring, permits and cleanup included; it excludes emergency calls, overtime and weekend work.</p></div></div>`;
const PRICE_PAGE = (rows: number, row = PRICE_ROW) => `<html><head><title>Springfield costs</title></head><body><h1>Springfield Electricians Costs &amp; Prices</h1>
<p>We have done a little research to find the average cost of electricians in Springfield. Here are the average costs and prices reported back to us.</p>
<div class="reports">${Array.from({ length: rows }, (_, i) => row(i)).join('')}</div></body></html>`;

describe('detectArticle: a price list is not an article (issue 16)', () => {
  test.each([
    ['dollar rows', PRICE_PAGE(14)],
    ['euro rows', PRICE_PAGE(12, (i) => PRICE_ROW(i).replace(/\$/g, '€'))],
    ['pound rows, a story paragraph after every other one', PRICE_PAGE(12, (i) => `${PRICE_ROW(i)}${i % 2 ? `<p>${SENTENCE}</p>` : ''}`.replace(/\$/g, '£'))],
  ])('%s', (_name, html) => {
    const page = doc(html, 'https://pros.example/cost/springfield-electricians-costs-prices');
    expect(measurePage(page, null).priceLines).toBeGreaterThanOrEqual(10);
    expect(detectArticle(page).isArticle).toBe(false);
  });

  test.each([
    ['prices inside sentences', SHORT_ITEM(Array.from({ length: 12 }, (_, i) => `<p>Petrol rose to $${3 + i}.10 a gallon in week ${i}, and ${SENTENCE}</p>`).join(''))],
    ['a few price rows in a long story', SHORT_ITEM(`<div class="story">${Array.from({ length: 12 }, () => `<p>${SENTENCE}</p>`).join('')}</div><ul>${Array.from({ length: 4 }, (_, i) => `<li>$${i}.99 a month</li>`).join('')}</ul>`)],
    ['many paragraphs and ten price rows', SHORT_ITEM(`<div class="story">${Array.from({ length: 24 }, () => `<p>${SENTENCE}</p>`).join('')}</div><ul>${Array.from({ length: 10 }, (_, i) => `<li>$${i}.99 a month</li>`).join('')}</ul>`)],
  ])('an article with %s stays one', (_name, html) => {
    expect(detectArticle(doc(html, 'https://news.example/local/council-approves-budget-after-debate')).isArticle).toBe(true);
  });
});
