// Eval area "summary" (issue 5): ROUGE-1/2/Lsum F1 of the core's summary on 250 CNN/DailyMail articles, with Lead-3 in
// the same run as the baseline, then the labelled pages' (labels/dev*) summary checks (labels/README.md).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EvalContext } from '../eval.ts';
import type { Article, SummaryLength } from '../../src/core/types.ts';
import { digest, buildTextDoc, DEFAULT_DIGEST_OPTIONS } from '../../src/core/digest.ts';
import { summarize, rankForSummary } from '../../src/core/summary/summary.ts';
import type { OpeningShape } from '../../src/core/summary/opening.ts';
import type { Digest } from '../../src/core/types.ts';
import { PARAGRAPH_SEPARATOR, type TextDoc } from '../../src/core/text/text.ts';
import { splitAllSentences } from '../../src/core/text/sentences.ts';
import { articleLanguage } from '../../src/core/text/language.ts';
import { joinParagraphs, countWords } from '../../src/core/text/text.ts';
import { SHARED, normalize, table } from './labels.ts';

export const name = 'summary';

/** ROUGE tokens: lower-case alphanumeric runs, no stemming (as in the corpus's baselines). */
export function rougeTokens(text: string): string[] {
  return text.toLowerCase().match(/[a-z0-9]+/g) ?? [];
}

export interface Prf { p: number; r: number; f: number }

function prf(hits: number, candidate: number, reference: number): Prf {
  const p = candidate ? hits / candidate : 0;
  const r = reference ? hits / reference : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}

function ngrams(tokens: readonly string[], n: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const key = tokens.slice(i, i + n).join(' ');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** ROUGE-N: clipped n-gram overlap. `rougeN('the cat sat', 'the cat ran', 1).f` is 2/3. */
export function rougeN(candidate: string, reference: string, n: number): Prf {
  const c = ngrams(rougeTokens(candidate), n);
  const r = ngrams(rougeTokens(reference), n);
  let hits = 0;
  let cTotal = 0;
  let rTotal = 0;
  for (const [g, k] of c) { cTotal += k; hits += Math.min(k, r.get(g) ?? 0); }
  for (const k of r.values()) rTotal += k;
  return prf(hits, cTotal, rTotal);
}

/** Positions in `a` of one longest common subsequence of a and b. */
function lcsPositions(a: readonly string[], b: readonly string[]): number[] {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const table = new Uint16Array(rows * cols);
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      table[i * cols + j] = a[i - 1] === b[j - 1]
        ? table[(i - 1) * cols + j - 1]! + 1
        : Math.max(table[(i - 1) * cols + j]!, table[i * cols + j - 1]!);
    }
  }
  const out: number[] = [];
  for (let i = a.length, j = b.length; i > 0 && j > 0;) {
    if (a[i - 1] === b[j - 1]) { out.push(i - 1); i--; j--; }
    else if (table[(i - 1) * cols + j]! >= table[i * cols + j - 1]!) i--;
    else j--;
  }
  return out.reverse();
}

/**
 * ROUGE-Lsum (summary-level LCS, as in Lin 2004 and Google's rouge_score): for each reference sentence, the union of
 * its LCS with every candidate sentence; hits are clipped by each token's count on both sides.
 */
export function rougeLsum(candidateSentences: readonly string[], referenceSentences: readonly string[]): Prf {
  const cand = candidateSentences.map(rougeTokens).filter((t) => t.length);
  const refs = referenceSentences.map(rougeTokens).filter((t) => t.length);
  const cCount = new Map<string, number>();
  const rCount = new Map<string, number>();
  for (const s of cand) for (const t of s) cCount.set(t, (cCount.get(t) ?? 0) + 1);
  for (const s of refs) for (const t of s) rCount.set(t, (rCount.get(t) ?? 0) + 1);
  let hits = 0;
  for (const ref of refs) {
    const union = new Set<number>();
    for (const c of cand) for (const i of lcsPositions(ref, c)) union.add(i);
    for (const i of union) {
      const t = ref[i]!;
      if ((cCount.get(t) ?? 0) > 0 && (rCount.get(t) ?? 0) > 0) {
        hits++;
        cCount.set(t, cCount.get(t)! - 1);
        rCount.set(t, rCount.get(t)! - 1);
      }
    }
  }
  const cTotal = cand.reduce((n, s) => n + s.length, 0);
  const rTotal = refs.reduce((n, s) => n + s.length, 0);
  return prf(hits, cTotal, rTotal);
}

