// Eval area "people": the labelled pages, labels/dev* (people P/R/F1, role accuracy, central people in the top three, as
// labels/README.md defines them) and CoNLL-2003 English test (PER and ORG exact-match P/R/F1).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EvalContext } from '../eval.ts';
import { SHARED, normalize, tokens, table, fmt, type LabelPerson } from './labels.ts';
import type { Person } from '../../src/core/types.ts';
import { findEntities } from '../../src/core/people/people.ts';
import { joinParagraphs } from '../../src/core/text/text.ts';
import { splitAllSentences } from '../../src/core/text/sentences.ts';

export const name = 'people';

export interface PeopleScore { pred: number; gold: number; tp: number; found: number; roleOk: number; roleN: number; centralTop: number; centralN: number }

const lastToken = (s: string): string => tokens(s).pop() ?? '';

/** Pairs predicted with gold people: exact name or alias first, then a shared last token. */
export function matchPeople(pred: readonly Pick<Person, 'name'>[], gold: readonly LabelPerson[]): Map<number, number> {
  const pairs = new Map<number, number>();
  const used = new Set<number>();
  const pass = (same: (p: string, g: LabelPerson) => boolean) => {
    pred.forEach((p, pi) => {
      if (pairs.has(pi)) return;
      const gi = gold.findIndex((g, i) => !used.has(i) && same(p.name, g));
      if (gi >= 0) { pairs.set(pi, gi); used.add(gi); }
    });
  };
  pass((p, g) => [g.name, ...(g.aliases ?? [])].some((n) => normalize(n) === normalize(p)));
  pass((p, g) => lastToken(p) !== '' && lastToken(p) === lastToken(g.name));
  return pairs;
}

/** A predicted role is right when it holds at least half of the gold role's words. */
export function roleMatches(pred: string | null, gold: string): boolean {
  if (!pred) return false;
  const have = new Set(tokens(pred));
  const want = tokens(gold);
  return want.length > 0 && want.filter((w) => have.has(w)).length / want.length >= 0.5;
}

export const emptyPeopleScore = (): PeopleScore => ({ pred: 0, gold: 0, tp: 0, found: 0, roleOk: 0, roleN: 0, centralTop: 0, centralN: 0 });

export interface PeopleMisses {
  /** Predicted people matching no gold person. */
  fp: string[];
  /** Gold people no prediction matches. */
  fn: string[];
  /** Matched people whose predicted role misses the gold role. */
  roles: { name: string; gold: string; predicted: string | null }[];
  /** Central gold people not among the first three predicted. */
  central: string[];
}

/** People P/R, role accuracy and central people in the top three for one page (labels/README.md). */
export function scorePeople(pred: readonly Pick<Person, 'name' | 'role'>[], gold: readonly LabelPerson[]): PeopleScore & PeopleMisses {
  const pairs = matchPeople(pred, gold);
  const byGold = new Map([...pairs].map(([p, g]) => [g, p]));
  const s: PeopleScore & PeopleMisses = { ...emptyPeopleScore(), pred: pred.length, gold: gold.length, tp: pairs.size, found: byGold.size, fp: [], fn: [], roles: [], central: [] };
  gold.forEach((g, gi) => {
    const pi = byGold.get(gi);
    if (pi === undefined) s.fn.push(g.name);
    if (g.central) {
      s.centralN++;
      if (pi !== undefined && pi < 3) s.centralTop++;
      else s.central.push(g.name);
    }
    if (g.role && pi !== undefined) {
      s.roleN++;
      if (roleMatches(pred[pi]!.role, g.role)) s.roleOk++;
      else s.roles.push({ name: g.name, gold: g.role, predicted: pred[pi]!.role });
    }
  });
  pred.forEach((p, pi) => { if (!pairs.has(pi)) s.fp.push(p.name); });
  return s;
}

const f1 = (p: number, r: number): number => (p + r === 0 ? 0 : (2 * p * r) / (p + r));
const ratio = (a: number, b: number): number => (b === 0 ? 0 : a / b);

