import { readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { SHARED } from './server.ts';

/** Ids of the non-article corpus pages, smallest file first. */
export function nonArticleIds(): string[] {
  const dir = `${SHARED}corpus/non-article-pages/html/`;
  return readdirSync(dir)
    .map((file) => ({ id: file.replace('.html.gz', ''), size: statSync(dir + file).size }))
    .sort((a, b) => a.size - b.size)
    .map((page) => page.id);
}

const HOSTILE = '&lt;img src=x onerror="window.__pwned=1"&gt;&lt;/script&gt;&lt;script&gt;window.__pwned=2&lt;/script&gt;';

/**
 * An article whose title, quotes and names carry markup and script as text (escaped in the HTML, so the page's
 * own text contains the literal `<img …>` and `</script>`), plus a real img with an onerror in the body.
 */
export const HOSTILE_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>Mayor ${HOSTILE} resigns over budget</title>
<meta property="og:type" content="article">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Mayor \\u003cimg src=x onerror=\\"window.__pwned=1\\"\\u003e\\u003c/script\\u003e\\u003cscript\\u003ewindow.__pwned=2\\u003c/script\\u003e resigns over budget"}</script>
</head><body><article>
<h1>Mayor ${HOSTILE} resigns over budget</h1>
<p>Mayor Jane Smith${HOSTILE} resigned on Monday after the city council rejected her budget for the third time, ending a standoff that had lasted most of the year and left several city departments without funding.</p>
<p>“We tried everything ${HOSTILE} and it was not enough,” Jane Smith said at a news conference outside city hall, where dozens of residents had gathered to hear the announcement.</p>
<p>Council member Robert ${HOSTILE} Jones, who led the opposition to the budget, said he respected the decision. “The numbers never added up &lt;/script&gt; and everyone knew it,” Jones said.</p>
<p>The council will appoint an interim mayor next week. Residents said they hoped the new leadership would settle the dispute quickly, because parks, libraries and road repairs have all been delayed.</p>
<img src="x" onerror="window.__pwned=3">
<p>City officials said services would continue as normal during the transition, and that the budget talks would resume once the interim mayor takes office later this month.</p>
</article></body></html>`;

/** A single-page app: a short landing page until goToStory() pushes a new URL and renders an article. */
export const SPA_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Spa News</title></head>
<body><nav><a href="/spa">Home</a> <a href="/spa/about">About</a></nav><main id="main"><p>Welcome.</p></main>
<script>
window.goToStory = () => {
  history.pushState({}, '', '/spa/story/1');
  const meta = document.createElement('meta');
  meta.setAttribute('property', 'og:type');
  meta.setAttribute('content', 'article');
  document.head.append(meta);
  const article = document.createElement('article');
  const h1 = document.createElement('h1');
  h1.textContent = 'City council approves new park after long debate';
  article.append(h1);
  for (let i = 0; i < 6; i++) {
    const p = document.createElement('p');
    p.textContent = 'The city council voted on Tuesday to approve a new riverside park, ending a debate that had lasted more than two years and divided residents of the eastern districts, who argued about cost, traffic and the future of the old warehouses. ' + i;
    article.append(p);
  }
  document.getElementById('main').replaceChildren(article);
};
</script></body></html>`;

/**
 * Where a README screenshot goes: docs/NAME with LEDE_SCREENSHOTS=1 (to refresh the README's pictures), else a
 * temporary folder, so an ordinary test run leaves the checkout clean.
 */
export function screenshotPath(name: string): string {
  return process.env['LEDE_SCREENSHOTS'] === '1' ? `docs/${name}` : `${tmpdir()}/lede-${name}`;
}
