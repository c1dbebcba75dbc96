// Merges person mentions into people: "Vladimir Putin" / "Putin" / "Mr. Putin" are one person, while two people who
// share a surname stay apart.
import type { PersonEntity } from './types.ts';
import type { NameMention } from './names.ts';
import { countBelow } from '../text/index.ts';
import { speaksAfter } from './names.ts';
import { findRole, isBareKinship } from './roles.ts';
import { shortWordMemo } from './short-word-memo.ts';
import { firstNameGender, isFirstName, isPersonNoun, HONORIFICS, NAME_PARTICLES } from '../lexicon/index.ts';

interface Draft {
  words: string[];
  entity: PersonEntity;
  /** Forms seen, for aliases. */
  forms: Set<string>;
  strong: boolean;
  /** True once a full mention has a title before it ("President John Smith"). */
  titled: boolean;
  lastSeen: number;
  roleFromFull: boolean;
  /** Mentions by surname alone, speaking turns, roles: signs the story is about this person. */
  cues: number;
  /** True once a mention is in a prose paragraph (not a caption, teaser or heading). */
  inProse: boolean;
  /** Signs beyond capitals and a given name that this is a person: a role, speech, a surname alone, "who", an age. */
  evidence: number;
  /** Mentions by the first word alone when it is no given name ("Stadia" for "Stadia Offer"). */
  firstAlone: number;
  /** True when a mention starts with a given name the document never uses as a common word. */
  given: boolean;
  /** True when a full mention has a word the document also uses in lower case, an acronym or a digit. */
  common: boolean;
  /** Creation order, so that lookups through the indexes below pick the same person a scan in order would. */
  order: number;
  /** Starts of full-name mentions (added in text order), and the latest single-word mention: for `preceding`. */
  fullStarts: number[];
  lastSingle: number;
}

// Drafts indexed by a word, in creation order: lookups stay linear on a text with thousands of names.
class DraftIndex {
  private readonly map = new Map<string, Draft[]>();
  // Which drafts each list holds: a shared key ("Ann", "Lee") gathers thousands, and a scan of its list per addition
  // was quadratic (issue 17, found by counting work in people-linear.test.ts).
  private readonly held = new Map<string, Set<Draft>>();
  add(key: string, d: Draft): void {
    const list = this.map.get(key);
    if (!list) {
      this.map.set(key, [d]);
      this.held.set(key, new Set([d]));
      return;
    }
    const held = this.held.get(key)!;
    if (held.has(d)) return;
    held.add(d);
    list.push(d);
  }
  get(key: string): readonly Draft[] {
    return this.map.get(key) ?? [];
  }
}

// Longest shorter form a name is indexed under.
const MAX_PART = 6;

const byOrder = (a: Draft, b: Draft): number => a.order - b.order;

const surnameKey = (w: string): string => w.toLowerCase().replace(/^(?:al|el|bin|ben|abu|ibn)[-‐]/, '');
// "Zelensky", "Zelenskyy", "Zelenskiy": transliterations of one surname differ in y/i, doubled letters and accents.
// Short surnames ("Li", "Lee") are kept as written: there the spelling may be the only difference between two people.
const spellingKey = (w: string): string => w.length < 6 ? w
  : w.normalize('NFD').replace(/\p{M}/gu, '').replace(/y/g, 'i').replace(/(\p{L})\1+/gu, '$1');
// The key a surname is matched by: prefixes ("al-") and spelling variants aside.
// Asked of the same words many times per name (issue 17): answers are remembered.
const nameKey = shortWordMemo((w: string): string => spellingKey(surnameKey(w)));
const isInitial = (w: string): boolean => /^(?:\p{Lu}\.)+$/u.test(w);
// First and last name words, without initials: "Donald J. Trump" and "Donald Trump" share it.
const fullKey = (words: string[]): string => {
  const core = words.filter((w) => !isInitial(w) && !/^(?:Jr\.?|Sr\.?|II|III|IV)$/.test(w));
  // A name of initials and suffixes only ("U.S. Jr.", met by the fuzz test) has no first or last word: key it whole.
  if (core.length === 0) return words.join(' ').toLowerCase();
  return `${core[0]!.toLowerCase()} ${nameKey(core[core.length - 1]!)}`;
};
const lastWord = (words: string[]): string => {
  const core = words.filter((w) => !/^(?:Jr\.?|Sr\.?|II|III|IV)$/.test(w));
  return nameKey(core[core.length - 1] ?? words[words.length - 1]!);
};

