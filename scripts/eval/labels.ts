// Loads the labelled pages (../shared/labels/dev, dev2, dev3: every `labels/dev*` folder) and digests each once,
// through the same pipeline as the CLI.
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { commonTokens } from '../lib/metrics.ts';
import { readPageFile, yieldToEventLoop } from '../../src/cli/load-page.ts';
import { digestHtml, type PageDigest } from '../../src/cli/digest-page.ts';

export const SHARED = process.env.LEDE_SHARED ?? join(import.meta.dirname, '../../../shared');

export interface LabelQuote { text: string; speaker: string | null; speakerKind?: 'description' | 'organization'; partial?: boolean }
export interface LabelPerson { name: string; aliases?: string[]; role?: string | null; central?: boolean }
export interface Label {
  id: string;
  page: string;
  url?: string;
  language: string;
  isArticle: boolean;
  quotes: LabelQuote[];
  notQuotes?: string[];
  people: LabelPerson[];
  notPeople?: string[];
  organizations?: { name: string; aliases?: string[] }[];
  summary?: { mustMention?: string[][]; mustNotContain?: string[] };
  /** The label set (folder under labels/) it was loaded from: `dev`, `dev2`, `dev3`. Set by the loader. */
  set?: string;
}

export interface LabelledPage { label: Label; set: string; result: PageDigest }

/** The labels of one folder (by default labels/dev), each with `set` = the folder's name. */
export function loadLabels(dir = join(SHARED, 'labels/dev')): Label[] {
  if (!existsSync(dir)) throw new Error(`labels not found at ${dir}`);
  const set = basename(dir);
  return readdirSync(dir).filter((f) => f.endsWith('.json')).sort()
    .map((f) => ({ ...(JSON.parse(readFileSync(join(dir, f), 'utf8')) as Label), set }));
}

/** The label sets the project is judged on: every labels/dev* folder (dev, dev2, dev3), in name order. */
export function labelSets(root = join(SHARED, 'labels')): string[] {
  if (!existsSync(root)) throw new Error(`labels not found at ${root}`);
  return readdirSync(root).filter((d) => /^dev\d*$/.test(d) && statSync(join(root, d)).isDirectory())
    .sort((a, b) => a.length - b.length || a.localeCompare(b));
}

/** Every labelled page of every labels/dev* set; ids are unique across sets. */
export function loadAllLabels(root = join(SHARED, 'labels')): Label[] {
  const labels = labelSets(root).flatMap((set) => loadLabels(join(root, set)));
  const seen = new Set<string>();
  for (const l of labels) {
    if (seen.has(l.id)) throw new Error(`label id ${l.id} is in two sets`);
    seen.add(l.id);
  }
  return labels;
}

export async function digestLabelledPages(labels: Label[]): Promise<LabelledPage[]> {
  const pages: LabelledPage[] = [];
  for (const label of labels) {
    const html = readPageFile(join(SHARED, label.page));
    pages.push({ label, set: label.set ?? 'dev', result: digestHtml(html, label.url ?? 'http://localhost/article.html') });
    await yieldToEventLoop();
  }
  return pages;
}

/** FNV-1a, 32 bits, over the UTF-8 bytes of `text`: `fnv1a32('')` is 0x811c9dc5, `fnv1a32('a')` is 0xe40c292c. */
export function fnv1a32(text: string): number {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/**
 * The fixed half of all labelled pages a label belongs to: FNV-1a 32-bit of its id, even → 'A', odd → 'B'.
 * It depends on the id alone, so a page never changes half and new labels fall into either half at random.
 */
export function halfOf(id: string): 'A' | 'B' {
  return fnv1a32(id) % 2 === 0 ? 'A' : 'B';
}

/** labels/README.md: lower case, curly quotes and dashes folded to ASCII, punctuation stripped, whitespace collapsed. */
export function normalize(text: string): string {
  return text.toLowerCase()
    .replace(/[‘’‚‛′]/g, "'").replace(/[“”„‟″«»]/g, '"').replace(/[‐‑‒–—―]/g, '-')
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .replace(/\s+/g, ' ').trim();
}

export function tokens(text: string): string[] {
  const n = normalize(text);
  return n ? n.split(' ') : [];
}

/** Two quotes match when the shorter's tokens are ≥ 80 % contained in the longer's and the longer is at most twice as long. */
export function quotesMatch(a: string, b: string): boolean {
  const ta = tokens(a);
  const tb = tokens(b);
  const [short, long] = ta.length <= tb.length ? [ta, tb] : [tb, ta];
  if (short.length === 0 || long.length > 2 * short.length) return false;
  return commonTokens(short, long) / short.length >= 0.8;
}

/** Formats a table a person can read: columns padded, numbers right-aligned. */
export function table(header: string[], rows: (string | number)[][]): string {
  const cells = [header, ...rows.map((r) => r.map((c) => (typeof c === 'number' ? fmt(c) : c)))];
  const widths = header.map((_, i) => Math.max(...cells.map((r) => String(r[i] ?? '').length)));
  return cells.map((r, ri) => r.map((c, i) => {
    const s = String(c ?? '');
    return ri > 0 && typeof rows[ri - 1]![i] === 'number' ? s.padStart(widths[i]!) : s.padEnd(widths[i]!);
  }).join('  ')).join('\n');
}

export function fmt(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(3);
}
