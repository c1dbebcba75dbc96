// Eval area "summary-audit": the summary of every corpus article page (the extraction benchmark's 181 pages and
// Readability's readerable test pages), flagged by heuristics for a reader to check: length outside 40–120 words,
// more than one paragraph, boilerplate-looking material, and an opening that leans on a sentence it left out.
// The flags are pointers for reading, not scores: a date in prose or an acronym run can be fine.
// LEDE_AUDIT_JSON=path writes every page's summary and flags as JSON for closer reading.
import { writeFileSync } from 'node:fs';
import type { Article } from '../../src/core/types.ts';
import { digest, buildTextDoc } from '../../src/core/digest.ts';
import { countWords, joinParagraphs } from '../../src/core/text/text.ts';
import { splitAllSentences } from '../../src/core/text/sentences.ts';
import { needsContext } from '../../src/core/summary/repair-sentence.ts';
import { rankSentences } from '../../src/core/summary/rank-sentences.ts';
import { readPage } from '../../src/content/read-page.ts';
import { loadDom, yieldToEventLoop } from '../../src/cli/load-page.ts';
import { corpusPages, readCorpusHtml, pageName, type CorpusPage } from '../lib/corpus.ts';
import type { EvalContext } from '../eval.ts';
import { table } from './labels.ts';

export const name = 'summary-audit';

const MONTH = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';

