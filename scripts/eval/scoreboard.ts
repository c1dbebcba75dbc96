// Eval area "scoreboard": every quality number of the labelled pages (labels/dev, dev2, dev3), scored as
// labels/README.md says, per group: each set, English and other languages, two fixed halves, all together.
// It runs after the other areas whenever one of them digested the labelled pages, and alone as
// `npm run eval -- scoreboard`. `--json FILE` writes the numbers; `--misses` lists what each page got wrong.
//
// Counts are pooled over a group's pages (micro averages): quote precision = true predictions / predictions, recall =
// matched non-partial gold / non-partial gold, F1 from those two; speaker accuracy over matched gold quotes with a
// gold speaker; people P/R/F1, role accuracy over matched people with a gold role, central people in the top three;
// summary checks and articles detected are fractions of pages. A measure with nothing to count is shown as "-".
import { writeFileSync } from 'node:fs';
import type { EvalContext } from '../eval.ts';
import { halfOf, type LabelledPage } from './labels.ts';
import { scorePage as scoreQuotes, emptyScore as emptyQuoteScore, type Score as QuoteScore, type QuoteMisses } from './quotes.ts';
import { scorePeople, emptyPeopleScore, type PeopleScore, type PeopleMisses } from './people.ts';
import { summaryFailures } from './summary.ts';
import { SPEAKER_CLASSES } from './speaker-class.ts';

export const name = 'scoreboard';

/** Raw counts for one page or one group of pages. */
export interface Counts {
  pages: number;
  quotes: QuoteScore;
  people: PeopleScore;
  summaryPass: number;
  summaryPages: number;
  detected: number;
  articles: number;
}

const emptyCounts = (): Counts => ({ pages: 0, quotes: emptyQuoteScore(), people: emptyPeopleScore(), summaryPass: 0, summaryPages: 0, detected: 0, articles: 0 });

function addCounts(total: Counts, c: Counts): void {
  total.pages += c.pages;
  for (const k of Object.keys(total.quotes) as (keyof QuoteScore)[]) total.quotes[k] += c.quotes[k];
  for (const k of Object.keys(total.people) as (keyof PeopleScore)[]) total.people[k] += c.people[k];
  total.summaryPass += c.summaryPass;
  total.summaryPages += c.summaryPages;
  total.detected += c.detected;
  total.articles += c.articles;
}

export interface PageScore {
  id: string;
  set: string;
  language: string;
  half: 'A' | 'B';
  counts: Counts;
  quoteMisses: QuoteMisses;
  peopleMisses: PeopleMisses;
  summaryFailures: string[];
  detected: boolean;
  top3: string[];
}

/** Scores one labelled page on every measure. */
export function scoreLabelledPage({ label, set, result }: LabelledPage): PageScore {
  const counts = emptyCounts();
  counts.pages = 1;
  const quoteMisses: QuoteMisses = { falseQuotes: [], missedQuotes: [], speakers: [] };
  let people: PeopleScore & PeopleMisses = { ...emptyPeopleScore(), fp: [], fn: [], roles: [], central: [] };
  let failures: string[] = [];
  const predictedPeople = result.digest?.people ?? [];
  // As the quotes and summary areas do: quotes, people and summaries are scored on the labelled articles.
  if (label.isArticle) {
    counts.quotes = scoreQuotes(label, result.digest?.quotes ?? [], [], quoteMisses);
    people = scorePeople(predictedPeople, label.people);
    for (const k of Object.keys(counts.people) as (keyof PeopleScore)[]) counts.people[k] = people[k];
    if (label.summary) {
      failures = summaryFailures(result.digest?.summary ?? '', label.summary);
      counts.summaryPages = 1;
      counts.summaryPass = failures.length === 0 ? 1 : 0;
    }
    counts.articles = 1;
    counts.detected = result.isArticle ? 1 : 0;
  }
  const { fp, fn, roles, central } = people;
  return {
    id: label.id, set, language: label.language, half: halfOf(label.id), counts, quoteMisses,
    peopleMisses: { fp, fn, roles, central }, summaryFailures: failures, detected: result.isArticle,
    top3: predictedPeople.slice(0, 3).map((p) => p.name),
  };
}