/**
 * Groups person mentions into people with aliases, role and gender, in order of first mention.
 * Example: mentions "Vladimir Putin", "Putin", "Mr. Putin" give one person with aliases ['Putin', 'Mr. Putin'].
 */
export function groupPeople(text: string, mentions: readonly NameMention[],
  isProse: (offset: number) => boolean = () => true): PersonEntity[] {
  const drafts: Draft[] = [];
  const byKey = new Map<string, Draft>();
  // Drafts by the lower-case first word of their name, by their surname, by the first words and the last words
  // of their name (for shorter forms), and one-word drafts by that word.
  const byFirst = new DraftIndex();
  const byLast = new DraftIndex();
  const byPart = new DraftIndex();
  const bySingle = new Map<string, Draft>();
  const index = (d: Draft) => {
    if (d.words.length > 1) {
      byFirst.add(d.words[0]!.toLowerCase(), d);
      byLast.add(lastWord(d.words), d);
      // Names are a few words; a run of thousands of capitalised words indexes only its first few parts.
      for (let n = 1; n < Math.min(d.words.length, MAX_PART + 1); n++) {
        byPart.add(`<${d.words.slice(0, n).join(' ')}`, d);
        byPart.add(`>${d.words.slice(d.words.length - n).join(' ').toLowerCase()}`, d);
      }
    } else if (!bySingle.has(nameKey(d.words[0]!))) bySingle.set(nameKey(d.words[0]!), d);
  };
  const create = (words: string[]) => {
    const d = newDraft(words, drafts.length);
    drafts.push(d);
    index(d);
    return d;
  };
  let singlePass = false;
  const add = (d: Draft, m: NameMention, form: string, ambiguous = false) => {
    d.entity.mentions.push({ start: m.start, end: m.end });
    if (singlePass) d.lastSingle = Math.max(d.lastSingle, m.start);
    else d.fullStarts.push(m.start);
    d.forms.add(form);
    d.lastSeen = m.start;
    if (m.strong || m.title || m.honorific) d.strong = true;
    if (m.title && m.title !== m.honorific && m.words.length > 1) d.titled = true;
    if (m.given) d.given = true;
    if (m.common && m.words.length > 1) d.common = true;
    const prose = isProse(m.start);
    if (prose) d.inProse = true;
    const speaks = speaksAfter(text, m.end);
    if (m.words.length === 1 || speaks) d.cues++;
    // "Stadia" again and again for "Stadia Offer": a first word alone that is no given name is a brand's short name.
    if (m.words.length === 1 && d.words.length > 1 && !isFirstName(m.words[0]!) && m.words[0] === d.words[0]) d.firstAlone++;
    // Only whether there is evidence counts (keep, and merging sums it): once there is, the per-mention tests below
    // need not run again (issue 17: a page of thousands of names paid for them on every mention).
    if (m.cue || speaks) d.evidence++;
    else if (d.evidence === 0 && (isSurnameAlone(text, d, m, prose) || actsAsPerson(text, m))) d.evidence++;
    const weak = !!d.entity.role && isBareKinship(d.entity.role);
    // A word linked from a headline says nothing about a role, and a surname two people share (maybe said of the
    // other) only replaces a bare kinship word ("his father, Hori Parata" … "Parata … the leading whale expert").
    if (m.headline || (ambiguous && d.entity.role && !isBareKinship(d.entity.role.replace(/^(?:his|her|their)\s+/i, '')))) return;
    if (ambiguous && !d.entity.role) return;
    // A bare title or trade ("Ambassador", "executive") says less than a later description of the person
    // ("Sondland, a wealthy hotelier Trump tapped as his ambassador to the European Union").
    const bare = !!d.entity.role && !d.entity.role.includes(' ');
    const looks = !d.entity.role || weak || (!d.roleFromFull && m.words.length > 1);
    if (looks || bare) {
      const role = findRole(text, m);
      // Only a description after the name replaces a bare title: the word before a surname may be another clause's
      // ("a wealthy hotelier Trump tapped as his ambassador").
      const better = !!role && (weak ? !isBareKinship(role)
        : bare && role.includes(' ') && text.slice(m.end, m.end + 250).includes(role));
      if (role && (!d.entity.role || better || (looks && m.words.length > 1 && !weak))) {
        d.entity.role = role;
        d.roleFromFull = m.words.length > 1;
      }
      if (role && looks) {
        d.cues++;
        d.evidence++;
      }
    }
    const g = m.honorific ? HONORIFICS.get(m.honorific) ?? null : null;
    if (g) d.entity.gender = g;
  };
  // The first draft, in creation order, that is a longer form of these words or starts with them.
  const longerOf = (words: string[]): Draft | undefined => {
    const phrase = words.join(' ');
    const found = [...byPart.get(`>${phrase.toLowerCase()}`), ...byPart.get(`<${phrase}`)]
      .filter((x) => isLongerForm(x.words, words) || isGivenNamesOf(x.words, words));
    return found.sort(byOrder)[0];
  };
  // Full names first: they define the people.
  for (const m of mentions) {
    if (m.kind !== 'person' || m.words.length < 2 || m.words[0] === m.words[0]!.toLowerCase()) continue;
    const key = fullKey(m.words);
    let d = byKey.get(key) ?? longerOf(m.words);
    if (!d) {
      d = create(m.words);
    } else if (m.words.length > d.words.length && fullKey(d.words) === key) {
      d.words = m.words;
      d.entity.name = m.text;
      index(d);
    }
    byKey.set(key, d);
    add(d, m, m.text);
  }
  singlePass = true;
  const alone = surnamesAlone(text, mentions);
  // Then single words and particle surnames ("Putin", "von Weizsäcker"), by surname, else by given name.
  for (const m of mentions) {
    if (m.words.length >= 2 && !(m.kind === 'person' && NAME_PARTICLES.has(m.words[0]!))) continue;
    if (m.kind !== 'person' && m.kind !== 'unknown') continue;
    const word = surnameKey(m.words[m.words.length - 1]!);
    const gender = m.honorific ? HONORIFICS.get(m.honorific) ?? null : null;
    // A given name goes to the one strong person with that given name ("Jose" → "Jose Mourinho").
    const sameFirst = (d: Draft) => d.words.length > 1 && d.words[0]!.toLowerCase() === word;
    const byGiven = isFirstName(m.words[0]!) ? byFirst.get(word).filter((d) => d.strong && sameFirst(d)) : [];
    const spelled = spellingKey(word);
    let candidates = byGiven.length === 1 ? byGiven
      : byLast.get(spelled).filter((d) => d.words.length > 1 && lastWord(d.words) === spelled).sort(byOrder);
    // "Ms. Smith" is never the man of two Smiths; one whose gender is unknown may be her.
    if (candidates.length > 1 && gender) {
      const fits = candidates.filter((d) => (d.entity.gender ?? firstNameGender(d.words[0]!) ?? gender) === gender);
      const same = fits.filter((d) => (d.entity.gender ?? firstNameGender(d.words[0]!)) === gender);
      if (same.length) candidates = same;
      else if (fits.length) candidates = fits;
    }
    if (candidates.length === 0) {
      candidates = byFirst.get(word).filter(sameFirst);
      if (candidates.length > 1) continue;
    }
    const shared = candidates.length > 1;
    let d = shared ? sharedSurname(candidates, m.start) : candidates[0];
    if (!d) {
      const single = bySingle.get(spelled);
      d = single && single.words.length === 1 ? single : undefined;
      if (!d && (m.kind === 'person' || m.honorific || (speaksAfter(text, m.end) && isFirstName(m.words[0]!))
        || (m.kind === 'unknown' && m.words[0]!.length > 2 && isProse(m.start)
          && (saysOfSelf(text, m.start, m.end) || alone.has(m.text))))) {
        d = create(m.words);
      }
    }
    if (!d) continue;
    add(d, m, m.honorific ? `${m.honorific} ${m.text}` : m.text, shared);
  }
  // A shorter form met before the full name ("Te Kaurinui" … "Te Kaurinui Robert Parata") joins the full name …
  const merged = drafts.filter((d) => {
    // … and so does a particle surname met first ("De Miranda" … "Luis de Miranda").
    const into = d.words.length > 1
      ? [...byPart.get(`<${d.words.join(' ')}`), ...byPart.get(`>${d.words.join(' ').toLowerCase()}`)]
        .filter((x) => x !== d && (isGivenNamesOf(x.words, d.words) || isLongerForm(x.words, d.words))).sort(byOrder)[0]
      : undefined;
    if (!into) return true;
    into.entity.mentions.push(...d.entity.mentions);
    for (const f of d.forms) into.forms.add(f);
    into.inProse ||= d.inProse;
    into.evidence += d.evidence;
    into.firstAlone += d.firstAlone;
    into.given ||= d.given;
    into.common ||= d.common;
    return false;
  });
  // "a Star Wars film", "the Ford Focus", "Star Wars fans": a name once written after a determiner, or read elsewhere
  // as an organisation or a thing, needs evidence beyond its given name.
  const determined = new Set(mentions.filter((m) => m.determiner || (m.words.length > 1 && (m.kind === 'organization' || m.kind === 'other')))
    .map((m) => fullKey(m.words)));
  return merged.filter((d) => keep(text, d, determined)).map((d) => finish(text, d));
}

