// Links descriptions such as "the Russian president" or "the prime minister" back to the one named person whose role
// they repeat, so that they count as that person's mentions.
import type { PersonEntity } from './types.ts';
import type { Span } from '../types.ts';
import { overlapTest } from '../text/index.ts';
import { ROLE_NOUNS, TITLE_WORDS, isPersonNoun } from '../lexicon/index.ts';

// Words of a role that say it is no longer held.
const PAST = new Set(['former', 'ex', 'late', 'then', 'outgoing', 'sacked', 'ousted']);

const isHead = (w: string): boolean => ROLE_NOUNS.has(w) || TITLE_WORDS.has(w.charAt(0).toUpperCase() + w.slice(1));

/**
 * Adds "the <role words>" spans to the person whose role holds all those words and ends with the same head noun,
 * when exactly one person fits. Example: with "Russian President Vladimir Putin" in the text, a later
 * "the Russian president" or "the president" becomes a mention of Vladimir Putin.
 */
export function linkDescriptions(text: string, people: PersonEntity[]): void {
  const byHead = new Map<string, { person: PersonEntity; words: Set<string> }[]>();
  for (const p of people) {
    if (!p.role) continue;
    const words = p.role.toLowerCase().replace(/['’]s\b/g, '').split(/[\s-]+/).filter(Boolean);
    const head = words[words.length - 1]!;
    if (!isHead(head) || words.length > 5) continue;
    const list = byHead.get(head) ?? [];
    // "the president" is never the former president: past holders take no part in descriptions without "former".
    if (words.some((w) => PAST.has(w))) continue;
    list.push({ person: p, words: new Set(words) });
    byHead.set(head, list);
  }
  if (byHead.size === 0) return;
  const taken = overlapTest(people.flatMap((p) => p.mentions));
  // Find the head nouns first (rare), then look back for "the" and up to three words before each.
  const heads = new RegExp(`\\b(?:${[...byHead.keys()].map((h) => h.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\b`, 'giu');
  for (const h of text.matchAll(heads)) {
    const end = h.index + h[0].length;
    // The nearest "the": a greedy start skips earlier ones ("the man saw the president").
    const from = Math.max(0, h.index - 60);
    const before = /^([^]*)\b[Tt]he\s+((?:[\p{L}-]+[ \t]+){0,3})$/u.exec(text.slice(from, h.index));
    if (!before) continue;
    // "the Russian President Vladimir Putin", "the president of France": a title or a longer phrase, not a description.
    if (/^\s+(?:\p{Lu}|of\b)/u.test(text.slice(end, end + 4))) continue;
    const start = from + before[1]!.length;
    const described = [...before[2]!.split(/\s+/).filter(Boolean), h[0]].map((w) => w.toLowerCase());
    const candidates = byHead.get(h[0].toLowerCase()) ?? [];
    const fits = candidates.filter(({ words: role }) => described.every((w) => role.has(w)));
    // A bare head ("the president") must fit every person with that head; a fuller one just one person.
    if (fits.length !== 1 || (described.length === 1 && candidates.length > 1)) continue;
    if (!taken(start, end)) fits[0]!.person.mentions.push({ start, end });
  }
  for (const p of people) p.mentions.sort((a, b) => a.start - b.start);
}

// "The real estate agent said …", "The 50-year-old singer was …": a sentence opening with a description of a person.
const NEXT_SUBJECT = /^[ \t]*(?:The|the)[ \t]+((?:[\p{Ll}\d][\p{L}\d’'-]*[ \t]+){0,4}\p{Ll}[\p{L}-]*)/u;
// Words that cannot stand inside a description: verbs and function words that would make it a clause.
const NOT_IN_DESCRIPTION = /^(?:is|was|are|were|has|had|have|be|been|will|would|and|or|but|of|to|in|on|at|for|with|who|that|which|said|says|also|other|same|first|last|next|latter|former|following)$/;

/**
 * Gives a person named without a role, as the subject of a sentence, the description that opens the next sentence of
 * the paragraph, and counts it as a mention. Example: "Eyamba Sowers didn't know Patrick was coming. The real estate
 * agent said …" → Eyamba Sowers, role "real estate agent".
 */
export function rolesFromNextSentence(text: string, people: PersonEntity[]): void {
  for (const p of people) {
    if (p.role) continue;
    for (const m of p.mentions) {
      const stop = /[.!?]["”’]?(?=\s)/.exec(text.slice(m.end, m.end + 300));
      if (!stop) continue;
      const next = m.end + stop.index + stop[0].length;
      // The next sentence in the same paragraph.
      if (/^[ \t]*\n/.test(text.slice(next, next + 3))) continue;
      const d = NEXT_SUBJECT.exec(text.slice(next, next + 80));
      if (!d) continue;
      const all = d[1]!.split(/\s+/);
      const personNoun = (w: string) => isPersonNoun(w) || ROLE_NOUNS.has(w);
      // The head: the first person noun not followed by another ("real estate agent said", not "agent said").
      const h = all.findIndex((w, i) => personNoun(w) && !personNoun(all[i + 1] ?? ''));
      // The description is the subject: a verb or a comma follows its head ("The chairman of the Conservative Party"
      // names an office someone else may hold).
      if (h < 0 || !/^[ \t]*(?:,|(?!of\b|at\b|for\b|to\b|in\b)\p{Ll})/u.test(text.slice(next + d[0].indexOf(d[1]!) + all.slice(0, h + 1).join(' ').length))) continue;
      const words = all.slice(0, h + 1);
      if (words.some((w) => NOT_IN_DESCRIPTION.test(w))) continue;
      const start = next + d[0].indexOf(d[1]!);
      // "Ann Reed met the mayor. The mayor said …", "… was stopped by officers. The officer said …": a person noun
      // between the name and the description may be whom it describes.
      if (text.slice(m.end, next).split(/[^\p{L}-]+/u).some((w) => /^\p{Ll}/u.test(w) && (personNoun(w) || personNoun(w.replace(/e?s$/, ''))))) continue;
      // The person it describes is the previous sentence's subject: "The video had been altered to show Starmer …
      // The chairman of …" is someone else.
      if (!/(?:^|[.!?]["”’]?\s+|\n\s*)$/.test(text.slice(Math.max(0, m.start - 4), m.start))) continue;
      p.role = words.join(' ');
      p.mentions.push({ start, end: start + p.role.length });
      p.mentions.sort((a, b) => a.start - b.start);
      break;
    }
  }
}
