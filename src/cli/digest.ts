// `npm run digest -- PAGE.html [--url URL] [--json] [--length short|medium|long]`: the extension's pipeline on a saved page.
import { parseArgs } from 'node:util';
import { readPageFile } from './page-file.ts';
import { tooDeepToParse } from './nesting-scan.ts';
import { MAX_DEPTH } from '../content/extract.ts';
import type { PageDigest } from './digest-page.ts';
import type { SummaryLength } from '../core/types.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    url: { type: 'string' },
    json: { type: 'boolean', default: false },
    length: { type: 'string', default: 'medium' },
  },
});

const path = positionals[0];
if (!path) {
  console.error('usage: npm run digest -- PAGE.html[.gz] [--url URL] [--json] [--length short|medium|long]');
  process.exit(2);
}
if (!['short', 'medium', 'long'].includes(values.length)) {
  console.error(`--length must be short, medium or long, not ${values.length}`);
  process.exit(2);
}

// Whatever goes wrong, the reader gets one line on stderr, never a stack trace (issue 17).
const refuse = (why: string, code: number): never => {
  console.error(`lede: ${path}: ${why}`);
  process.exit(code);
};

let html = '';
try {
  html = readPageFile(path);
} catch (error) {
  refuse(`cannot read the file (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`, 1);
}
// Exit code 2, like a usage error: the input is one Lede refuses, found before jsdom tries (and fails) to parse it.
if (tooDeepToParse(html)) refuse(`nested more than ${MAX_DEPTH} levels deep; not parsed`, 2);

try {
  // Loaded only now: jsdom's import alone takes a second, and a refused page needs none of it.
  const [{ digestHtml }, { DEFAULT_DIGEST_OPTIONS }] = await Promise.all([import('./digest-page.ts'), import('../core/digest.ts')]);
  const result = digestHtml(html, values.url ?? 'http://localhost/article.html', {
    ...DEFAULT_DIGEST_OPTIONS,
    summaryLength: values.length as SummaryLength,
  });
  console.log(values.json ? JSON.stringify(toJson(result), null, 2) : toText(result));
} catch (error) {
  refuse(`could not digest the page (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`, 1);
}

/** The stable JSON contract (issue 2): add fields freely, never rename or remove. */
function toJson(r: PageDigest) {
  const d = r.digest;
  return {
    isArticle: r.isArticle,
    signals: r.detection.signals,
    message: r.message,
    messageCode: r.code,
    article: d?.article ?? null,
    summary: d?.summary ?? '',
    quotes: d?.quotes.map(({ text, speaker, speakerKind, key, partial, span, paragraph }) => ({ text, speaker, speakerKind, key, partial, span, paragraph })) ?? [],
    people: d?.people ?? [],
    organizations: d?.organizations ?? [],
    notice: d?.notice ?? null,
    noticeCode: d?.noticeCode ?? null,
  };
}

function toText(r: PageDigest): string {
  const d = r.digest;
  const lines = [`article: ${r.isArticle ? 'yes' : 'no'} (${r.detection.signals.join(', ') || 'no signals'})`];
  if (!d) return [...lines, r.message ?? 'no digest'].join('\n');
  const a = d.article;
  lines.push('', a.title, [a.siteName, a.byline, a.publishedTime, `${a.readingMinutes} min read`].filter(Boolean).join(' · '));
  if (d.notice) lines.push(`(${d.notice})`);
  lines.push('', 'SUMMARY', d.summary || '(none)', '', 'KEY QUOTES');
  for (const q of d.quotes.filter((q) => q.key)) lines.push(`  “${q.text}” — ${q.speaker ?? 'unattributed'}`);
  lines.push(`  (${d.quotes.length} quotes in all)`, '', "WHO'S INVOLVED");
  for (const p of d.people) lines.push(`  ${p.name}${p.role ? ` — ${p.role}` : ''} (${p.mentions} mentions, ${p.quotes} quotes)`);
  if (d.organizations.length) lines.push('', `Organisations: ${d.organizations.map((o) => o.name).join(', ')}`);
  return lines.join('\n');
}
