// Eval area "detection" (issue 6): is this page an article, and how much of its text does Lede keep?
// Detection: Lede's detector and isProbablyReaderable alone, in the same run, over every corpus page.
// Extraction: bag-of-words F1 of the text the core analyses (after cleaning) and of Readability's raw textContent,
// against the article-extraction-benchmark's ground truth (and WCXB's main_content for news-2025).
import { isProbablyReaderable } from '@mozilla/readability';
import { corpusPages, readCorpusHtml, pageName, DETECTION_SETS, type CorpusPage } from '../lib/corpus.ts';
import { addOutcome, bagOfWords, emptyConfusion, mean, median, precisionRecall, type Confusion } from '../lib/metrics.ts';
import { loadDom, yieldToEventLoop } from '../../src/cli/load-page.ts';
import { detectArticle } from '../../src/content/detect.ts';
import { Readability } from '@mozilla/readability';
import { parseWithReadability, toArticle } from '../../src/content/extract.ts';
import { buildTextDoc } from '../../src/core/digest.ts';
import { table } from './labels.ts';
import type { Detection } from '../../src/shared/page-reading.ts';

export const name = 'detection';

// LEDE_EVAL_DETECTION_ONLY=1 skips the slow extraction part (Readability parses) while tuning the detector.
const DETECTION_ONLY = process.env.LEDE_EVAL_DETECTION_ONLY === '1';

interface PageResult {
  page: CorpusPage;
  readerable: boolean;
  detection: Detection;
  readability: ReturnType<typeof bagOfWords> | null;
  lede: ReturnType<typeof bagOfWords> | null;
  error: string | null;
}

function measure(page: CorpusPage): PageResult {
  const dom = loadDom(readCorpusHtml(page), page.url);
  const doc = dom.window.document;
  try {
    const readerable = isProbablyReaderable(doc);
    const detection = detectArticle(doc, page.url);
    const result: PageResult = { page, readerable, detection, readability: null, lede: null, error: null };
    if (page.groundTruth !== null && page.isArticle && !DETECTION_ONLY) {
      try {
        // The baseline is Readability as shipped, on an untouched clone (Lede's own parse first removes captions).
        const raw = new Readability(doc.cloneNode(true) as Document).parse();
        result.readability = bagOfWords(raw?.textContent ?? '', page.groundTruth);
        const parsed = parseWithReadability(doc);
        result.lede = bagOfWords(buildTextDoc(toArticle(parsed, doc, page.url)).text, page.groundTruth);
      } catch (error) {
        result.error = error instanceof Error ? error.message : String(error);
        result.readability ??= bagOfWords('', page.groundTruth);
        result.lede = bagOfWords('', page.groundTruth);
      }
    }
    return result;
  } finally {
    dom.window.close();
  }
}

function confusionRow(label: string, c: Confusion): (string | number)[] {
  const { precision, recall, f1 } = precisionRecall(c);
  return [label, c.tp, c.fp, c.fn, c.tn, precision, recall, f1];
}

export async function run(): Promise<void> {
  const results: PageResult[] = [];
  for (const page of corpusPages()) {
    results.push(measure(page));
    // Lets jsdom free the closed window (corpus-notes.md, gotcha 2).
    await yieldToEventLoop();
  }

  const scored = results.filter((r) => DETECTION_SETS.includes(r.page.set));
  const lede = emptyConfusion();
  const readerable = emptyConfusion();
  for (const r of scored) {
    addOutcome(lede, r.page.isArticle, r.detection.isArticle);
    addOutcome(readerable, r.page.isArticle, r.readerable);
  }
  console.log(`Detection over ${scored.length} pages (readability test pages by their readerable flag, benchmark articles, non-article pages):`);
  console.log(table(['detector', 'TP', 'FP', 'FN', 'TN', 'precision', 'recall', 'F1'], [
    confusionRow('Lede detectArticle', lede),
    confusionRow('isProbablyReaderable', readerable),
  ]));

  const types = [...new Set(results.map((r) => `${r.page.set}:${r.page.pageType}`))];
  console.log('\nPer page type (share of pages called articles):');
  console.log(table(['set:type', 'pages', 'gold', 'Lede yes', 'readerable yes', 'Lede right', 'readerable right'], types.map((t) => {
    const rs = results.filter((r) => `${r.page.set}:${r.page.pageType}` === t);
    const gold = rs[0]!.page.isArticle;
    return [t, rs.length, gold ? 'article' : 'not', rs.filter((r) => r.detection.isArticle).length, rs.filter((r) => r.readerable).length,
      rs.filter((r) => r.detection.isArticle === gold).length / rs.length, rs.filter((r) => r.readerable === gold).length / rs.length];
  })));

  const wrong = results.filter((r) => r.detection.isArticle !== r.page.isArticle);
  console.log(`\nPages Lede's detector gets wrong (${wrong.length}):`);
  for (const r of wrong) {
    console.log(`  ${r.page.isArticle ? 'missed ' : 'false +'} ${pageName(r.page).padEnd(34)} ${r.page.pageType.padEnd(14)} ${r.page.url.slice(0, 80)}  [${r.detection.signals.join(' ')}]`);
  }

  if (DETECTION_ONLY) return;
  const extracted = results.filter((r) => r.lede && r.readability);
  console.log('\nExtraction, bag-of-words (whitespace tokens) against ground truth, mean per page:');
  const rows: (string | number)[][] = [];
  for (const set of ['benchmark', 'news-2025'] as const) {
    const rs = extracted.filter((r) => r.page.set === set);
    if (rs.length === 0) continue;
    for (const [label, pick] of [['Readability textContent', (r: PageResult) => r.readability!], ['Lede cleaned text', (r: PageResult) => r.lede!]] as const) {
      const scores = rs.map(pick);
      rows.push([`${set} (${rs.length})`, label, mean(scores.map((s) => s.precision)), mean(scores.map((s) => s.recall)),
        mean(scores.map((s) => s.f1)), median(scores.map((s) => s.f1))]);
    }
  }
  console.log(table(['set', 'text', 'P', 'R', 'F1 mean', 'F1 median'], rows));
  const worst = extracted.filter((r) => r.page.set === 'benchmark').sort((a, b) => (a.lede!.f1 - a.readability!.f1) - (b.lede!.f1 - b.readability!.f1)).slice(0, 8);
  console.log('\nBenchmark pages where Lede loses most against Readability:');
  console.log(table(['page', 'Lede F1', 'Lede P', 'Lede R', 'Readability F1', 'error'], worst.map((r) =>
    [pageName(r.page), r.lede!.f1, r.lede!.precision, r.lede!.recall, r.readability!.f1, r.error ?? ''])));
}
