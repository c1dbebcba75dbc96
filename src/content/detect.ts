import type { Detection } from '../shared/page-reading.ts';
import { measurePage, measurePageSteps, type PageSignals } from './page-signals.ts';

/** Score at or above which a page is an article. */
export const ARTICLE_SCORE = 2;

// schema.org types that declare a news or blog article; TechArticle is left out (documentation sites use it).
const NEWS_TYPES = /^(?:(?:Analysis|Ask|Background|Opinion|Reportage|Review)?NewsArticle|LiveBlogPosting)$/;
const ARTICLE_TYPES = /^(?:Article|BlogPosting|SocialMediaPosting|Report|ScholarlyArticle|SatiricalArticle)$/;
// Types that declare a shop, a Q&A or forum thread, a list, a product or a service: not a news article.
const NON_ARTICLE_TYPES = /^(?:Product|ProductGroup|ProductCollection|SomeProducts|Offer|CollectionPage|ItemList|SearchResultsPage|QAPage|FAQPage|DiscussionForumPosting|SoftwareApplication|WebApplication|MobileApplication|ProfessionalService|LocalBusiness|\w*Store|Course|JobPosting|ProfilePage|ContactPage|TechArticle|RealEstateListing|SingleFamilyResidence|Apartment|Hotel|Restaurant)$/;

/** Each signal: a name, its weight, and when it fires. Weights were set by hand on page structure, not per site. */
const RULES: { name: string; weight: number; fires: (s: PageSignals, derived: Derived) => boolean }[] = [
  // Publisher metadata: the strongest evidence, and cheap.
  { name: 'ld-news', weight: 3, fires: (s) => s.ldTypes.some((t) => NEWS_TYPES.test(t)) },
  { name: 'ld-article', weight: 1.5, fires: (s) => !s.ldTypes.some((t) => NEWS_TYPES.test(t)) && s.ldTypes.some((t) => ARTICLE_TYPES.test(t)) },
  { name: 'ld-non-article', weight: -2, fires: (s) => !s.ldTypes.some((t) => NEWS_TYPES.test(t)) && s.ldTypes.some((t) => NON_ARTICLE_TYPES.test(t)) },
  { name: 'og-article', weight: 1, fires: (s) => s.ogType === 'article' },
  { name: 'news-keywords', weight: 1, fires: (s) => s.newsKeywords },
  { name: 'date', weight: 1, fires: (s) => s.metaDate || s.ldDate },
  { name: 'byline', weight: 0.5, fires: (s) => s.hasByline },
  // URL shape: stories live at dated or slugged paths; home pages at the root, sections at short paths.
  { name: 'url-root', weight: -3, fires: (s) => s.urlShape === 'root' },
  { name: 'url-dated', weight: 1, fires: (s) => s.urlShape === 'dated' },
  { name: 'url-slug', weight: 0.5, fires: (s) => s.urlShape === 'slug' },
  { name: 'url-section', weight: -1, fires: (s) => s.urlShape === 'section' },
  // Body: an article keeps a long run of prose paragraphs under one parent.
  // A body split over sibling wrappers, a paragraph or two in each, is one body (issue 16).
  { name: 'long-prose', weight: 1.5, fires: (s, d) => d.bodyProse >= 1500 },
  { name: 'some-prose', weight: 1, fires: (s, d) => d.bodyProse >= 800 && d.bodyProse < 1500 },
  { name: 'little-prose', weight: -1, fires: (s, d) => d.bodyProse < 300 },
  { name: 'focused', weight: 1, fires: (s, d) => d.mainShare >= 0.4 },
  // One long body holding most of the page's prose, not spread over cards or sections, and not a code manual.
  { name: 'one-body', weight: 0.5, fires: (s, d) => s.mainProseChars >= 4500 && s.mainParagraphs >= 8 && d.proseShare >= 0.6 && s.codeBlocks < 0.5 * s.paragraphs },
  // A small page that is nearly all text, with few links: a bare article.
  { name: 'bare-text', weight: 2, fires: (s, d) => s.proseScore >= 20 && s.bodyChars < 3500 && d.linkShare < 0.2 },
  // More code blocks than paragraphs: documentation.
  { name: 'code', weight: -2, fires: (s) => s.codeBlocks >= 20 && s.codeBlocks > 2 * Math.max(1, s.paragraphs) },
  // Many <article> or <time> elements while the main run of prose is short: a list of stories or posts.
  // A body of 3,000+ characters in one section is a story however many <article>s surround it (related links, comments).
  // Twice as many <article>s as paragraphs: headline-only cards around a short intro.
  { name: 'list', weight: -1.5, fires: (s) => Math.max(s.articleElements, s.timeElements) >= 5 && s.mainSectionChars < 3000
    && (s.mainProseChars < 0.5 * s.paragraphChars || s.articleElements >= 2 * s.paragraphs) },
  // Several <article>s each with its author, around a short body: posts in a thread, not one story.
  { name: 'posts', weight: -1.5, fires: (s) => s.articleElements >= 6 && s.authorElements >= 6 && s.mainProseChars < 1500 },
  // Rows of prices ("$80.45 per hour (Range: $76.16 - $84.73)"), one for every two paragraphs or more: a
  // price list or cost report, however much description sits between the rows.
  { name: 'price-list', weight: -2, fires: (s) => s.priceLines >= 10 && s.priceLines * 2 >= s.paragraphs },
  // Per-post furniture ("Reply", "Quote", "Joined", "answered") repeated more than the main body is long: a thread.
  { name: 'forum', weight: -2, fires: (s) => s.forumMarks >= 4 && s.forumMarks * 300 > s.mainProseChars },
];

interface Derived {
  /** The main run of prose, or the body split over sibling wrappers when that is longer. */
  bodyProse: number;
  /** Main prose over the visible body text. */
  mainShare: number;
  /** Link text over all body text. */
  linkShare: number;
  /** Main prose over all paragraph text. */
  proseShare: number;
}

/** Scores measured signals: `scoreSignals(measurePage(doc, url))`. */
export function scoreSignals(s: PageSignals): Detection {
  const body = Math.max(1, s.bodyChars);
  const bodyProse = Math.max(s.mainProseChars, s.splitBodyChars);
  const derived: Derived = {
    bodyProse,
    mainShare: bodyProse / Math.max(1, s.visibleChars),
    linkShare: s.linkChars / body,
    proseShare: s.mainProseChars / Math.max(1, s.paragraphChars),
  };
  let score = 0;
  const signals: string[] = [];
  for (const rule of RULES) {
    if (!rule.fires(s, derived)) continue;
    score += rule.weight;
    signals.push(`${rule.weight > 0 ? '+' : ''}${rule.weight} ${rule.name}`);
  }
  return { isArticle: score >= ARTICLE_SCORE, signals, score };
}

/**
 * Decides cheaply whether a page is an article, without a full Readability parse: publisher metadata, URL shape
 * and the shape of the body text, weighed together.
 * Example: a page at /2025/01/02/a-story with JSON-LD `{"@type":"NewsArticle"}` and five paragraphs is an article.
 */
export function detectArticle(doc: Document, url: string | null = doc.URL || null): Detection {
  return scoreSignals(measurePage(doc, url));
}

/**
 * detectArticle in steps of bounded work ('measuring', see measurePageSteps), for the content script to run each in a
 * task of its own (tasks.ts). Same verdict as detectArticle.
 */
export function* detectionSteps(doc: Document, url: string | null = doc.URL || null): Generator<string, Detection, void> {
  return scoreSignals(yield* measurePageSteps(doc, url));
}