// A lone capitalised pair with no cue at all is kept only when the story comes back to that person; names seen only
// in captions or teaser links, or described as an organisation ("Ansar al-Sharia, an al-Qaeda-linked group"), go.
// A longer name made of common words, acronyms or digits, or once written after a determiner, needs a given name or
// a sign of a person: products, films and firms ("Blue Origin", "Red Dead Redemption", "Fusion GPS") never say, act
// or hold a role. Names of unfamiliar words ("Takuya Takagi") stay: most are people.
function keep(text: string, d: Draft, determined: ReadonlySet<string>): boolean {
  if (!d.inProse) return false;
  const first = d.entity.mentions[0]!;
  // "Ansar al-Sharia, an al-Qaeda-linked group"; not "Luz Contreras Arroyo, a member of the group", nor "Jane Smith,
  // the company’s chief executive" (an organisation's possessive names whose officer the person is).
  // (The pattern opens on a comma: a look at one character first.)
  const org = text[first.end] === ',' ? ORG_APPOSITIVE.exec(text.slice(first.end, first.end + 80)) : null;
  if (org && !org[0].split(/\s+/).slice(1, -1).some((w) => isPersonNoun(w.toLowerCase()))) return false;
  // “Star Wars”, “Mary Poppins”: a name only ever printed as a whole quotation is a title of a work.
  if (d.entity.mentions.every((m) => isQuotedTitle(text, m.start, m.end))) return false;
  // "sponsored by S.Pellegrino and Acqua Panna": what sponsors, presents or powers is a firm.
  if (d.entity.mentions.some((m) => firmBefore(text.slice(Math.max(0, m.start - 30), m.start)))) return false;
  if (d.words.length < 2) return d.strong || d.cues > 0;
  if (d.evidence > 0) return true;
  if (d.firstAlone > 1) return false;
  // "the drugs’ manufacturers, Eli Lilly and Novo Nordisk", "carmakers such as Ford": firms named after people.
  if (FIRMS_BEFORE.test(text.slice(Math.max(0, first.start - 40), first.start))) return false;
  if (determined.has(fullKey(d.words))) return false;
  return d.given || !d.common;
}

