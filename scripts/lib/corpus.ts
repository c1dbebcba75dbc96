// One loader for every page of ../shared/corpus that detection, extraction, robustness and bench read (issue 6).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readPageFile } from '../../src/cli/load-page.ts';

export const SHARED = process.env.LEDE_SHARED ?? join(import.meta.dirname, '../../../shared');
export const CORPUS = join(SHARED, 'corpus');

export type CorpusSet = 'readability' | 'benchmark' | 'non-article' | 'news-2025';
export const ALL_SETS: readonly CorpusSet[] = ['readability', 'benchmark', 'non-article', 'news-2025'];
/** The 461 pages corpus-notes.md measures detection on; news-2025 is extra. */
export const DETECTION_SETS: readonly CorpusSet[] = ['readability', 'benchmark', 'non-article'];

export interface CorpusPage {
  set: CorpusSet;
  id: string;
  /** Absolute path of the HTML (.html or .html.gz). */
  path: string;
  url: string;
  /** Gold label: should Lede light up on this page? */
  isArticle: boolean;
  /** For per-type reports: "article", "readerable", "not-readerable", or the non-article page type. */
  pageType: string;
  /** Ground-truth article text where the set has one. */
  groundTruth: string | null;
}

// Readability's own tests load every page at this URL.
const READABILITY_URL = 'http://fakehost/test/page.html';

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

function readabilityPages(): CorpusPage[] {
  const dir = join(CORPUS, 'readability-test-pages');
  return readdirSync(dir).filter((id) => existsSync(join(dir, id, 'source.html'))).sort().map((id) => {
    const meta = readJson<{ readerable?: boolean }>(join(dir, id, 'expected-metadata.json'));
    const readerable = meta.readerable === true;
    return {
      set: 'readability', id, path: join(dir, id, 'source.html'), url: READABILITY_URL,
      isArticle: readerable, pageType: readerable ? 'readerable' : 'not-readerable', groundTruth: null,
    };
  });
}

function benchmarkPages(): CorpusPage[] {
  const dir = join(CORPUS, 'article-extraction-benchmark');
  const truth = readJson<Record<string, { articleBody: string; url: string }>>(join(dir, 'ground-truth.json'));
  return Object.entries(truth).sort(([a], [b]) => a.localeCompare(b)).map(([id, t]) => ({
    set: 'benchmark', id, path: join(dir, 'html', `${id}.html.gz`), url: t.url,
    isArticle: true, pageType: 'article', groundTruth: t.articleBody,
  }));
}

interface WcxbPage { id: string; url: string; html: string; groundTruth: string; pageType?: string; newsOrBlogIndex?: boolean }

function wcxbPages(set: 'non-article' | 'news-2025', folder: string): CorpusPage[] {
  const dir = join(CORPUS, folder);
  const { pages } = readJson<{ pages: WcxbPage[] }>(join(dir, 'labels.json'));
  return pages.map((p) => {
    const truthPath = join(dir, p.groundTruth);
    const truth = existsSync(truthPath) ? readJson<{ ground_truth?: { main_content?: string } }>(truthPath).ground_truth?.main_content ?? null : null;
    const article = set === 'news-2025';
    const pageType = article ? 'news' : p.newsOrBlogIndex ? 'news-front' : p.pageType ?? 'non-article';
    return { set, id: p.id, path: join(dir, p.html), url: p.url, isArticle: article, pageType, groundTruth: truth };
  });
}

/** Every corpus page of the given sets, in a stable order. Throws if ../shared/corpus is missing. */
export function corpusPages(sets: readonly CorpusSet[] = ALL_SETS): CorpusPage[] {
  if (!existsSync(CORPUS)) throw new Error(`corpus not found at ${CORPUS} (set LEDE_SHARED)`);
  const pages: CorpusPage[] = [];
  if (sets.includes('readability')) pages.push(...readabilityPages());
  if (sets.includes('benchmark')) pages.push(...benchmarkPages());
  if (sets.includes('non-article')) pages.push(...wcxbPages('non-article', 'non-article-pages'));
  if (sets.includes('news-2025')) pages.push(...wcxbPages('news-2025', 'news-2025'));
  return pages;
}

/** The page's HTML as a UTF-8 string (corpus-notes.md, gotcha 3). */
export function readCorpusHtml(page: CorpusPage): string {
  return readPageFile(page.path);
}

/** A short name for reports: set/id, ids cut to 10 characters. */
export function pageName(page: CorpusPage): string {
  return `${page.set}/${page.id.length > 12 ? page.id.slice(0, 10) : page.id}`;
}