/**
 * The scoreboard's columns, in print order, and which pages each holds. After `all`, the English pages of each set
 * that also has other languages (`dev en`, `dev2 en`): the numbers docs/unseen-news.md states per set; then each
 * half's English and other-language pages.
 */
export function columns(sets: readonly string[], pages: readonly PageScore[]): { key: string; has: (p: PageScore) => boolean }[] {
  const mixed = sets.filter((set) => {
    const langs = pages.filter((p) => p.set === set).map((p) => p.language === 'en');
    return langs.includes(true) && langs.includes(false);
  });
  return [
    ...sets.map((set) => ({ key: set, has: (p: PageScore) => p.set === set })),
    { key: 'en', has: (p: PageScore) => p.language === 'en' },
    { key: 'other', has: (p: PageScore) => p.language !== 'en' },
    { key: 'half A', has: (p: PageScore) => p.half === 'A' },
    { key: 'half B', has: (p: PageScore) => p.half === 'B' },
    { key: 'all', has: () => true },
    ...mixed.map((set) => ({ key: `${set} en`, has: (p: PageScore) => p.set === set && p.language === 'en' })),
    // The goals hold per language group on each half, not just on one.
    { key: 'A en', has: (p: PageScore) => p.half === 'A' && p.language === 'en' },
    { key: 'B en', has: (p: PageScore) => p.half === 'B' && p.language === 'en' },
    { key: 'A other', has: (p: PageScore) => p.half === 'A' && p.language !== 'en' },
    { key: 'B other', has: (p: PageScore) => p.half === 'B' && p.language !== 'en' },
  ];
}

const share = (n: number, d: number): number | null => (d === 0 ? null : n / d);
const harmonic = (p: number | null, r: number | null): number | null =>
  p === null || r === null ? null : p + r === 0 ? 0 : (2 * p * r) / (p + r);

/** The measures, in print order: JSON key, row label, value from a group's counts. */
export const MEASURES: { key: string; label: string; value: (c: Counts) => number | null }[] = [
  { key: 'quotePrecision', label: 'quote precision', value: (c) => share(c.quotes.truePred, c.quotes.pred) },
  { key: 'quoteRecall', label: 'quote recall', value: (c) => share(c.quotes.matchedGold, c.quotes.gold) },
  { key: 'quoteF1', label: 'quote F1', value: (c) => harmonic(share(c.quotes.truePred, c.quotes.pred), share(c.quotes.matchedGold, c.quotes.gold)) },
  { key: 'speaker', label: 'speaker accuracy', value: (c) => share(c.quotes.speakerOk, c.quotes.speakerGold) },
  // Per class of labelled speaker, by the label's shape (speaker-class.ts); the count of quotes follows in its own row.
  ...SPEAKER_CLASSES.map((cls) => ({ key: `speaker_${cls}`, label: ` speaker: ${cls}`, value: (c: Counts) => share(c.quotes[`${cls}Ok`], c.quotes[`${cls}Gold`]) })),
  ...SPEAKER_CLASSES.map((cls) => ({ key: `speakerN_${cls}`, label: ` (n ${cls})`, value: (c: Counts) => c.quotes[`${cls}Gold`] })),
  { key: 'peoplePrecision', label: 'people precision', value: (c) => share(c.people.tp, c.people.pred) },
  { key: 'peopleRecall', label: 'people recall', value: (c) => share(c.people.found, c.people.gold) },
  { key: 'peopleF1', label: 'people F1', value: (c) => harmonic(share(c.people.tp, c.people.pred), share(c.people.found, c.people.gold)) },
  { key: 'roles', label: 'role accuracy', value: (c) => share(c.people.roleOk, c.people.roleN) },
  { key: 'centralTop3', label: 'central in top 3', value: (c) => share(c.people.centralTop, c.people.centralN) },
  { key: 'summaryChecks', label: 'summary checks', value: (c) => share(c.summaryPass, c.summaryPages) },
  { key: 'detected', label: 'articles detected', value: (c) => share(c.detected, c.articles) },
];

export interface Scoreboard {
  columns: string[];
  /** Column → pooled counts. */
  counts: Record<string, Counts>;
  /** Column → measure key → value (null when there is nothing to count). */
  scores: Record<string, Record<string, number | null>>;
  halves: { rule: string; A: string[]; B: string[] };
}

