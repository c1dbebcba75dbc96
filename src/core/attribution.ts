// Who said each quote (issue 3): "X said", "said X", "according to X", colon introductions, interrupted quotes,
// quotes continuing a speaker's paragraph, pronouns by gender, epithets ("the president"), descriptions and
// organisations. Works on the words around each quote's marks, clause by clause; no parser.
import type { SpeakerKind } from './types.ts';
import type { TextDoc } from './text.ts';
import type { Entities, PersonEntity } from './people.ts';
import type { QuoteSpan } from './quotes.ts';
import { sentenceStartBefore, sentenceEndAfter } from './quotes.ts';
import { isSpeechVerb, isLooseSpeechVerb } from './speech-verbs.ts';
import { NameIndex, nameIn, isRoleWord } from './names.ts';
import { inferGenders, pronounGender, type Gender } from './pronouns.ts';

export interface Attribution {
  speaker: string | null;
  speakerKind: SpeakerKind | null;
}

interface Token { text: string; lower: string; start: number; end: number }

// Initials and abbreviations keep their period ("U.S.", "M.", "Mr."): it does not end the phrase.
const TOKEN = /(?:\p{L}\.){2,}|\p{Lu}\.(?=\s)|(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|St|Jr|Sr|Rev|Prof|Hon|Supt|Insp|Det)\.|[\p{L}\p{N}][\p{L}\p{N}'’.&-]*[\p{L}\p{N}]|[\p{L}\p{N}]|[,;:.!?—–()]/gu;

function tokenize(text: string, offset: number): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    out.push({ text: m[0], lower: m[0].toLowerCase(), start: offset + m.index, end: offset + m.index + m[0].length });
  }
  return out;
}

const PUNCT = new Set([',', ';', ':', '.', '!', '?', '—', '–', '(', ')']);
const SENTENCE_PUNCT = new Set(['.', '!', '?']);
// Words that end a speaker phrase after "said": `said Smith on Tuesday`, `said Smith, who…`.
const NP_STOP = new Set([
  'on', 'in', 'at', 'during', 'after', 'before', 'when', 'while', 'as', 'who', 'which', 'that', 'last', 'this',
  'yesterday', 'today', 'tonight', 'earlier', 'later', 'told', 'adding', 'according', 'because', 'but', 'and', 'to',
  'in', 'about', 'via', 'through', 'than', 'if', 'since', 'until', 'recently', 'previously', 'also', 'then',
]);
// Adverbs and auxiliaries between a subject and its verb: `he later said`, `Smith has also said`.
const BETWEEN = new Set([
  'also', 'later', 'then', 'once', 'previously', 'recently', 'further', 'again', 'publicly', 'repeatedly', 'often',
  'always', 'never', 'has', 'had', 'have', 'would', 'will', 'could', 'might', 'did', 'does', 'do', 'was', 'is', 'were',
  'just', 'simply', 'quickly', 'earlier', 'still', 'even', 'only', 'finally', 'first', 'angrily', 'quietly', 'softly',
  'flatly', 'bluntly', 'candidly', 'frankly', 'privately', 'separately', 'subsequently', 'immediately', 'reportedly',
  'allegedly', 'famously', 'memorably', 'proudly', 'happily', 'sadly', 'not', 'already', 'tearfully', 'emotionally',
]);
const LEADING = new Set(['but', 'and', 'however', 'so', 'yet', 'meanwhile', 'still', 'now', 'then', 'also', 'instead', 'indeed', 'thus']);
const PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'it', 'you']);
// Head nouns of speakers that are organisations, not people.
const ORG_HEADS = new Set([
  'ministry', 'department', 'government', 'police', 'company', 'firm', 'agency', 'office', 'council', 'committee',
  'campaign', 'club', 'court', 'union', 'party', 'administration', 'commission', 'bank', 'board', 'organization',
  'organisation', 'association', 'institute', 'university', 'newspaper', 'daily', 'paper', 'network', 'group',
  'service', 'authority', 'authorities', 'force', 'army', 'military', 'foundation', 'team', 'corporation', 'inc',
  'corp', 'ltd', 'post', 'times', 'journal', 'news', 'press', 'reuters', 'embassy', 'kremlin', 'pentagon', 'house',
  'statement', 'spokesman', 'parliament', 'congress', 'senate', 'cabinet', 'fbi', 'cia', 'nhs', 'un', 'nato', 'eu',
  'school', 'college', 'hospital', 'league', 'federation', 'coalition', 'alliance', 'fund', 'trust', 'charity',
  'centre', 'center', 'station', 'magazine', 'site', 'website', 'broadcaster', 'channel', 'studio', 'label', 'brand',
]);