// Boilerplate that a summary sentence should never carry; each is a named heuristic so the tally says which fired.
const BOILERPLATE_FLAGS: readonly [string, RegExp][] = [
  ['prompt', /\b(?:sign(?:ed)? up|subscribe|subscription|newsletter|click|tap here|read more|see more|watch more)\b/i],
  ['credit', /\b(?:getty|shutterstock|istock|photo(?:graph)?:|image:|credit:|©|\(c\)|all rights reserved)|\bAP Photo\b/i],
  ['stamp', /(?:^|[.!?|·•]\s+)(?:updated|published|posted|last modified)\b(?: on| at)?:?\s*(?:\d|\p{Lu})/iu],
  ['email or url', /[\w.+-]+@[\w-]+\.[\w.]+|https?:\/\/|\bwww\./i],
  ['all-caps run', /\b\p{Lu}{2,}(?:\s+\p{Lu}{2,}){2,}\b/u],
  ['advertisement', /\badvertisement\b|\bsponsored\b/i],
  ['byline', /(?:^|[.!?]["”’]?\s+)By \p{Lu}[\p{L}.'’-]+(?: \p{Lu}[\p{L}.'’-]+){1,2}(?:\s*$|\s*[,|·•–—-]|\s+\p{Lu}\p{Ll}+ \d)/u],
  ['date line', new RegExp(`\\b${MONTH} \\d{1,2},? \\d{4}\\b[^.]{0,20}(?:\\d{1,2}:\\d{2}|\\bUTC\\b|\\bGMT\\b|\\bET\\b)|^(?:\\w+day,? )?${MONTH} \\d{1,2},? \\d{4}\\b`, 'i')],
  ['dateline', /(?:^|[.!?]["”’]?\s+)\p{Lu}[\p{Lu}.,'’ -]{2,40}\((?:AP|Reuters|AFP|CNN|UPI)\)|^(?:\w+day,? )?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\w*\.? \d{1,2},? \d{4} ?(?:--|—|–)/u],
  ['caption', /\bpictured\b|\bfile photo\b|\(photo\b|\bphoto by\b|\bin this (?:\w+ )?(?:photo|image|picture)\b|\bseen here\b|\babove:|\bbelow:|\bleft:|\bright:/i],
];

/** One page's audit: the summary, its length and the heuristic flags that fired. */
export interface SummaryAudit {
  words: number;
  flags: string[];
  /** Index of the summary's first sentence among the article's usable sentences (-1 when it cannot be found). */
  firstIndex: number;
}

/**
 * Flags what a reader should check in a summary: `summaryFlags('Sign up now. …', [])` includes "prompt".
 * `sentences` are the article's usable sentences (the ranker's, menus and headings aside), to say where it opens:
 * later than the second is flagged, since news puts the main event first.
 */
export function summaryFlags(summary: string, sentences: readonly string[]): SummaryAudit {
  const words = countWords(summary);
  const flags: string[] = [];
  if (!summary.trim()) flags.push('empty');
  else if (words < 40) flags.push('short');
  if (words > 120) flags.push('long');
  if (/\n/.test(summary.trim())) flags.push('paragraphs');
  for (const [flag, re] of BOILERPLATE_FLAGS) if (re.test(summary)) flags.push(flag);
  const first = splitAllSentences(joinParagraphs([summary]).paragraphs)[0]?.text ?? '';
  if (first && (needsContext(first) || /^\p{Ll}/u.test(first))) flags.push('dangling opening');
  // Where the opening sentence sits: repairs change its first words, so find it by its last forty characters.
  const tail = first.slice(-40);
  const firstIndex = tail ? sentences.findIndex((s) => s.endsWith(tail)) : -1;
  if (firstIndex > 1) flags.push('late opening');
  return { words, flags, firstIndex };
}

/** The corpus's article pages: every benchmark page and the readerable Readability test pages. */
export function auditPages(): CorpusPage[] {
  return corpusPages(['benchmark', 'readability']).filter((p) => p.isArticle);
}

/** The article Lede extracts from a corpus page, or null when extraction fails. */
export function extractCorpusArticle(page: CorpusPage): Article | null {
  const dom = loadDom(readCorpusHtml(page), page.url);
  try {
    const reading = readPage(dom.window.document, page.url, true);
    return reading.ok ? reading.article : null;
  } finally {
    try { dom.window.close(); } catch { /* a deep tree can overflow jsdom's teardown; the window is garbage anyway */ }
  }
}

export interface AuditRow extends SummaryAudit { page: string; url: string; articleWords: number; summary: string }

/** Digests one article and audits its summary. */
export function auditArticle(page: string, url: string, article: Article): AuditRow {
  const doc = buildTextDoc(article);
  const summary = digest(article).summary;
  const ranked = rankSentences(doc);
  const usable = ranked.filter((r) => !r.rejected).map((r) => r.sentence.text);
  const audit = summaryFlags(summary, usable);
  // A long opening sentence the ranker refused is worth a look: a quote mark or a split may have misled it.
  const lost = ranked.slice(0, 5).find((r) => r.rejected && r.words >= 12 && r.rejected !== 'too long');
  if (lost) audit.flags.push(`lead rejected (${lost.rejected})`);
  return { page, url, articleWords: countWords(doc.text), summary, ...audit };
}

/** Prints the tally of flags and one line per flagged page. */
export function reportAudit(rows: readonly AuditRow[]): void {
  const tally = new Map<string, number>();
  for (const r of rows) for (const f of r.flags) tally.set(f, (tally.get(f) ?? 0) + 1);
  const clean = rows.filter((r) => r.flags.length === 0).length;
  console.log(`${rows.length} article pages; ${clean} summaries with no flag`);
  console.log(table(['flag', 'pages'], [...tally.entries()].sort((a, b) => b[1] - a[1])));
  console.log('');
  for (const r of rows.filter((x) => x.flags.length)) {
    console.log(`${r.page.padEnd(30)} ${String(r.words).padStart(3)}w of ${String(r.articleWords).padStart(5)}  ${r.flags.join(', ')}`);
  }
}

export async function run(_ctx: EvalContext): Promise<void> {
  const rows: AuditRow[] = [];
  for (const page of auditPages()) {
    const article = extractCorpusArticle(page);
    if (article) rows.push(auditArticle(pageName(page), page.url, article));
    else rows.push({ page: pageName(page), url: page.url, articleWords: 0, summary: '', words: 0, flags: ['no article'], firstIndex: -1 });
    await yieldToEventLoop();
  }
  reportAudit(rows);
  const out = process.env.LEDE_AUDIT_JSON;
  if (out) writeFileSync(out, JSON.stringify(rows, null, 1));
}