export function buildScoreboard(pages: readonly PageScore[], sets: readonly string[]): Scoreboard {
  const cols = columns(sets, pages);
  const counts: Record<string, Counts> = {};
  const scores: Record<string, Record<string, number | null>> = {};
  for (const col of cols) {
    const total = emptyCounts();
    for (const p of pages) if (col.has(p)) addCounts(total, p.counts);
    counts[col.key] = total;
    scores[col.key] = Object.fromEntries(MEASURES.map((m) => [m.key, m.value(total)]));
  }
  return {
    columns: cols.map((c) => c.key), counts, scores,
    halves: {
      rule: 'FNV-1a 32-bit hash of the label id (UTF-8): even → A, odd → B',
      A: pages.filter((p) => p.half === 'A').map((p) => p.id),
      B: pages.filter((p) => p.half === 'B').map((p) => p.id),
    },
  };
}

export function printScoreboard(board: Scoreboard): void {
  const rows: string[][] = [
    ['measure', ...board.columns],
    ['pages', ...board.columns.map((c) => String(board.counts[c]!.pages))],
    ...MEASURES.map((m) => [m.label, ...board.columns.map((c) => {
      const v = board.scores[c]![m.key];
      return v === null || v === undefined ? '-' : m.key.startsWith('speakerN_') ? String(v) : v.toFixed(3);
    })]),
  ];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  console.log(`Scoreboard: labelled pages scored as labels/README.md says (pooled counts). Halves by FNV-1a 32-bit of the `
    + `label id, even → A (${board.halves.A.length} pages), odd → B (${board.halves.B.length} pages).`);
  // A bar between `all` and the per-set English columns.
  const bar = board.columns.indexOf('all') + 1;
  for (const r of rows) console.log(r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!)) + (i === bar && bar < r.length - 1 ? '  |' : '')).join('  '));
}

const clip = (s: string, n = 48): string => JSON.stringify(s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** One compact block per page with something wrong: speakers, quotes, people, roles, central people, summary, detection. */
export function printMisses(pages: readonly PageScore[]): void {
  console.log('Misses per page (gold → predicted):');
  for (const p of pages) {
    const lines: string[] = [];
    const q = p.quoteMisses;
    if (q.speakers.length) lines.push(`speakers: ${q.speakers.map((s) => `${clip(s.text, 32)} ${s.gold} → ${s.predicted ?? 'none'}`).join('; ')}`);
    if (q.missedQuotes.length) lines.push(`quotes missed: ${q.missedQuotes.map((t) => clip(t)).join('; ')}`);
    if (q.falseQuotes.length) lines.push(`quotes false: ${q.falseQuotes.map((t) => clip(t)).join('; ')}`);
    const m = p.peopleMisses;
    if (m.fn.length) lines.push(`people missed: ${m.fn.join('; ')}`);
    if (m.fp.length) lines.push(`people false: ${m.fp.join('; ')}`);
    if (m.roles.length) lines.push(`roles: ${m.roles.map((r) => `${r.name}: "${r.gold}" → ${r.predicted === null ? 'none' : `"${r.predicted}"`}`).join('; ')}`);
    if (m.central.length) lines.push(`central not in top 3: ${m.central.join('; ')} (top 3: ${p.top3.join('; ') || 'none'})`);
    if (p.summaryFailures.length) lines.push(`summary: ${p.summaryFailures.join('; ')}`);
    if (p.counts.articles && !p.detected) lines.push('not detected as an article');
    if (lines.length) console.log(`${p.set}/${p.id} [${p.language}, half ${p.half}]\n  ${lines.join('\n  ')}`);
  }
}

export interface ScoreboardOptions { json?: string | null; misses?: boolean }

export async function run(ctx: EvalContext, options: ScoreboardOptions = {}): Promise<void> {
  const labelled = await ctx.devPages();
  const sets = [...new Set(labelled.map((p) => p.set))];
  const pages = labelled.map(scoreLabelledPage);
  if (options.misses) {
    printMisses(pages);
    console.log('');
  }
  const board = buildScoreboard(pages, sets);
  printScoreboard(board);
  if (options.json) {
    writeFileSync(options.json, `${JSON.stringify(board, null, 1)}\n`);
    console.log(`scoreboard written to ${options.json}`);
  }
}
