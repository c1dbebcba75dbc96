// Links descriptions such as "the Russian president" or "the prime minister" back to the one named person whose role
// they repeat, so that they count as that person's mentions.
import type { PersonEntity } from './types.ts';
import type { Span } from '../types.ts';
import { overlapTest } from '../text/index.ts';
import { ROLE_NOUNS, TITLE_WORDS } from '../lexicon/index.ts';

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
