// The digest as text to paste elsewhere: Markdown and plain text. Pure functions over the digest.
import type { Digest, Quote } from '../shared/digest-types.ts';
import { keyQuotes, speakerRole } from './format.ts';
import { quoted } from './quotation-marks.ts';

/** The words the copied digest uses around the article's own text; English by default, the popup passes its locale's. */
export interface CopyLabels {
  keyQuotes: string;
  people: string;
  organizations: string;
  source: string;
}

export const ENGLISH_LABELS: CopyLabels = { keyQuotes: 'Key quotes', people: "Who's involved", organizations: 'Organisations', source: 'Source' };

export interface CopyInput {
  digest: Digest;
  /** The quotes to include: the ones the popup shows (key quotes, or all when unfolded). */
  quotes: Quote[];
  /** The article's address, or null. */
  url: string | null;
  /** The popup's meta line (site · date · reading time), or ''. */
  meta: string;
  labels: CopyLabels;
}

/** The quotes a copy includes by default: the key quotes, as the popup shows them first. */
export function copiedQuotes(digest: Digest, keyQuoteCount: number): Quote[] {
  return keyQuotes(digest.quotes, keyQuoteCount);
}

/**
 * Escapes the characters that would turn page text into Markdown syntax, so a headline like `*Breaking*` or
 * `[ad](x)` stays literal. Example: `escapeMarkdown('1. A *big* win') === '1\\. A \\*big\\* win'`.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>|~]/g, (c) => `\\${c}`)
    // At the start of a line these begin a heading, a quote, a list or a numbered list.
    .replace(/^(\s*)([#>+-])/gm, '$1\\$2')
    .replace(/^(\s*\d+)\./gm, '$1\\.');
}

function attribution(quote: Quote, digest: Digest): string | null {
  if (!quote.speaker) return null;
  const role = speakerRole(quote, digest.people);
  return role ? `${quote.speaker}, ${role}` : quote.speaker;
}

function personLine(name: string, role: string | null, markdown: boolean): string {
  if (!markdown) return role ? `${name} (${role})` : name;
  return role ? `**${escapeMarkdown(name)}**, ${escapeMarkdown(role)}` : `**${escapeMarkdown(name)}**`;
}

/**
 * The digest as Markdown: headline, meta line, byline, summary, quotes as block quotes with their speaker,
 * people with roles, organisations and the source link.
 * Example: a digest titled "Rates rise" with summary "The bank raised rates." starts `# Rates rise\n\n…`.
 */
export function digestMarkdown({ digest, quotes, url, meta, labels }: CopyInput): string {
  const { article } = digest;
  const blocks: string[] = [`# ${escapeMarkdown(article.title)}`];
  // The meta line and byline in italics, one per line (two trailing spaces make a Markdown line break).
  const lines = [meta, article.byline].filter((s): s is string => Boolean(s)).map((s) => `*${escapeMarkdown(s)}*`);
  if (lines.length > 0) blocks.push(lines.join('  \n'));
  if (digest.summary) blocks.push(escapeMarkdown(digest.summary));
  if (quotes.length > 0) {
    blocks.push(`## ${labels.keyQuotes}`);
    for (const quote of quotes) {
      const who = attribution(quote, digest);
      blocks.push([`> ${quoted(escapeMarkdown(quote.text), article.lang)}`, who ? `> — ${escapeMarkdown(who)}` : null].filter(Boolean).join('\n'));
    }
  }
  if (digest.people.length > 0) {
    blocks.push(`## ${labels.people}`);
    blocks.push(digest.people.map((p) => `- ${personLine(p.name, p.role, true)}`).join('\n'));
  }
  if (digest.organizations.length > 0) {
    blocks.push(`${labels.organizations}: ${digest.organizations.map((o) => escapeMarkdown(o.name)).join(', ')}`);
  }
  if (url) blocks.push(`${labels.source}: <${url.replace(/[<>\s]/g, encodeURIComponent)}>`);
  return `${blocks.join('\n\n')}\n`;
}

/**
 * The same digest as plain text, for places that do not render Markdown.
 * Example: a quote becomes `“We will win.” — Ann Lee, mayor` (`„…“` in a German article, `« … »` in a French one).
 */
export function digestPlainText({ digest, quotes, url, meta, labels }: CopyInput): string {
  const { article } = digest;
  const head = [article.title, meta, article.byline].filter(Boolean).join('\n');
  const blocks: string[] = [head];
  if (digest.summary) blocks.push(digest.summary);
  if (quotes.length > 0) {
    blocks.push([labels.keyQuotes, ...quotes.map((q) => {
      const who = attribution(q, digest);
      return who ? `${quoted(q.text, article.lang)} — ${who}` : quoted(q.text, article.lang);
    })].join('\n'));
  }
  if (digest.people.length > 0) blocks.push([labels.people, ...digest.people.map((p) => personLine(p.name, p.role, false))].join('\n'));
  if (digest.organizations.length > 0) blocks.push(`${labels.organizations}: ${digest.organizations.map((o) => o.name).join(', ')}`);
  if (url) blocks.push(`${labels.source}: ${url}`);
  return `${blocks.join('\n\n')}\n`;
}