interface CnndmRow { id: string; url: string; article: string; article_lines: string[]; reference: string; frank_split: string }

/** The headline the page would give: DailyMail and CNN URLs end in a slug of it. */
function titleFromUrl(url: string): string {
  const slug = url.replace(/\.html?$/, '').split('/').pop() ?? '';
  return /[a-z]-[a-z]/i.test(slug) ? slug.replace(/^article-\d+-?/, '').replace(/-/g, ' ') : '';
}

function toArticle(row: CnndmRow): Article {
  return {
    title: titleFromUrl(row.url), byline: null, siteName: null, publishedTime: null, lang: 'en', url: row.url,
    paragraphs: [row.article],
  };
}

function median(xs: number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** The core's summary of one CNN/DM article, sentence by sentence. */
export function coreSummary(row: CnndmRow, length: SummaryLength = DEFAULT_DIGEST_OPTIONS.summaryLength): string[] {
  const article = toArticle(row);
  const summary = digest(article, { ...DEFAULT_DIGEST_OPTIONS, summaryLength: length }).summary;
  return splitAllSentences(joinParagraphs([summary]).paragraphs).map((s) => s.text);
}

interface Scores { r1: number; r2: number; rl: number; words: number }

function score(sentences: string[], reference: string): Scores {
  const refSentences = reference.split(' . ');
  const text = sentences.join(' ');
  return {
    r1: rougeN(text, reference, 1).f,
    r2: rougeN(text, reference, 2).f,
    rl: rougeLsum(sentences, refSentences).f,
    words: countWords(text),
  };
}

function mean(xs: Scores[]): Scores {
  const n = xs.length || 1;
  return {
    r1: (100 * xs.reduce((s, x) => s + x.r1, 0)) / n,
    r2: (100 * xs.reduce((s, x) => s + x.r2, 0)) / n,
    rl: (100 * xs.reduce((s, x) => s + x.rl, 0)) / n,
    words: xs.reduce((s, x) => s + x.words, 0) / n,
  };
}

/** Whether the core read the page as a report or a feature (summary/opening.ts), from the digest's cleaned text. */
function readAs(d: Digest): OpeningShape {
  const { text, paragraphs } = joinParagraphs(d.text.split(PARAGRAPH_SEPARATOR));
  const doc: TextDoc = { title: d.article.title, lang: articleLanguage(d.article.lang, d.text.split(PARAGRAPH_SEPARATOR)), text, paragraphs, sentences: splitAllSentences(paragraphs), dateline: d.article.dateline ?? null };
  return rankForSummary(doc).shape;
}

export function loadCnndm(): CnndmRow[] {
  return readFileSync(join(SHARED, 'corpus/news-summ-frank/cnndm_test_frank250.jsonl'), 'utf8')
    .split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as CnndmRow);
}

/** Every labels/README.md summary check for one page; the failures, or [] when it passes. */
export function summaryFailures(summary: string, checks: { mustMention?: string[][]; mustNotContain?: string[] }): string[] {
  const failures: string[] = [];
  const words = countWords(summary);
  if (words < 40 || words > 120) failures.push(`${words} words`);
  if (/\n/.test(summary.trim())) failures.push('not one paragraph');
  const norm = ` ${normalize(summary)} `;
  for (const group of checks.mustMention ?? []) {
    if (!group.some((w) => norm.includes(` ${normalize(w)} `))) failures.push(`no ${group.slice(0, 3).join('/')}`);
  }
  for (const bad of checks.mustNotContain ?? []) {
    if (containsBoilerplate(summary, norm, bad)) failures.push(`contains "${bad}"`);
  }
  return failures;
}

/**
 * labels/README.md: a mustNotContain string with punctuation in it (anything but letters, digits and spaces: `More:`,
 * `[Read:`, `&#151;`, `@handle`) is matched as printed, case aside: a substring of the raw summary, so `More:` does
 * not match the word "more". One without punctuation is matched as whole normalised words.
 */
