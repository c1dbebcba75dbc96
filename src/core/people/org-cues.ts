// Document-level evidence that a lone capitalised word is an organisation: a cue around one mention ("shares in
// Pirelli", "Leicestershire beat Somerset"), a listed neighbour that is one, or the short form of a company named in
// full ("Magna" after "Magna International Inc"). Every mention of that word in the document then counts as one.
import { isFirstName, isPersonNoun, PLACES, DEMONYMS, NOT_NAME_WORDS, ORG_HEADS, ROLE_NOUNS, TITLE_WORDS } from '../lexicon/index.ts';
import { speaksAfter, CORPORATE_SUFFIXES, type NameMention } from './names.ts';

// Words right before a name that make it a company or a team.
const ORG_BEFORE = /(?:\bagainst|\bv\.?|\bvs\.?|\bbeat|\bbeating|\bjoined|\bclub|\bside|\bfirm|\bcompany|\bgroup|\bshares (?:in|of)|\bstake in|\bplayed for|\bplays for|\bplaying for|\bsigned for|\bdrew with|\bdraw with|\bdraw against|\bdefeat (?:to|by)|\bwin over|\bvictory over|\bloss to|\blost to|\bunit of|\bsubsidiary of|\bacquisition of|\bmerger with|\bbid for|\btakeover of)\s+$/i;
// Words right after a name that make it one: its shares, its staff, its players, its statement ("Udinese's German
// striker Oliver Bierhoff", "a Sampdoria side", "PaineWebber analyst Marc Cohen").
const ORG_AFTER = new RegExp(`^(?:['’]s?)?\\s+(?:\\p{Lu}[\\p{L}-]+\\s+)?(?:${[
  // "shares" is also a verb ("Vanco shares, noting …"): only a market verb or a preposition after it counts.
  'shares\\s+(?:rose|fell|were|are|have|had|closed|gained|jumped|dropped|slid|slumped|climbed|soared|tumbled|traded|in|of|on|at|up|down)',
  'stock', 'spokesman', 'spokeswoman', 'spokesperson', 'chairman', 'chairwoman', 'executives', 'employees',
  'workers', 'staff', 'shareholders', 'subsidiary', 'coach', 'manager', 'captain', 'striker', 'midfielder',
  'goalkeeper', 'defender', 'playmaker', 'fans', 'players', 'squad', 'side', 'group', 'analyst', 'analysts',
  'economist', 'Inc', 'said in a statement', 'drew with', 'beat\\s+\\p{Lu}', 'lost to',
].join('|')})\\b`, 'u');
// "Surrey 429-7 (…)", "Warwickshire 195,": a team and its score in a results line.
const SCORE_AFTER = /^\s+\d{1,3}(?:-\d{1,2})?(?:\s+and\s+\d{1,3}(?:-\d{1,2})?)?\s*(?:[,(]|\.?$)/;

/**
 * Re-labels weak person and unknown mentions as organisations when the document shows, once, that the word names
 * one. Example: in "Shares in Pirelli rose. … Pirelli said", both "Pirelli" mentions become organisations.
 */
export function markOrganizations(text: string, mentions: NameMention[], lowerWords: ReadonlySet<string> = new Set()): void {
  const personWords = new Set<string>();
  for (const m of mentions) {
    if (m.kind === 'person' && (m.words.length > 1 || m.strong || m.title || m.honorific)) for (const w of m.words) personWords.add(w);
  }
  const names = new Set<string>();
  for (const m of mentions) {
    if (m.kind === 'organization') for (const f of shortForms(m.words)) names.add(f);
    else if (m.words.length === 1 && m.kind === 'unknown' && hasCue(text, m, lowerWords)) names.add(m.text);
  }
  // "Essex, Derbyshire and Surrey": words listed with an organisation are organisations too.
  for (let pass = 0; pass < 3; pass++) for (let i = 0; i + 1 < mentions.length; i++) {
    const a = mentions[i]!;
    const b = mentions[i + 1]!;
    const gap = text.slice(a.end, b.start);
    if (!/^(?:\s*,\s*|\s+and\s+|\s+or\s+|\s*,\s+and\s+)$/.test(gap)) continue;
    // A comma lists only inside a longer list ("Essex, Derbyshire and Surrey"), not "Mother's Day, Besecker said".
    if (/^\s*,\s*$/.test(gap) && !/^\s*(?:,|and\b|or\b)/.test(text.slice(b.end, b.end + 6))
      && !/(?:,|\band|\bor)\s*$/.test(text.slice(Math.max(0, a.start - 6), a.start))) continue;
    const aOrg = a.kind === 'organization' || (names.has(a.text) && !personWords.has(a.text));
    const bOrg = b.kind === 'organization' || (names.has(b.text) && !personWords.has(b.text));
    if (aOrg && !bOrg && isLoneWord(b) && namedOrg(a, b) && !describedAsPerson(text, b)) names.add(b.text);
    if (bOrg && !aOrg && isLoneWord(a) && namedOrg(b, a) && !describedAsPerson(text, a)) names.add(a.text);
  }
  for (const m of mentions) {
    if (m.kind === 'organization' || !names.has(m.text) || personWords.has(m.text)) continue;
    if (m.kind === 'unknown' || (m.kind === 'person' && !m.strong && !m.title && !m.honorific)) m.kind = 'organization';
  }
}

// "… Business School and Jing Zhou, Professor of Management at …": a person's title or "who" after the name.
function describedAsPerson(text: string, m: NameMention): boolean {
  const next = /^,\s+(\p{L}+)/u.exec(text.slice(m.end, m.end + 40));
  if (!next) return false;
  const w = next[1]!;
  return w === 'who' || TITLE_WORDS.has(w) || ROLE_NOUNS.has(w.toLowerCase()) || isPersonNoun(w);
}

// A capitalised pair takes a neighbour's kind only from a full organisation name ("Sierra Nevada Corp."): a lone
// team or body next to a name is often a clause of its own ("for the Islanders, and Semyon Varlamov stopped …").
function namedOrg(org: NameMention, other: NameMention): boolean {
  return other.words.length === 1 || (org.kind === 'organization' && org.words.length > 1);
}

// A lone word, or a capitalised pair with nothing personal about it ("SpaceX, Blue Origin, Sierra Nevada Corp.").
function isLoneWord(m: NameMention): boolean {
  if (m.words.length > 1) return m.kind === 'person' && !m.strong && !m.title && !m.honorific;
  return m.kind === 'unknown' && !isFirstName(m.text);
}

function hasCue(text: string, m: NameMention, lowerWords: ReadonlySet<string>): boolean {
  const w = m.text;
  if (PLACES.has(w) || DEMONYMS.has(w) || NOT_NAME_WORDS.has(w) || lowerWords.has(w.toLowerCase())) return false;
  if (ORG_BEFORE.test(text.slice(Math.max(0, m.start - 24), m.start))) return true;
  const after = text.slice(m.end, m.end + 40);
  // "Uzbek striker", "Albanian coach": a nationality, not a club.
  if (ORG_AFTER.test(after) && (/^['’]/.test(after) || !/(?:ian|ean|ese|ish|ic|ek|ak|in|av)$/.test(w))) return true;
  if (!isFirstName(w) && SCORE_AFTER.test(after) && /(?:^|\n|[:,]\s*)$/.test(text.slice(Math.max(0, m.start - 3), m.start))) return true;
  return speaksAsOrganization(text, m, true);
}

/**
 * True when a lone word speaks and is then "it", as companies do: "Exxon said on Friday it would …", not "Gorst said
 * he …" nor "Analysts said" at a sentence start.
 */
export function speaksAsOrganization(text: string, m: NameMention, strict = false): boolean {
  if (!speaksAfter(text, m.end) || isFirstName(m.text)) return false;
  if (/s$/.test(m.text) && /(?:^|[.!?\n"“]\s*)$/.test(text.slice(Math.max(0, m.start - 3), m.start))) return false;
  // Pronouns inside a following quotation are the speaker's own words: look only up to the next quotation mark.
  const after = text.slice(m.end, m.end + 100).split(/["“”]/)[0]!;
  const pronoun = /\b(it|its|it's|they|their|he|his|him|she|her|I)\b/.exec(after);
  return pronoun ? /^(?:it|its|it's|they|their)$/.test(pronoun[1]!) : !strict;
}

/** Names a company also goes by: `shortForms(['Magna', 'International', 'Inc'])` gives the full name, "Magna International" and "Magna". */
// "Magna International Inc" is also "Magna International" and "Magna"; "Mercantile Bancorp Inc." is "Mercantile".
export function shortForms(words: readonly string[]): string[] {
  const out = [words.join(' ').replace(/^the /i, '')];
  let core = words.slice();
  if (!CORPORATE_SUFFIXES.has(core[core.length - 1]!)) return out;
  while (core.length > 1 && (CORPORATE_SUFFIXES.has(core[core.length - 1]!) || ORG_HEADS.has(core[core.length - 1]!)
    || core[core.length - 1] === 'International')) {
    core = core.slice(0, -1);
    out.push(core.join(' '));
  }
  const first = core[0]!;
  if (core.length > 1 && first.length > 2 && !isFirstName(first) && !PLACES.has(first) && !NOT_NAME_WORDS.has(first)
    && !DEMONYMS.has(first) && /^\p{Lu}/u.test(first)) out.push(first);
  return out;
}