// A surname alone in prose is a sign of a person ("Takagi"); a given name alone may belong to someone else, and
// the first word of a product or a firm alone ("Nintendo" of "Nintendo Switch") says nothing.
function isSurnameAlone(text: string, d: Draft, m: NameMention, prose: boolean): boolean {
  return m.words.length === 1 && !m.headline && prose && !isFirstName(m.words[0]!)
    && (d.words.length === 1 || nameKey(m.words[0]!) === lastWord(d.words))
    // "the Switch", "its Core": a word after a determiner is a thing.
    && !/\b(?:the|a|an|this|that|these|its|their|our|your|my)\s+(?:\p{Ll}+\s+)?$/iu.test(text.slice(Math.max(0, m.start - 24), m.start));
}

// "X, who …", "X, 45,", "said X", "according to X", "X's wife", "Thanks X": the words around a mention that only a
// person takes.
function actsAsPerson(text: string, m: NameMention): boolean {
  if (/^(?:,\s+(?:who\b|\d{1,3}(?:,|\s+years?\b))|\s+\(\d{1,3}\)|['’]s\s+(?:wife|husband|son|daughter|father|mother|family|death|career|lawyer|attorney))/u.test(text.slice(m.end, m.end + 24))) return true;
  // "Thanks Junior!", "Dear Abby": only a person is thanked or addressed by name.
  if (/\b(?:Thanks|Thank\s+you|Congratulations|Dear),?\s+$/.test(text.slice(Math.max(0, m.titleStart - 18), m.titleStart))) return true;
  return /(?:\b(?:said|says|told|according\s+to|asked|by)\s+)$/u.test(text.slice(Math.max(0, m.titleStart - 16), m.titleStart))
    && !/\bby\s+$/.test(text.slice(Math.max(0, m.titleStart - 4), m.titleStart));
}

// "Neymar said he would stay": a firm says "it" or "we"; only a person says "he" or "she" of themselves.
// "The Chronicle says he …", "Big Machine, says she …": a word after "the" or another capitalised word is a name's
// part or a publication, and the pronoun is someone else.
function saysOfSelf(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 20), start);
  if (/\bthe\s+$/i.test(before) || /\p{Lu}[\p{L}\p{M}'’-]*\s+$/u.test(before)) return false;
  return /^,?\s+(?:said|says|told\s+\p{L}+|added|explained|insisted|admitted)\s+(?:that\s+)?(?:he|she)\s/u.test(text.slice(end, end + 40));
}

// "Pipers was introduced to high mountains … he made his first trip", "… Pipers said": a surname the story uses alone,
// that speaks and that it keeps calling "he" or "she" (twice at least, and three times as often as "it" or "they"),
// never after "the", is a person named without a given name; firms say and are "it" or "they".
function surnamesAlone(text: string, mentions: readonly NameMention[]): Set<string> {
  const votes = new Map<string, { speaks: number; personal: number; thing: number }>();
  for (const m of mentions) {
    if (m.kind !== 'unknown' || m.words.length !== 1 || isFirstName(m.text)) continue;
    const v = votes.get(m.text) ?? { speaks: 0, personal: 0, thing: 0 };
    votes.set(m.text, v);
    // "in the Navy": a word after a determiner is a thing.
    if (/\b(?:the|a|an)\s+$/i.test(text.slice(Math.max(0, m.start - 5), m.start))) { v.thing++; continue; }
    if (speaksAfter(text, m.end) || /\b(?:said|says)\s+$/.test(text.slice(Math.max(0, m.start - 6), m.start))) v.speaks++;
    // The first pronoun after the mention, in its sentence and outside a quotation.
    const rest = text.slice(m.end, m.end + 120).split(/[.!?;"“”]/)[0]!;
    const pronoun = /\b(he|his|him|she|her|it|its|they|their)\b/i.exec(rest)?.[1]!.toLowerCase();
    if (pronoun && /^(?:he|his|him|she|her)$/.test(pronoun)) v.personal++;
    else if (pronoun) v.thing++;
  }
  return new Set([...votes].filter(([, v]) => v.speaks > 0 && v.personal >= 2 && v.personal >= 3 * v.thing).map(([w]) => w));
}

// (The pattern is end-anchored and so tried at every position: most windows hold no "by" at all.)
const firmBefore = (window: string): boolean => window.includes('by') && FIRM_BEFORE.test(window);
const FIRM_BEFORE = /\b(?:sponsored|presented|powered|manufactured|distributed)\s+by\s+(?:(?:\p{Lu}[\p{L}.'’-]*\s*){1,3}\s(?:and|&)\s+)?$/u;

// A quotation that is just this name: “Star Wars,” “Mary Poppins”.
function isQuotedTitle(text: string, start: number, end: number): boolean {
  return /[“"‘«]$/u.test(text.slice(Math.max(0, start - 1), start)) && /^[,.]?[”"’»]/u.test(text.slice(end, end + 2));
}

const FIRMS_BEFORE = /\b(?:companies|firms|makers|manufacturers|drugmakers|carmakers|automakers|rivals|brands|retailers|banks|insurers|lenders|airlines|chains|startups|publishers|studios|labels)['’]?(?:,|\s+such\s+as|\s+like|\s+including)?\s+$/u;

const ORG_APPOSITIVE = /^,\s+(?:an?|the)\s+(?:[\p{L}-]+\s+){0,3}(?:organi[sz]ation|group|company|firm|party|agency|militia|network|movement|faction|team|club|brand|website|newspaper)\b(?!['’])/u;

// Start of the person's latest mention before the offset, or -1: people mentioned before the word win, among them
// the most recent one. Full names were all added first, in text order; single words come in text order after them.
/**
 * The person a surname alone stands for when several named people share it (a president and his daughter, a father
 * and his son): one named with a title ("President John Smith": office holders go by their surname, their relatives
 * by their given name), then the one the article last called by the surname alone, else the one last named.
 */
function sharedSurname(candidates: Draft[], offset: number): Draft {
  const titled = candidates.filter((d) => d.titled);
  const pool = titled.length ? titled : candidates;
  const called = pool.filter((d) => d.lastSingle >= 0 && d.lastSingle < offset);
  if (called.length) return called.sort((a, b) => b.lastSingle - a.lastSingle)[0]!;
  return pool.sort((a, b) => preceding(b, offset) - preceding(a, offset))[0]!;
}

function preceding(d: Draft, offset: number): number {
  const lo = countBelow(d.fullStarts, offset, (start) => start);
  const full = lo > 0 ? d.fullStarts[lo - 1]! : -1;
  return Math.max(full, d.lastSingle < offset ? d.lastSingle : -1);
}

function isLongerForm(longer: string[], shorter: string[]): boolean {
  if (longer.length <= shorter.length) return false;
  // "de la Raudière" in "Laure de la Raudière"; "Kaurinui Parata" does not count (a different first word).
  // "De Miranda" at a sentence start is "de Miranda": compare without case.
  const tail = longer.slice(longer.length - shorter.length);
  if (tail.join(' ').toLowerCase() !== shorter.join(' ').toLowerCase()) return false;
  // "Hawk Sawyer" in "Kathleen Hawk Sawyer": a double surname, not someone whose given name is "Hawk".
  return NAME_PARTICLES.has(shorter[0]!.toLowerCase()) || (shorter.length > 1 && !isFirstName(shorter[0]!) && !isInitial(shorter[0]!));
}

// "Te Kaurinui" in "Te Kaurinui Robert Parata": the first words of a longer name, not a person of their own.
function isGivenNamesOf(longer: string[], shorter: string[]): boolean {
  return shorter.length > 1 && longer.length > shorter.length && shorter.every((w, i) => longer[i] === w);
}

function newDraft(words: string[], order: number): Draft {
  return {
    order,
    fullStarts: [],
    lastSingle: -1,
    titled: false,
    words,
    entity: { name: words.join(' '), aliases: [], role: null, gender: null, mentions: [] },
    forms: new Set(),
    strong: false,
    lastSeen: -1,
    roleFromFull: false,
    cues: 0,
    inProse: false,
    evidence: 0,
    firstAlone: 0,
    given: false,
    common: false,
  };
}

function finish(text: string, d: Draft): PersonEntity {
  const e = d.entity;
  e.name = e.name.replace(/ (?=[.,])/g, '');
  e.aliases = [...d.forms].filter((f) => f !== e.name);
  const surname = d.words[d.words.length - 1]!;
  if (d.words.length > 1 && !e.aliases.includes(surname)) e.aliases.push(surname);
  e.gender ??= pronounGender(text, e) ?? firstNameGender(d.words[0]!);
  e.mentions.sort((a, b) => a.start - b.start);
  return e;
}

// "he"/"his" or "she"/"her" in the words after the person's mentions.
function pronounGender(text: string, e: PersonEntity): 'male' | 'female' | null {
  let male = 0;
  let female = 0;
  for (const m of e.mentions.slice(0, 6)) {
    const after = text.slice(m.end, m.end + 120);
    const hit = /\b(he|his|him|himself|she|her|hers|herself)\b/i.exec(after);
    if (!hit) continue;
    if (/^(?:he|his|him|himself)$/i.test(hit[1]!)) male++;
    else female++;
  }
  if (male > female * 2 && male >= 1) return 'male';
  if (female > male * 2 && female >= 1) return 'female';
  return null;
}