export function containsBoilerplate(summary: string, normalizedSummary: string, bad: string): boolean {
  if (/[^\p{L}\p{N}\s]/u.test(bad)) return summary.toLowerCase().includes(bad.toLowerCase());
  const n = normalize(bad);
  return n !== '' && normalizedSummary.includes(` ${n} `);
}

export async function run(ctx: EvalContext): Promise<void> {
  const rows = loadCnndm();
  const core: Scores[] = [];
  const lead: Scores[] = [];
  const splits: Record<string, { core: Scores[]; lead: Scores[] }> = {};
  for (const row of rows) {
    const c = score(coreSummary(row), row.reference);
    const l = score(row.article_lines.slice(0, 3), row.reference);
    core.push(c);
    lead.push(l);
    const split = (splits[row.frank_split] ??= { core: [], lead: [] });
    split.core.push(c);
    split.lead.push(l);
  }
  const line = (label: string, s: Scores, n: number): (string | number)[] =>
    [label, n, s.r1.toFixed(2), s.r2.toFixed(2), s.rl.toFixed(2), s.words.toFixed(1)];
  console.log(`CNN/DailyMail (FRANK ${rows.length}): ROUGE F1 ×100, lower-case [a-z0-9] tokens, no stemming`);
  console.log(table(['system', 'n', 'R-1', 'R-2', 'R-Lsum', 'words'], [
    line('lede (medium)', mean(core), core.length),
    line('Lead-3', mean(lead), lead.length),
    ...Object.entries(splits).sort().flatMap(([k, v]) => [
      line(`  lede, ${k}`, mean(v.core), v.core.length),
      line(`  Lead-3, ${k}`, mean(v.lead), v.lead.length),
    ]),
  ]));

  // Speed (issue 5 goal: ≤ 10 ms median for a 1,000-word article): the whole core digest, and the summary pass alone
  // (clean/split excluded: rank, select, repair), on the longest articles, each one paragraph of 800–1,005 words.
  const long = rows.filter((r) => countWords(r.article) >= 800).map(toArticle);
  const digestMs: number[] = [];
  const summaryMs: number[] = [];
  for (let round = 0; round < 3; round++) {
    for (const article of long) {
      let started = performance.now();
      digest(article);
      const digestTime = performance.now() - started;
      const doc = buildTextDoc(article);
      started = performance.now();
      summarize(doc, 'medium');
      if (round > 0) { digestMs.push(digestTime); summaryMs.push(performance.now() - started); }
    }
  }
  console.log(`\nSpeed over ${long.length} articles of 800–1,005 words (median of 2 warm rounds): core digest ${median(digestMs).toFixed(2)} ms, summary pass ${median(summaryMs).toFixed(2)} ms`);

  const pages = (await ctx.devPages()).filter((p) => p.label.isArticle && p.label.summary);
  console.log('\nLabelled pages (labels/dev*), summary checks (40–120 words, one paragraph, mustMention, mustNotContain),\neach read as a report (the summary leads with the lead) or a feature (it starts at the sentence stating the subject):');
  const byLang = new Map<string, { pass: number; all: number }>();
  for (const { label, set, result } of pages) {
    const summary = result.digest?.summary ?? '';
    const failures = summaryFailures(summary, label.summary!);
    const key = `${set} ${label.language}`;
    const lang = byLang.get(key) ?? { pass: 0, all: 0 };
    lang.all++;
    if (failures.length === 0) lang.pass++;
    byLang.set(key, lang);
    const shape = result.digest ? readAs(result.digest) : '-';
    console.log(`${failures.length ? 'FAIL' : 'pass'}  ${`${set}/${label.id}`.padEnd(40)} ${shape.padEnd(7)} ${String(countWords(summary)).padStart(3)} words  ${failures.join('; ')}`);
  }
  for (const [lang, { pass, all }] of [...byLang].sort()) console.log(`pass rate ${lang}: ${pass}/${all} = ${((100 * pass) / all).toFixed(0)} %`);
}
