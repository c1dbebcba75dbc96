// `npm run bench [-- --every N] [--page SUBSTRING[,SUBSTRING…] [--repeat N]]`: speed of every stage over the corpus pages under jsdom, the core's stages on a
// 1,000-word article, and the size of every bundle in dist/ (issue 6). The last line is the core/Readability ratio,
// against Readability as shipped measured on the same pages in the same run.
// `npm run bench -- --hostile [--page SUBSTRING] [--repeat N]`: the same stages on the hostile pages of issue 17 instead.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';
import { isProbablyReaderable, Readability } from '@mozilla/readability';
import { corpusPages, readCorpusHtml, pageName, type CorpusPage } from './lib/corpus.ts';
import { median, quantile } from './lib/metrics.ts';
import { table } from './eval/labels.ts';
import { loadDom, yieldToEventLoop } from '../src/cli/load-page.ts';
import { detectArticle } from '../src/content/detect.ts';
import { parseWithReadability, toArticle } from '../src/content/extract.ts';
import { buildTextDoc, digest } from '../src/core/digest.ts';
import { findEntities } from '../src/core/people/people.ts';
import { findQuotes } from '../src/core/quotes/quote-spans.ts';
import { attributeSpeakers } from '../src/core/quotes/attribution.ts';
import { summarize } from '../src/core/summary/summary.ts';
import { countWords } from '../src/core/text/text.ts';
import type { Article } from '../src/core/types.ts';
import { benchHostile } from './bench-hostile.ts';

const { values } = parseArgs({ options: {
  every: { type: 'string', default: '1' }, page: { type: 'string' }, repeat: { type: 'string', default: '1' }, hostile: { type: 'boolean', default: false },
} });
const every = Math.max(1, Number(values.every) || 1);
const ROOT = join(import.meta.dirname, '..');

interface PageTiming {
  page: CorpusPage;
  load: number;
  readerable: number;
  /** Readability as shipped on a deep clone: the baseline the ratios use, since Lede's own parse is tuned (extract.ts). */
  shipped: number;
  detect: number;
  /** Clone + Readability parse; NaN when Readability found nothing. */
  readability: number;
  /** toArticle + digest; NaN without an article. */
  core: number;
  total: number;
  /** CPU time (user + system) of detect + extract + core: other processes sharing the cores inflate wall time, not this. */
  cpu: number;
  error: string | null;
}

function time<T>(run: () => T): [T, number] {
  const start = performance.now();
  const result = run();
  return [result, performance.now() - start];
}

function benchPage(page: CorpusPage): { timing: PageTiming; article: Article | null } {
  const [dom, load] = time(() => loadDom(readCorpusHtml(page), page.url));
  const doc = dom.window.document;
  const timing: PageTiming = { page, load, readerable: NaN, shipped: NaN, detect: NaN, readability: NaN, core: NaN, total: NaN, cpu: NaN, error: null };
  let article: Article | null = null;
  try {
    timing.readerable = time(() => isProbablyReaderable(doc))[1];
    const cpuStart = process.cpuUsage();
    timing.detect = time(() => detectArticle(doc, page.url))[1];
    // Like "Digest anyway": every page is extracted and digested, article or not.
    try {
      const [parsed, readability] = time(() => parseWithReadability(doc));
      timing.readability = readability;
      timing.core = time(() => {
        article = toArticle(parsed, doc, page.url);
        digest(article);
      })[1];
    } catch (error) {
      timing.error = error instanceof Error ? error.message : String(error);
    }
    timing.total = timing.detect + (timing.readability || 0) + (timing.core || 0);
    const cpu = process.cpuUsage(cpuStart);
    timing.cpu = (cpu.user + cpu.system) / 1000;
    // After Lede's stages, so the garbage of its deep clone does not land in their timings.
    try {
      const [parsed, shipped] = time(() => new Readability(doc.cloneNode(true) as Document).parse());
      if (parsed) timing.shipped = shipped;
    } catch { /* no baseline for this page */ }
  } finally {
    try { dom.window.close(); } catch { /* a pathological tree; see digest-page.ts */ }
  }
  return { timing, article };
}

function stats(label: string, values: number[]): (string | number)[] {
  const v = values.filter((x) => Number.isFinite(x));
  return [label, v.length, median(v), quantile(v, 0.95), Math.max(...v)];
}

// A real 1,000-word article: the opening paragraphs of a quote-rich corpus story.
function thousandWords(articles: Article[]): Article | null {
  for (const a of articles) {
    const paragraphs: string[] = [];
    let words = 0;
    for (const p of a.paragraphs) {
      if (words >= 1000) break;
      paragraphs.push(p);
      words += countWords(p);
    }
    if (words >= 950 && words <= 1150) return { ...a, paragraphs };
  }
  return null;
}

function benchCoreStages(article: Article): (string | number)[][] {
  const runs = 25;
  const t: Record<string, number[]> = { textDoc: [], people: [], quotesAndSpeakers: [], summary: [], digest: [] };
  for (let i = 0; i < runs; i++) {
    const [doc, textDoc] = time(() => buildTextDoc(article));
    const [entities, people] = time(() => findEntities(doc));
    const [, quotes] = time(() => attributeSpeakers(doc, findQuotes(doc), entities));
    const [, summary] = time(() => summarize(doc, 'medium'));
    const [, whole] = time(() => digest(article));
    // The first runs pay for JIT compilation; a page in the browser pays it once too, but the goal is steady state.
    if (i < 5) continue;
    t.textDoc!.push(textDoc); t.people!.push(people); t.quotesAndSpeakers!.push(quotes); t.summary!.push(summary); t.digest!.push(whole);
  }
  const goals: Record<string, string> = { people: '≤ 10', quotesAndSpeakers: '≤ 5', summary: '≤ 10', digest: '≤ 10' };
  return Object.entries(t).map(([stage, v]) => [stage, median(v), quantile(v, 0.95), goals[stage] ?? '']);
}

