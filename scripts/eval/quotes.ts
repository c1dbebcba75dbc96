// Eval area "quotes" (issue 3): quote precision/recall and speaker accuracy on the labelled pages (labels/dev*) (labels/README.md), and
// speaker accuracy on PolNeAR's direct quotes with a named source.
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { EvalContext } from '../eval.ts';
import { SHARED, quotesMatch, tokens, table, fmt, type Label, type LabelQuote } from './labels.ts';
import type { Quote } from '../../src/core/types.ts';
import { speakerClass } from './speaker-class.ts';
import { digest, buildTextDoc } from '../../src/core/digest.ts';
import { findEntities } from '../../src/core/people/people.ts';
import { findQuotes } from '../../src/core/quotes/quote-spans.ts';
import { attributeSpeakers } from '../../src/core/quotes/attribution.ts';
import { countWords, PARAGRAPH_SEPARATOR } from '../../src/core/text/text.ts';

export const name = 'quotes';

const VERBOSE = process.env.LEDE_EVAL_VERBOSE === '1';

// labels/README.md: "content words (articles and prepositions aside)".
const FUNCTION_WORDS = new Set([
  'a', 'an', 'the', 'of', 'for', 'at', 'in', 'on', 'to', 'from', 'by', 'with', 'about', 'into', 'over', 'under',
  'after', 'before', 'between', 'among', 'through', 'during', 'without', 'within', 'against', 'across', 'per', 'via',
  'as', 'near', 'behind', 'around', 'upon',
]);

function contentWords(text: string): string[] {
  return tokens(text).filter((t) => !FUNCTION_WORDS.has(t));
}

/** labels/README.md speaker rule: aliases, unique surname, fuller form, or half the description's content words. */
export function speakerMatches(predicted: string | null, gold: LabelQuote, label: Label): boolean {
  if (gold.speaker === null || predicted === null) return false;
  const p = tokens(predicted).join(' ');
  const g = tokens(gold.speaker).join(' ');
  if (!p) return false;
  if (gold.speakerKind === 'description' || gold.speakerKind === 'organization') {
    const org = (label.organizations ?? []).find((o) => tokens(o.name).join(' ') === g);
    if (org && [org.name, ...(org.aliases ?? [])].some((a) => tokens(a).join(' ') === p)) return true;
    const goldWords = contentWords(gold.speaker);
    const predWords = new Set(contentWords(predicted));
    const shared = goldWords.filter((w) => predWords.has(w)).length;
    return goldWords.length > 0 && shared >= goldWords.length / 2;
  }
  if (p === g || p.endsWith(` ${g}`)) return true;
  const person = label.people.find((x) => tokens(x.name).join(' ') === g);
  if (person && (person.aliases ?? []).some((a) => tokens(a).join(' ') === p)) return true;
  const pt = p.split(' ');
  if (pt.length === 1) {
    const withSurname = label.people.filter((x) => tokens(x.name).at(-1) === pt[0]);
    if (withSurname.length === 1 && tokens(withSurname[0]!.name).join(' ') === g) return true;
  }
  return false;
}

/** Counts; speaker accuracy also per class of labelled speaker (person, description, organisation: speaker-class.ts). */
export interface Score {
  gold: number; matchedGold: number; pred: number; truePred: number; speakerGold: number; speakerOk: number;
  personGold: number; personOk: number; descriptionGold: number; descriptionOk: number; organisationGold: number; organisationOk: number;
}
export const emptyScore = (): Score => ({
  gold: 0, matchedGold: 0, pred: 0, truePred: 0, speakerGold: 0, speakerOk: 0,
  personGold: 0, personOk: 0, descriptionGold: 0, descriptionOk: 0, organisationGold: 0, organisationOk: 0,
});

/** What one page got wrong, for `npm run eval -- --misses`. */
export interface QuoteMisses { falseQuotes: string[]; missedQuotes: string[]; speakers: { text: string; gold: string; predicted: string | null }[] }