async function runDev(ctx: EvalContext): Promise<void> {
  const pages = await ctx.devPages();
  const rows: (string | number)[][] = [];
  const totals = new Map<string, PeopleScore>();
  const details: string[] = [];
  for (const { label, set, result } of pages) {
    const pred = result.digest?.people ?? [];
    const s = scorePeople(pred, label.people);
    const t = totals.get(label.language) ?? emptyPeopleScore();
    for (const k of Object.keys(t) as (keyof PeopleScore)[]) t[k] += s[k];
    totals.set(label.language, t);
    const p = ratio(s.tp, s.pred);
    const r = ratio(s.found, s.gold);
    rows.push([`${set}/${label.id}`, label.language, s.pred, s.gold, p, r, f1(p, r), `${s.roleOk}/${s.roleN}`, `${s.centralTop}/${s.centralN}`]);
    const top = pred.slice(0, 3).map((x) => x.name).join(', ');
    if (s.fp.length || s.fn.length || s.roles.length) {
      details.push(`${set}/${label.id}: top3 [${top}]` + (s.fp.length ? `\n  extra: ${s.fp.join('; ')}` : '')
        + (s.fn.length ? `\n  missed: ${s.fn.join('; ')}` : '') + (s.roles.length ? `\n  roles: ${s.roles.map((x) => `${x.name}: "${x.predicted}" ≠ "${x.gold}"`).join('; ')}` : ''));
    }
  }
  console.log(table(['page', 'lang', 'pred', 'gold', 'P', 'R', 'F1', 'roles', 'central@3'], rows));
  if (process.env.PEOPLE_DETAILS) console.log(`\n${details.join('\n')}`);
  console.log('');
  const totalRows = [...totals].map(([lang, t]) => {
    const p = ratio(t.tp, t.pred);
    const r = ratio(t.found, t.gold);
    return [lang, t.pred, t.gold, p, r, f1(p, r), ratio(t.roleOk, t.roleN), ratio(t.centralTop, t.centralN)];
  });
  console.log(table(['lang', 'pred', 'gold', 'P', 'R', 'F1', 'role acc', 'central@3'], totalRows));
  console.log('goals (en): F1 ≥ 0.92, role acc ≥ 0.85, central@3 ≥ 0.95');
}

interface ConllSentence { doc: number; sent: number; text: string; tokens: string[]; entities: { type: string; start: number; end: number }[] }

/** Prose, as CoNLL's SOURCE.md counts it: ≥ 8 tokens, < 30 % all-caps words, ends with . ? ! or a closing quote. */
export function isProse(s: Pick<ConllSentence, 'tokens' | 'text'>): boolean {
  const words = s.tokens.filter((t) => /\p{L}/u.test(t));
  const caps = words.filter((t) => !/\p{Ll}/u.test(t)).length;
  return s.tokens.length >= 8 && caps / Math.max(1, words.length) < 0.3 && /[.?!"]$/.test(s.text.trim());
}

function runConll(): void {
  const file = join(SHARED, 'corpus/ner-conll2003-en/derived/eng.testb.sentences.jsonl');
  const sentences = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as ConllSentence);
  const docs = new Map<number, ConllSentence[]>();
  for (const s of sentences) docs.set(s.doc, [...(docs.get(s.doc) ?? []), s]);
  type Count = { tp: number; pred: number; gold: number };
  const counts: Record<string, Count> = {};
  const count = (key: string) => (counts[key] ??= { tp: 0, pred: 0, gold: 0 });
  const times: number[] = [];
  let prose = 0;
  for (const doc of docs.values()) {
    // Each sentence is a paragraph of one document, so that surnames can merge with earlier full names.
    const { text, paragraphs } = joinParagraphs(doc.map((s) => s.text));
    const t0 = performance.now();
    const entities = findEntities({ title: '', lang: 'en', text, paragraphs, sentences: splitAllSentences(paragraphs) });
    times.push(performance.now() - t0);
    const predicted: { type: string; start: number; end: number }[] = [
      // Descriptions linked to a person ("the Russian president") are mentions but not names; CoNLL marks names only.
      ...entities.people.flatMap((p) => p.mentions.filter((m) => !/^the\s/i.test(text.slice(m.start, m.end))).map((m) => ({ type: 'PER', ...m }))),
      ...entities.organizations.flatMap((o) => o.mentions.map((m) => ({ type: 'ORG', ...m }))),
    ];
    doc.forEach((s, i) => {
      const p = paragraphs[i]!;
      const isP = isProse(s);
      if (isP) prose++;
      for (const type of ['PER', 'ORG']) {
        const gold = new Set(s.entities.filter((e) => e.type === type).map((e) => `${e.start}:${e.end}`));
        const pred = new Set(predicted.filter((e) => e.type === type && e.start >= p.start && e.end <= p.end)
          .map((e) => `${e.start - p.start}:${e.end - p.start}`));
        const tp = [...pred].filter((k) => gold.has(k)).length;
        for (const key of isP ? [`all ${type}`, `prose ${type}`] : [`all ${type}`]) {
          const c = count(key);
          c.tp += tp; c.pred += pred.size; c.gold += gold.size;
        }
      }
    });
  }
  console.log(`\nCoNLL-2003 eng.testb: ${sentences.length} sentences in ${docs.size} documents; prose sentences kept: ${prose}`);
  const rows = Object.entries(counts).sort().map(([key, c]) => {
    const p = ratio(c.tp, c.pred);
    const r = ratio(c.tp, c.gold);
    return [key, c.pred, c.gold, p, r, f1(p, r)];
  });
  console.log(table(['set', 'pred', 'gold', 'P', 'R', 'F1'], rows));
  times.sort((a, b) => a - b);
  console.log(`goals (prose): PER F1 ≥ 0.85, ORG F1 ≥ 0.70; findEntities median ${fmt(times[times.length >> 1]!)} ms per document`);
}

export async function run(ctx: EvalContext): Promise<void> {
  await runDev(ctx);
  runConll();
}