interface Phrase { tokens: Token[] }

function words(p: Phrase): string {
  return p.tokens.map((t) => t.text).join(' ').replace(/\s+([,’'])/g, '$1').trim();
}

/** The speaker phrase after a quote: `, said Smith.` / `, Smith said.` / `, according to Smith.` */
function phraseAfter(tokens: Token[], quoteEndsClause: boolean): Phrase | null {
  let i = 0;
  while (i < tokens.length && PUNCT.has(tokens[i]!.text) && !SENTENCE_PUNCT.has(tokens[i]!.text)) i++;
  if (i >= tokens.length || SENTENCE_PUNCT.has(tokens[i]!.text)) return null;
  const leadingPunct = i > 0 || quoteEndsClause;
  const first = tokens[i]!;
  if (first.lower === 'according' && tokens[i + 1]?.lower === 'to') return collectForward(tokens, i + 2);
  if (isSpeechVerb(first.text) || isLooseSpeechVerb(first.text)) {
    const np = collectForward(tokens, i + 1);
    return np && !PRONOUNS.has(np.tokens[0]!.lower) || np?.tokens.length === 1 ? np : null;
  }
  for (let v = i + 1; v < Math.min(tokens.length, i + 16); v++) {
    const t = tokens[v]!;
    if (SENTENCE_PUNCT.has(t.text)) break;
    if (!(isSpeechVerb(t.text) || (isLooseSpeechVerb(t.text) && v - i <= 3))) continue;
    let np = tokens.slice(i, v);
    // `,” Smith, a spokesman, said` keeps the part before the appositive; `” to hold up, Indyk said` (the quote
    // ran into the writer's words) keeps the part after the last comma.
    if (leadingPunct) {
      const comma = np.findIndex((x) => PUNCT.has(x.text));
      if (comma >= 0) np = np.slice(0, comma);
    } else {
      const comma = np.findLastIndex((x) => PUNCT.has(x.text));
      if (comma >= 0) np = np.slice(comma + 1);
    }
    while (np.length && BETWEEN.has(np.at(-1)!.lower)) np.pop();
    if (np.length === 0 || np.length > 9) return null;
    return { tokens: np };
  }
  return null;
}

function collectForward(tokens: Token[], from: number): Phrase | null {
  const np: Token[] = [];
  for (let i = from; i < tokens.length && np.length < 10; i++) {
    const t = tokens[i]!;
    if (PUNCT.has(t.text) || NP_STOP.has(t.lower) && np.length > 0) break;
    if (NP_STOP.has(t.lower)) continue;
    np.push(t);
  }
  return np.length ? { tokens: np } : null;
}

/** The speaker phrase before a quote: `Smith said: “`, `According to Smith, “`, `Smith warned of “`. */
function phraseBefore(tokens: Token[], colonIntro: boolean): Phrase | 'continued' | null {
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (tokens[i]!.lower === 'according' && tokens[i + 1]!.lower === 'to') {
      const np = collectForward(tokens, i + 2);
      if (np) return np;
    }
  }
  for (let v = tokens.length - 1; v >= 0; v--) {
    const t = tokens[v]!;
    if (!(isSpeechVerb(t.text) || (colonIntro && isLooseSpeechVerb(t.text)))) continue;
    if (t.lower === 'say' && tokens[v - 1]?.lower === 'to' && tokens[v - 2]?.lower === 'if') return null;
    const np: Token[] = [];
    let k = v - 1;
    while (k >= 0 && BETWEEN.has(tokens[k]!.lower)) k--;
    for (; k >= 0 && np.length < 10; k--) {
      const x = tokens[k]!;
      if (PUNCT.has(x.text)) break;
      np.unshift(x);
    }
    while (np.length && LEADING.has(np[0]!.lower)) np.shift();
    // A relative or subordinate clause in front of the verb: keep its last name-like stretch.
    const cut = np.findLastIndex((x) => ['who', 'which', 'that', 'when', 'as', 'after', 'while', 'because', 'where'].includes(x.lower));
    const subject = cut >= 0 ? np.slice(0, cut) : np;
    if (subject.length) return { tokens: subject.length > 8 ? subject.slice(-8) : subject };
    // "…,” he said, adding, “…”: the verb's subject is the previous quote's speaker.
    if (k >= 0 || /ing$/.test(t.lower)) return 'continued';
    return null;
  }
  // A colon introduction with no verb: `Mr Obama: “…”`.
  if (colonIntro && tokens.length > 1 && tokens.length <= 7) {
    const np = tokens.filter((x) => !PUNCT.has(x.text));
    if (np.some((x) => /^\p{Lu}/u.test(x.text))) return { tokens: np };
  }
  return null;
}

interface Mention { start: number; person: PersonEntity }

/**
 * Attributes each quote to its speaker: fullest name for a person, the article's words for a description or an
 * organisation, null where the article does not say.
 * Example: for `“We can work with our American partners,” Putin said.` after `Vladimir Putin met Xi.` the
 * speaker is `Vladimir Putin`.
 */
export function attributeSpeakers(doc: TextDoc, quotes: readonly QuoteSpan[], entities: Entities): Attribution[] {
  const names = new NameIndex(doc, entities);
  const inQuote = insideQuotes(quotes);
  // Every mention of each person outside quotes, surname alone included ("Putin" after "Vladimir Putin").
  const extra = new Map<PersonEntity, number[]>();
  const mentions: Mention[] = [];
  const addPerson = (person: PersonEntity) => {
    if (extra.has(person)) return;
    const starts = surnameMentions(doc.text, person.name);
    extra.set(person, starts);
    for (const m of person.mentions) if (!inQuote(m.start)) mentions.push({ start: m.start, person });
    for (const start of starts) if (!inQuote(start)) mentions.push({ start, person });
  };
  for (const person of entities.people) addPerson(person);
  mentions.sort((a, b) => a.start - b.start);
  const genders = inferGenders(doc, entities.people, extra);
  const resolved: (Attribution & { person: PersonEntity | null })[] = [];
  const speakerMentions: Mention[] = [];

  // A name the people pass does not know becomes a person of its own, with its mentions, for later pronouns.
  const resolveName = (name: string): Attribution & { person: PersonEntity | null } => {
    const known = names.person(name);
    if (known) return { speaker: known.name, speakerKind: 'person', person: known };
    const full = names.fullest(name);
    let person = adHoc.get(full);
    if (!person) {
      person = { name: full, aliases: [], role: null, gender: null, mentions: [] };
      adHoc.set(full, person);
      addPerson(person);
      mentions.sort((a, b) => a.start - b.start);
      for (const [p, g] of inferGenders(doc, [person], extra)) genders.set(p, g);
    }
    return { speaker: full, speakerKind: 'person', person };
  };
  const adHoc = new Map<string, PersonEntity>();

  // Nearest person before `pos` whose gender fits; speakers already found count as mentions at their quote.
  const antecedent = (pos: number, gender: Gender | null): PersonEntity | null => {
    let best: Mention | null = null;
    for (const list of [mentions, speakerMentions]) {
      for (let i = list.length - 1; i >= 0; i--) {
        const m = list[i]!;
        if (m.start >= pos) continue;
        if (best && m.start <= best.start) break;
        const g = genders.get(m.person) ?? m.person.gender ?? null;
        if (gender && g && g !== gender) continue;
        best = m;
        break;
      }
    }
    return best?.person ?? null;
  };

  const resolvePhrase = (phrase: Phrase, pos: number): (Attribution & { person: PersonEntity | null }) | null => {
    const text = words(phrase);
    const lower = text.toLowerCase();
    const first = phrase.tokens[0]!.lower;
    if (phrase.tokens.length === 1 && PRONOUNS.has(first)) {
      const gender = pronounGender(first);
      if (!gender) return null;
      const p = antecedent(pos, gender);
      return p ? { speaker: p.name, speakerKind: 'person', person: p } : null;
    }
    const name = nameIn(text);
    const head = phrase.tokens.at(-1)!.lower.replace(/[’']s$/, '');
    if (name) {
      const person = names.person(name) ?? adHoc.get(names.fullest(name));
      if (person) return { speaker: person.name, speakerKind: 'person', person };
      const org = entities.organizations.find((o) => o.name === name || o.aliases.includes(name));
      if (org) return { speaker: org.name, speakerKind: 'organization', person: null };
      if (ORG_HEADS.has(name.split(' ').at(-1)!.toLowerCase()) || /^\p{Lu}{2,}$/u.test(name)) {
        return { speaker: name, speakerKind: 'organization', person: null };
      }
      // A capitalised word before the name ("the Trump campaign") makes the phrase an organisation's or a description.
      if (!/^\p{Lu}/u.test(phrase.tokens.at(-1)!.text)) {
        return { speaker: text.replace(/^(?:the|a|an)\s+/i, (m) => m.toLowerCase()), speakerKind: ORG_HEADS.has(head) ? 'organization' : 'description', person: null };
      }
      return resolveName(name);
    }
    // An epithet for someone already named: "the president", "the 56-year-old".
    if (first === 'the' && phrase.tokens.length <= 5 && !phrase.tokens.some((t) => ['of', 'for', 'at', 'from', 'with'].includes(t.lower))
      && (isRoleWord(head) || /^\d+-year-old$/.test(head) || head === 'woman' || head === 'man')) {
      const role = entities.people.find((p) => p.role && p.role.toLowerCase().includes(head));
      const p = role ?? antecedent(pos, head === 'woman' ? 'female' : head === 'man' ? 'male' : null);
      if (p) return { speaker: p.name, speakerKind: 'person', person: p };
    }
    if (PRONOUNS.has(first) || lower === 'it') return null;
    return { speaker: text, speakerKind: ORG_HEADS.has(head) ? 'organization' : 'description', person: null };
  };

  quotes.forEach((q, i) => {
    const p = doc.paragraphs[q.paragraph]!;
    const prev = quotes[i - 1];
    const next = quotes[i + 1];
    const local = (pos: number) => pos - p.start;
    const floor = prev && prev.paragraph === q.paragraph ? local(prev.marks.end) : 0;
    const ceiling = next && next.paragraph === q.paragraph ? local(next.marks.start) : p.text.length;
    const beforeStart = sentenceStartBefore(p.text, local(q.marks.start), floor);
    const before = p.text.slice(beforeStart, local(q.marks.start));
    const afterEnd = sentenceEndAfter(p.text, local(q.marks.end), ceiling);
    const after = p.text.slice(local(q.marks.end), afterEnd);
    let result: (Attribution & { person: PersonEntity | null }) | null = null;
    let continued = false;
    const afterPhrase = q.closed ? phraseAfter(tokenize(after, q.marks.end), /[,.!?…—-]$/.test(q.text)) : null;
    if (afterPhrase) result = resolvePhrase(afterPhrase, afterPhrase.tokens[0]!.start);
    if (!result) {
      const beforePhrase = phraseBefore(tokenize(before, p.start + beforeStart), before.trimEnd().endsWith(':'));
      if (beforePhrase === 'continued') continued = true;
      else if (beforePhrase) result = resolvePhrase(beforePhrase, beforePhrase.tokens[0]!.start);
    }
    // "A," he said, "B." and "A. B," he said: quotes in one sentence share the attribution in between.
    if (!result && prev && prev.paragraph === q.paragraph && (continued || /^[\s,;—–-]*$/.test(p.text.slice(floor, beforeStart)) || beforeStart === floor)) {
      const r = resolved[i - 1];
      if (r?.speaker) result = r;
    }
    resolved.push(result ?? { speaker: null, speakerKind: null, person: null });
    if (result?.person) speakerMentions.push({ start: q.span.start, person: result.person });
  });

  // Second pass: quotes still without a speaker take it from their neighbours.
  quotes.forEach((q, i) => {
    if (resolved[i]!.speaker) return;
    const prev = quotes[i - 1];
    const next = quotes[i + 1];
    // A later quote in the same paragraph that has a speaker: `“A.” “B,” she said.`
    if (next && next.paragraph === q.paragraph && resolved[i + 1]!.speaker) { resolved[i] = resolved[i + 1]!; return; }
    if (prev && prev.paragraph === q.paragraph && resolved[i - 1]!.speaker) { resolved[i] = resolved[i - 1]!; return; }
    // A quote opening its paragraph continues the speaker of the quote just before (multi-paragraph quotes and
    // paragraph-long quotes after "he said").
    const p = doc.paragraphs[q.paragraph]!;
    const opensParagraph = q.marks.start === p.start;
    if (opensParagraph && prev && prev.paragraph >= q.paragraph - 1 && resolved[i - 1]!.speaker) {
      const prevParagraph = doc.paragraphs[q.paragraph - 1]!;
      const lastSentence = sentenceStartBefore(prevParagraph.text, prevParagraph.text.length, 0) + prevParagraph.start;
      if (!prev.closed || prev.marks.end >= lastSentence || prev.paragraph === q.paragraph) { resolved[i] = resolved[i - 1]!; return; }
    }
    // Otherwise the subject of the sentence just before: "The president also admitted … ." + “…”.
    const start = q.marks.start;
    const ownStart = sentenceStartBefore(p.text, start - p.start, 0) + p.start;
    const prevSentenceText = ownStart > p.start
      ? doc.text.slice(sentenceStartBefore(p.text, ownStart - p.start - 1, 0) + p.start, ownStart)
      : q.paragraph > 0 ? lastSentenceOf(doc, q.paragraph - 1) : null;
    if (prevSentenceText && !/[“”"«»]/.test(prevSentenceText)) {
      const found = subjectOf(prevSentenceText, start, resolvePhrase);
      if (found) { resolved[i] = found; return; }
    }
    // Fallback: the last person named before the quote.
    const person = antecedent(start, null);
    if (person && opensParagraph) resolved[i] = { speaker: person.name, speakerKind: 'person', person };
  });
  return resolved.map(({ speaker, speakerKind }) => ({ speaker, speakerKind }));
}

/** A test for "is this offset inside some quote's marks", linear over sorted quotes via binary search. */
function insideQuotes(quotes: readonly QuoteSpan[]): (pos: number) => boolean {
  return (pos) => {
    let lo = 0;
    let hi = quotes.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const q = quotes[mid]!;
      if (pos < q.marks.start) hi = mid - 1;
      else if (pos >= q.marks.end) lo = mid + 1;
      else return true;
    }
    return false;
  };
}

/** Offsets where a person's surname stands as a capitalised word of its own. */
function surnameMentions(text: string, name: string): number[] {
  const surname = name.split(' ').at(-1)!;
  const out: number[] = [];
  if (surname.length < 2) return out;
  for (let i = text.indexOf(surname); i >= 0 && out.length < 500; i = text.indexOf(surname, i + surname.length)) {
    if (/[\p{L}]/u.test(text[i - 1] ?? ' ') || /[\p{L}]/u.test(text[i + surname.length] ?? ' ')) continue;
    out.push(i);
  }
  return out;
}

function lastSentenceOf(doc: TextDoc, index: number): string {
  const p = doc.paragraphs[index]!;
  return p.text.slice(sentenceStartBefore(p.text, p.text.length, 0));
}

/** The grammatical subject of a sentence, as a speaker: its first name, pronoun or epithet before the verb. */
function subjectOf(
  sentence: string,
  pos: number,
  resolve: (phrase: Phrase, pos: number) => (Attribution & { person: PersonEntity | null }) | null,
): (Attribution & { person: PersonEntity | null }) | null {
  const tokens = tokenize(sentence, 0).map((t) => ({ ...t, start: pos - 1, end: pos - 1 }));
  let i = 0;
  // Skip an opening adverbial: "However, Mr Obama …", "In an interview, he …".
  const comma = tokens.findIndex((t) => t.text === ',');
  if (comma >= 0 && comma < 8 && !/^\p{Lu}/u.test(tokens[comma + 1]?.text ?? '') && !PRONOUNS.has(tokens[comma + 1]?.lower ?? '')) i = 0;
  else if (comma >= 0 && comma < 8 && !nameIn(tokens.slice(0, comma).map((t) => t.text).join(' '))) i = comma + 1;
  while (i < tokens.length && LEADING.has(tokens[i]!.lower)) i++;
  const np: Token[] = [];
  for (; i < tokens.length && np.length < 8; i++) {
    const t = tokens[i]!;
    if (PUNCT.has(t.text) || BETWEEN.has(t.lower) || isLooseSpeechVerb(t.text) || (np.length > 0 && PRONOUNS.has(np[0]!.lower))) break;
    if (np.length > 0 && /^\p{Ll}/u.test(t.text) && !['the', 'of', 'for'].includes(t.lower) && /^\p{Lu}/u.test(np.at(-1)!.text)) break;
    np.push(t);
  }
  if (np.length === 0) return null;
  const r = resolve({ tokens: np }, pos);
  return r && r.speakerKind === 'person' ? r : null;
}
