// `npm run digest -- PAGE.html [--url URL] [--json] [--length short|medium|long]`: the extension's pipeline on a saved page.
import { parseArgs } from 'node:util';
import { readPageFile } from './load-page.ts';
import { digestHtml, type PageDigest } from './digest-page.ts';
import { DEFAULT_DIGEST_OPTIONS } from '../core/digest.ts';
import type { SummaryLength } from '../core/types.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    url: { type: 'string' },
    json: { type: 'boolean', default: false },
    length: { type: 'string', default: DEFAULT_DIGEST_OPTIONS.summaryLength },
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

const result = digestHtml(readPageFile(path), values.url ?? 'http://localhost/article.html', {
  ...DEFAULT_DIGEST_OPTIONS,
  summaryLength: values.length as SummaryLength,
});
console.log(values.json ? JSON.stringify(toJson(result), null, 2) : toText(result));

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
