// Loads ../shared/labels/dev and digests each labelled page once, through the same pipeline as the CLI.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
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
}

export interface LabelledPage { label: Label; result: PageDigest }

export function loadLabels(dir = join(SHARED, 'labels/dev')): Label[] {
  if (!existsSync(dir)) throw new Error(`labels not found at ${dir}`);
  return readdirSync(dir).filter((f) => f.endsWith('.json')).sort()
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as Label);
}

export async function digestLabelledPages(labels: Label[]): Promise<LabelledPage[]> {
  const pages: LabelledPage[] = [];
  for (const label of labels) {
    const html = readPageFile(join(SHARED, label.page));
    pages.push({ label, result: digestHtml(html, label.url ?? 'http://localhost/article.html') });
    await yieldToEventLoop();
  }
  return pages;
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