function bundleSizes(): string {
  const dist = join(ROOT, 'dist');
  if (!existsSync(dist)) {
    if (!existsSync(join(ROOT, 'build.mjs'))) return 'no dist/ and no build.mjs: bundle sizes skipped';
    try {
      execFileSync(process.execPath, ['build.mjs'], { cwd: ROOT, stdio: 'pipe' });
    } catch (error) {
      return `node build.mjs failed, bundle sizes skipped: ${String(error).slice(0, 200)}`;
    }
  }
  const files = readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(?:js|css|html)$/.test(f) && statSync(join(dist, f)).isFile()).sort();
  const rows = files.map((f) => {
    const bytes = readFileSync(join(dist, f));
    const goal = /(?:^|\/)content(?:-script)?\.js$/.test(f) ? '≤ 60 KB gz' : '';
    return [f, bytes.length / 1024, gzipSync(bytes).length / 1024, goal];
  });
  return table(['bundle (dist/)', 'KB minified', 'KB gzipped', 'goal'], rows);
}

if (values.hostile) {
  await benchHostile(values.page, Math.max(1, Number(values.repeat) || 1));
  process.exit(0);
}

const pages = corpusPages().filter((_, i) => i % every === 0).filter((p) => !values.page || values.page.split(',').some((s) => pageName(p).includes(s)));
// With --repeat N the pages run N - 1 times first: a lone page otherwise measures the JIT warming up, not Lede.
for (let i = 1; i < Math.max(1, Number(values.repeat) || 1); i++) {
  for (const page of pages) benchPage(page);
  await yieldToEventLoop();
}
const timings: PageTiming[] = [];
const articles: Article[] = [];
for (const page of pages) {
  const { timing, article } = benchPage(page);
  timings.push(timing);
  if (article && page.set === 'news-2025') articles.push(article);
  // Lets jsdom free the closed window (corpus-notes.md, gotcha 2).
  await yieldToEventLoop();
}

console.log(`Per page over ${timings.length} corpus pages (ms, under jsdom, Node ${process.version}):`);
console.log(table(['stage', 'pages', 'median', 'p95', 'max'], [
  stats('jsdom load (not Lede)', timings.map((t) => t.load)),
  stats('isProbablyReaderable (reference)', timings.map((t) => t.readerable)),
  stats('Lede detection', timings.map((t) => t.detect)),
  stats('Readability as shipped (baseline: deep clone + parse)', timings.map((t) => t.shipped)),
  stats('Lede extraction (lean clone + tuned Readability)', timings.map((t) => t.readability)),
  stats('core (toArticle + digest)', timings.map((t) => t.core)),
  stats('detect + extract + core', timings.map((t) => t.total)),
  stats('detect + extract + core, CPU time', timings.map((t) => t.cpu)),
]));
const slowest = [...timings].sort((a, b) => b.total - a.total).slice(0, 10);
console.log(`\nSlowest pages (ms):\n${table(['page', 'detect', 'Readability', 'core', 'total', 'CPU'],
  slowest.map((t) => [pageName(t.page), ...[t.detect, t.readability, t.core, t.total, t.cpu].map((x) => Math.round(x))]))}`);

const both = timings.filter((t) => Number.isFinite(t.readability) && Number.isFinite(t.core));
// The ratios' baseline is Readability as shipped, measured on the same page in the same run; Lede's own extraction
// (a leaner clone, faster equivalents of Readability's helpers) is shown beside it, as the cost the reader pays.
const based = both.filter((t) => Number.isFinite(t.shipped));
const ratio = (of: (t: PageTiming) => number, to: (t: PageTiming) => number, rows: PageTiming[]) =>
  `median per-page ratio ${median(rows.map((t) => of(t) / to(t))).toFixed(3)}; ratio of medians ${(median(rows.map(of)) / median(rows.map(to))).toFixed(3)}`;
console.log(`\ndetection / Readability as shipped: ${ratio((t) => t.detect, (t) => t.shipped, based)} (goal ≤ 0.10)`);
console.log(`core / Readability as shipped: ${ratio((t) => t.core, (t) => t.shipped, based)} (goal ≤ 0.25)`);
console.log(`detection / Lede extraction: ${ratio((t) => t.detect, (t) => t.readability, both)}`);
console.log(`core / Lede extraction: ${ratio((t) => t.core, (t) => t.readability, both)}`);
const slow = timings.filter((t) => t.total > 2000);
console.log(`pages over 2 s (detect + extract + core): ${slow.length}${slow.map((t) => `\n  ${pageName(t.page)} ${t.total.toFixed(0)} ms`).join('')}`);
const failed = timings.filter((t) => t.error);
console.log(`pages with no extraction (a message, not an exception): ${failed.length}`);

const sample = thousandWords(articles);
if (sample) {
  console.log(`\nCore stages on a ${countWords(sample.paragraphs.join(' '))}-word article ("${sample.title.slice(0, 50)}"), ms over 20 runs:`);
  console.log(table(['stage', 'median', 'p95', 'goal'], benchCoreStages(sample)));
} else {
  console.log('\nno 1,000-word article in this sample (use --every 1)');
}

console.log(`\n${bundleSizes()}`);
console.log(`\ncore/readability median ratio: ${median(based.map((t) => t.core / t.shipped)).toFixed(3)}`);