/** Scores one page's predicted quotes against its label, exactly as labels/README.md says. */
export function scorePage(label: Label, predicted: readonly Quote[], log: string[] = [],
  misses: QuoteMisses = { falseQuotes: [], missedQuotes: [], speakers: [] }): Score {
  const s = emptyScore();
  const notQuotes = label.notQuotes ?? [];
  s.pred = predicted.length;
  for (const q of predicted) {
    const isNot = notQuotes.some((n) => quotesMatch(q.text, n));
    const isGold = label.quotes.some((g) => quotesMatch(q.text, g.text));
    if (isGold && !isNot) s.truePred++;
    else {
      log.push(`  FP  ${JSON.stringify(q.text.slice(0, 90))}${isNot ? ' (notQuote)' : ''}`);
      misses.falseQuotes.push(q.text);
    }
  }
  const used = new Set<number>();
  for (const g of label.quotes) {
    // One prediction per gold quote: the first unused match, else any match.
    let index = predicted.findIndex((q, i) => !used.has(i) && quotesMatch(q.text, g.text));
    if (index < 0) index = predicted.findIndex((q) => quotesMatch(q.text, g.text));
    if (!g.partial) s.gold++;
    if (index < 0) {
      if (!g.partial) {
        log.push(`  FN  ${JSON.stringify(g.text.slice(0, 90))}`);
        misses.missedQuotes.push(g.text);
      }
      continue;
    }
    used.add(index);
    if (!g.partial) s.matchedGold++;
    if (g.speaker === null) continue;
    s.speakerGold++;
    const cls = speakerClass(g.speaker, g.speakerKind);
    s[`${cls}Gold`]++;
    const p = predicted[index]!;
    if (speakerMatches(p.speaker, g, label)) {
      s.speakerOk++;
      s[`${cls}Ok`]++;
    } else {
      log.push(`  SPK ${JSON.stringify(g.text.slice(0, 50))} gold=${g.speaker} pred=${p.speaker}`);
      misses.speakers.push({ text: g.text, gold: g.speaker, predicted: p.speaker });
    }
  }
  return s;
}

function add(a: Score, b: Score): void {
  for (const k of Object.keys(a) as (keyof Score)[]) a[k] += b[k];
}

const ratio = (n: number, d: number) => (d === 0 ? 1 : n / d);

function row(id: string, s: Score): (string | number)[] {
  return [id, s.gold, s.pred, ratio(s.truePred, s.pred), ratio(s.matchedGold, s.gold), ratio(s.speakerOk, s.speakerGold), s.speakerGold];
}

const HEADER = ['page', 'gold', 'pred', 'precision', 'recall', 'speaker', 'spk.n'];

async function devLabels(ctx: EvalContext): Promise<void> {
  const pages = await ctx.devPages();
  const rows: (string | number)[][] = [];
  const byLang = new Map<string, Score>();
  const logs: string[] = [];
  for (const { label, set, result } of pages) {
    if (!label.isArticle) continue;
    const log: string[] = [];
    const s = scorePage(label, result.digest?.quotes ?? [], log);
    rows.push(row(`${set}/${label.id} (${label.language})`, s));
    const total = byLang.get(label.language) ?? emptyScore();
    add(total, s);
    byLang.set(label.language, total);
    if (log.length) logs.push(`${set}/${label.id}\n${log.join('\n')}`);
  }
  for (const [lang, s] of [...byLang].sort()) rows.push(row(`TOTAL ${lang}`, s));
  console.log('labelled pages, labels/dev* (labels/README.md metric; goals for en: precision ≥ 0.97, recall ≥ 0.97, speaker ≥ 0.92)');
  console.log(table(HEADER, rows));
  if (VERBOSE) console.log(`\n${logs.join('\n')}`);
}

interface PolnearQuote { start: number; end: number; text: string; source: string; source_kind: string }
interface PolnearArticle { article: string; quotes: PolnearQuote[] }

const TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'sen', 'rep', 'gov', 'president', 'senator', 'governor', 'secretary', 'gen', 'lt', 'col']);

/** PolNeAR's source is "as written" ("Jeremy Bird, a senior aide to …"): same person when the surname is in it. */
export function samePolnearSource(predicted: string | null, source: string): boolean {
  if (!predicted) return false;
  const p = contentWords(predicted);
  const g = new Set(contentWords(source.replace(/['’]s\b/g, '')));
  if (p.length === 0) return false;
  if (g.has(p.at(-1)!)) return true;
  // "Ms. Dong" is Dong Xiaolin: every name word of the source (titles aside) is in the prediction.
  const gWords = [...g].filter((w) => !TITLES.has(w));
  return gWords.length > 0 && gWords.every((w) => p.includes(w));
}

/** Runs the core on each PolNeAR article and scores speakers of gold direct quotes whose source is named. */
export function polnear(split: 'test' | 'dev'): void {
  const base = join(SHARED, 'corpus/quotes-polnear');
  const file = join(base, `derived/direct_quotes_${split}.jsonl`);
  if (!existsSync(file)) throw new Error(`PolNeAR not found at ${file}`);
  const articles = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as PolnearArticle);
  let named = 0, found = 0, ok = 0, allGold = 0, allFound = 0, predicted = 0;
  const byKind = new Map<string, { n: number; found: number }>();
  const log: string[] = [];
  for (const a of articles) {
    const raw = readFileSync(join(base, 'data', split, 'text', a.article), 'utf8');
    // One paragraph a line, as the files are laid out (lists of quotes sit on consecutive lines).
    const [title = '', ...rest] = raw.split(/\n+/).filter((l) => l.trim());
    const bodyStart = raw.indexOf(rest[0] ?? '');
    const d = digest({ title: title.trim(), byline: null, siteName: null, publishedTime: null, lang: 'en', url: null, paragraphs: rest });
    predicted += d.quotes.length;
    const offsets = d.quotes.map((q) => q.span.start + bodyStart);
    for (const g of a.quotes) {
      allGold++;
      // Among the text matches, the prediction nearest to the gold offset (digest offsets shift a little with cleaning).
      let best = -1;
      d.quotes.forEach((q, i) => {
        if (!quotesMatch(q.text, g.text)) return;
        if (best < 0 || Math.abs(offsets[i]! - g.start) < Math.abs(offsets[best]! - g.start)) best = i;
      });
      const k = byKind.get(g.source_kind) ?? { n: 0, found: 0 };
      k.n++;
      if (best >= 0) { allFound++; k.found++; } else if (VERBOSE) log.push(`  MISS ${a.article.slice(0, 30)} ${JSON.stringify(g.text.slice(0, 70))}`);
      byKind.set(g.source_kind, k);
      if (g.source_kind !== 'named') continue;
      named++;
      if (best < 0) continue;
      found++;
      const q = d.quotes[best]!;
      if (samePolnearSource(q.speaker, g.source)) ok++;
      else log.push(`  ${a.article.slice(0, 40)} ${JSON.stringify(g.text.slice(0, 50))} gold=${g.source} pred=${q.speaker}`);
    }
  }
  console.log(`PolNeAR ${split}: ${articles.length} articles, gold quotes ${allGold}, found ${allFound} (${fmt(ratio(allFound, allGold))}), predicted ${predicted}; ` +
    `named-source quotes ${named}, found ${found}, speaker accuracy ${fmt(ratio(ok, found))} (goal ≥ 0.90 on test)`);
  if (VERBOSE) console.log(log.join('\n'));
}

/** Median time of the quote and speaker passes, per 1,000 words, over the labelled pages (goal ≤ 5 ms). */
async function speed(ctx: EvalContext): Promise<void> {
  const perThousand: number[] = [];
  for (const { result } of await ctx.devPages()) {
    const text = result.digest?.text;
    if (!text) continue;
    const doc = buildTextDoc({ title: '', byline: null, siteName: null, publishedTime: null, lang: null, url: null, paragraphs: text.split(PARAGRAPH_SEPARATOR) });
    const entities = findEntities(doc);
    const words = countWords(doc.text);
    if (words < 100) continue;
    const times: number[] = [];
    for (let i = 0; i < 21; i++) {
      const t = performance.now();
      attributeSpeakers(doc, findQuotes(doc), entities);
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    perThousand.push((times[10]! / words) * 1000);
  }
  perThousand.sort((a, b) => a - b);
  console.log(`speed: findQuotes + attributeSpeakers, median ${fmt(perThousand[Math.floor(perThousand.length / 2)] ?? 0)} ms per 1,000 words over ${perThousand.length} labelled pages (goal ≤ 5 ms)`);
}

export async function run(ctx: EvalContext): Promise<void> {
  await devLabels(ctx);
  console.log('');
  await speed(ctx);
  console.log('');
  polnear('test');
  polnear('dev');
}
