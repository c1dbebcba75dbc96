// Finds capitalised name phrases and decides what each one is: a person, an organisation, a place or neither.
import { execAll, tokenize, type Token } from '../text/index.ts';
import {
  isFirstName, other, HONORIFICS, TITLE_WORDS, ORG_HEADS, ORG_OF_HEADS, KNOWN_ORGS, PLACES, PLACE_HEADS, DEMONYMS, MONTHS_AND_DAYS,
  NOT_NAME_WORDS, NAME_PARTICLES, SPEECH_VERBS, ROLE_NOUNS, isPersonNoun, lazy, endsWithOne,
} from '../lexicon/index.ts';

export type NameKind = 'person' | 'organization' | 'place' | 'other' | 'unknown';

export interface NameMention {
  /** The name itself, without title or honorific: "Vladimir Putin". */
  text: string;
  start: number;
  end: number;
  kind: NameKind;
  /** Name words, in order. */
  words: string[];
  /** Capitalised title before the name in the same phrase ("Russian President"), or null. */
  title: string | null;
  /** Start of the title (or of the name when there is none). */
  titleStart: number;
  /** "Mr.", "Ms", "Dr" … right before the name, or null. */
  honorific: string | null;
  /** True when something beyond capitals says this is a person: a given name, title, honorific, initial, particle. */
  strong: boolean;
  /** Evidence other than a given name: a title (not a bare acronym), honorific, initial, particle, role noun before. */
  cue?: boolean;
  /** The first word is a given name that the document never uses as a common word ("Mark", "Will" can be both). */
  given?: boolean;
  /** A word of the name is also a common word of the document, an acronym or has a digit ("Blue Origin", "Fusion GPS"). */
  common?: boolean;
  /** Right after a determiner or possessive ("the Ford Focus", "a Star Wars film", "his Chromecast Ultra"). */
  determiner?: boolean;
  /** Linked from a headline-case paragraph, not found in prose. */
  headline?: boolean;
  /** Index of the token that starts the name. */
  tokenIndex: number;
}

// Last words of events, laws and other capitalised things that are neither people nor organisations.
const MISC_HEADS = new Set(`Cup Championship Championships Open Games Olympics Olympic War Prize Award Awards Festival
  Day Week Act Bill Treaty Accord Agreement Index Plan Summit Convention Protocol Doctrine Declaration Constitution
  Amendment Code Law Rule Era Age Revolution Award Trophy Series Tour Grand Prix Marathon Show Film Album Book Novel
  Dress Prize Medal Bowl League Election Elections Budget Deal Initiative Programme Program Project Report Strategy
  Rally Trial Case Scandal Crisis Attack Attacks Massacre Storm Hurricane Virus Disease Syndrome Final Finals
  Semifinal Semifinals Quarterfinal Quarterfinals Playoff Playoffs Slam Tournament Exposition Expo Fest Podcast`.split(/\s+/));

// Hyphenated attributive words that end a prefix before a name ("Ontario-based", "Communist-led").
const ATTRIBUTIVE = /[-‐](?:based|listed|led|owned|controlled|backed|sponsored|born|run|made|registered|headquartered|funded|allied|linked)$/i;

/** Last words of company names that are a legal form, not part of the short name ("Magna International Inc"). */
export const CORPORATE_SUFFIXES = new Set(['Inc', 'Inc.', 'Corp', 'Corp.', 'Co', 'Co.', 'Ltd', 'Ltd.', 'LLC', 'LLP',
  'PLC', 'Plc', 'plc', 'AG', 'GmbH', 'SA', 'S.A.', 'NV', 'N.V.', 'BV', 'SpA', 'AB', 'ASA', 'Oyj', 'Bhd', 'Tbk', 'SE',
  'KK', 'Corporation', 'Incorporated', 'Limited', 'Company']);

// Words that may join two capitalised parts of one organisation or title ("Bank of England", "Council on Foreign …").
const CONNECTORS = new Set(['of', 'for', 'on', '&', 'de', 'du', 'des', 'del']);

// Acronyms that are not organisations.
const NOT_ORG_ACRONYMS = new Set(['CEO', 'CFO', 'COO', 'CTO', 'TV', 'OK', 'AM', 'PM', 'GMT', 'UTC', 'PST', 'EST', 'MP',
  'MPs', 'DJ', 'PhD', 'ID', 'AI', 'GDP', 'US', 'UK', 'USA', 'UAE', 'EXCLUSIVE', 'BREAKING', 'LIVE', 'UPDATE', 'VIDEO',
  'PHOTO', 'PHOTOS', 'NEW', 'MORE', 'READ', 'ALSO', 'WATCH', 'SEE', 'I', 'II', 'III', 'IV', 'V', 'VI', 'A', 'THE']);

// Character tests without Unicode-property regexes: they run on every token, and those regexes are slow in V8.
const isUpper = (c: string): boolean => c !== c.toLowerCase();
const isLetter = (c: string): boolean => c !== c.toLowerCase() || c !== c.toUpperCase();
const PREFIXED = /^(?:al|el|bin|ben|abu|ibn)[-‐]/;
const isCapital = (w: string): boolean => {
  const c = w.charAt(0);
  if (isUpper(c)) return true;
  const m = PREFIXED.exec(w);
  return !!m && isUpper(w.charAt(m[0].length));
};
const isWord = (w: string): boolean => isLetter(w.charAt(0));
const isAllCaps = (w: string): boolean => {
  if (w.length < 2 || w !== w.toUpperCase()) return false;
  let upper = 0;
  for (const c of w) if (isUpper(c)) upper++;
  return upper >= 2 && /^[^\s,;:!?"“”'’()]+$/.test(w);
};
// "J." or "J.D." / "G.H.W."
const isInitial = (w: string): boolean => {
  if (w.length < 2 || w.length > 6 || w.length % 2 !== 0) return false;
  for (let i = 0; i < w.length; i += 2) if (!isUpper(w.charAt(i)) || w.charAt(i + 1) !== '.') return false;
  return true;
};
// German compounds name most offices: "Außenminister", "Innenministerin", "Regierungssprecher". The pattern is built
// only once a word with one of these endings and four letters before it turns up (lazy): English text seldom has one.
const GERMAN_TITLE_ENDINGS = ['minister', 'ministerin', 'präsident', 'präsidentin', 'kanzler', 'kanzlerin', 'sprecher', 'sprecherin', 'chef', 'chefin'];
const GERMAN_TITLE_END = lazy('de', () => new RegExp(String.raw`^\p{Lu}\p{Ll}{3,}(?:${GERMAN_TITLE_ENDINGS.join('|')})$`, 'u'));
const isGermanTitle = (w: string): boolean => endsWithOne(w, GERMAN_TITLE_ENDINGS, 4) && GERMAN_TITLE_END().test(w);
const isTitleWord = (w: string): boolean => TITLE_WORDS.has(w) || HONORIFICS.has(w) || isGermanTitle(w);

/**
 * Capitalised phrases of a text, each classified as a person, organisation, place, other or unknown.
 * `lowerWords` are the lower-case words of the whole document: a capitalised word also seen in lower case is
 * usually a common word at a sentence start. `capitalisedNouns` is for languages that capitalise every noun (German):
 * then a phrase needs a given name, a title or an initial to be a person. Example: in "Russian President Vladimir Putin said", one person
 * mention "Vladimir Putin" with title "Russian President".
 */
export function findNameMentions(text: string, lowerWords: ReadonlySet<string> = collectLowerWords(text),
  capitalisedNouns = false): NameMention[] {
  const tokens = tokenize(text);
  const headline = headlineParagraphs(text, tokens);
  const paragraphStart = paragraphStarts(text, tokens);
  const mentions: NameMention[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!startsChunk(tokens, i) || headline.has(paragraphStart[i]!)) { i++; continue; }
    const end = chunkEnd(tokens, i);
    const mention = classifyChunk(tokens, i, end, lowerWords, capitalisedNouns);
    if (mention) mentions.push(...mention);
    i = end;
  }
  linkHeadlineMentions(tokens, paragraphStart, headline, mentions);
  strengthenLists(text, mentions);
  return mentions;
}

/** Lower-case words of a text (for telling common words at a sentence start from names). */
export function collectLowerWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of execAll(LOWER_WORD, text)) out.add(m[0]);
  return out;
}
// One pattern object for execAll (text/exec-all.ts): a literal read with matchAll was compiled again on a fresh page.
const LOWER_WORD = /(?<![\p{L}\p{M}'’-])\p{Ll}[\p{Ll}\p{M}]+/gu;

function startsChunk(tokens: Token[], i: number): boolean {
  const w = tokens[i]!.text;
  return isWord(w) && (isCapital(w) || isInitial(w));
}

// A chunk runs over adjacent capitalised words, initials, particles inside a name and "of"-style connectors inside
// an organisation or title.
function chunkEnd(tokens: Token[], i: number): number {
  let j = i + 1;
  let hasHead = ORG_OF_HEADS.has(tokens[i]!.text) || isTitleWord(tokens[i]!.text);
  // Whether the chunk so far has an "of/on/for" and an organisation word, kept up to date lazily (linear overall).
  let scanned = i;
  let hasOf = false;
  let hasOrgWord = false;
  const ofAndHead = (): boolean => {
    for (; scanned < j; scanned++) {
      const w = tokens[scanned]!.text;
      hasOf ||= w === 'of' || w === 'on' || w === 'for';
      hasOrgWord ||= ORG_OF_HEADS.has(w) || ORG_HEADS.has(w);
    }
    return hasOf && hasOrgWord;
  };
  while (j < tokens.length) {
    const t = tokens[j]!;
    const prev = tokens[j - 1]!;
    if (t.start - prev.end > 1) break;
    if (isWord(t.text) && (isCapital(t.text) || isInitial(t.text))) {
      if (t.sentenceStart || MONTHS_AND_DAYS.has(t.text) || (MONTHS_AND_DAYS.has(tokens[i]!.text) && !givenNameMonth(tokens, i))) break;
      hasHead ||= ORG_OF_HEADS.has(t.text) || isTitleWord(t.text) || ORG_HEADS.has(t.text);
      j++;
      continue;
    }
    const next = tokens[j + 1];
    const nextIsCap = !!next && next.start - t.end <= 1 && isCapital(next.text);
    const nextIsParticle = !!next && NAME_PARTICLES.has(next.text) && isCapital(tokens[j + 2]?.text ?? '');
    // A particle before an acronym is a preposition before a body ("der Konzernchef von FACC", "le PDG de SNCF").
    const nextIsAcronym = !!next && /^\p{Lu}{2,}$/u.test(next.text);
    if (NAME_PARTICLES.has(t.text) && ((nextIsCap && !nextIsAcronym) || nextIsParticle) && !ORG_HEADS.has(prev.text) && !ORG_OF_HEADS.has(prev.text)
      && !articleNotParticle(tokens, i, j)) {
      j++;
      continue;
    }
    if (t.text === 'and' && nextIsCap && joinsWithAnd(tokens, j, ofAndHead)) { j++; continue; }
    // "Douglas & Lomason" joins on its own; "of" after "Inc" starts a place ("Daniels Pharmaceuticals Inc of St. Petersburg").
    if ((hasHead || t.text === '&') && CONNECTORS.has(t.text) && next && !MONTHS_AND_DAYS.has(next.text)
      && !CORPORATE_SUFFIXES.has(prev.text)) {
      if (nextIsCap && !isAllCaps(next.text)) { j++; continue; }
      const after = tokens[j + 2];
      if (next.text === 'the' && after && isCapital(after.text) && after.start - next.end <= 1) { j += 2; continue; }
    }
    break;
  }
  return j;
}

// "Sprecherin der Initiative", "Art der Information", "Sprecher der Grünen": German "der"/"den" is an article unless
// another particle comes first ("von der Leyen", "Van der Bellen", "van den Berg"). And "von" after a given name and a
// surname opens where the person is from ("Stefan Bröckling von der Tiernothilfe", "Friedrich Merz von der CDU"),
// not more of the name ("Ursula von der Leyen", "Johann Wolfgang von Goethe", "Richard Freiherr von Weizsäcker").
function articleNotParticle(tokens: Token[], i: number, j: number): boolean {
  const w = tokens[j]!.text;
  if (w === 'der' || w === 'den') return !NAME_PARTICLES.has(tokens[j - 1]!.text.toLowerCase());
  // Only before "der"/"dem": "Fritz Eckart von Weizsäcker" is one name, "Stefan Bröckling von der Tiernothilfe" is not.
  if (w !== 'von' || j - i < 2 || !/^(?:der|dem)$/.test(tokens[j + 1]?.text ?? '')) return false;
  const given = tokens[j - 2]!.text;
  const last = tokens[j - 1]!.text;
  return isFirstName(given) && !isFirstName(last) && !NOBLE_TITLES.has(last) && !isInitial(last);
}
const NOBLE_TITLES = new Set(['Freiherr', 'Freifrau', 'Graf', 'Gräfin', 'Prinz', 'Prinzessin', 'Fürst', 'Fürstin', 'Herzog', 'Herzogin', 'Ritter', 'Edler']);

// "Jan Liphardt", "June Carter": a month that is also a given name, before a surname and not after "in", "since" …
// or before a date.
function givenNameMonth(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  return !!next && isFirstName(tokens[i]!.text) && !/^(?:in|on|since|until|till|by|from|of|to|early|late|mid|last|next|this|each|every|through)$/i.test(tokens[i - 1]?.text ?? '')
    && !/^\d/.test(tokens[i + 2]?.text ?? '') && !ORG_HEADS.has(next.text) && !PLACES.has(next.text);
}

// Heads that close an organisation named "X and Y <head>" ("Monopolies and Mergers Commission").
const AND_HEADS = new Set(['Commission', 'Ministry', 'Department', 'Committee', 'Council', 'Agency', 'Authority',
  'Administration', 'Board', 'Office', 'Bureau', 'Institute', 'Centre', 'Center', 'Association', 'Federation',
  'Organization', 'Organisation', 'Foundation', 'Service', 'Services', 'Society', 'Union']);

// "Committee on Intelligence and Security", "Securities and Exchange Commission": an "and" inside one organisation's
// name, either after an "of/on/for" connector or before a head that closes it; never between two named companies.
function joinsWithAnd(tokens: Token[], j: number, ofAndHead: () => boolean): boolean {
  const prev = tokens[j - 1]!.text;
  if (CORPORATE_SUFFIXES.has(prev) || AND_HEADS.has(prev)) return false;
  // "the Department of Homeland Security and Alex Azar": a given name and a surname after "and" is a person.
  const next = tokens[j + 1]!.text;
  const person = isFirstName(next) && isCapital(tokens[j + 2]?.text ?? '') && !ORG_HEADS.has(tokens[j + 2]!.text)
    && !AND_HEADS.has(tokens[j + 2]!.text) && !AND_HEADS.has(tokens[j + 3]?.text ?? '');
  // "… of Cambridge Judge Business School and Jing Zhou, Professor of …": after a name closed by its head, two
  // capitalised words and no head are someone or something else.
  const pair = ORG_HEADS.has(prev) && isCapital(tokens[j + 2]?.text ?? '') && !isCapital(tokens[j + 3]?.text ?? '')
    && ![next, tokens[j + 2]!.text].some((w) => ORG_HEADS.has(w) || AND_HEADS.has(w) || PLACE_HEADS.has(w));
  if (ofAndHead()) return !person && !pair;
  let k = j + 1;
  while (k < tokens.length && k <= j + 3 && isCapital(tokens[k]!.text) && tokens[k]!.start - tokens[k - 1]!.end <= 1) {
    if (AND_HEADS.has(tokens[k]!.text)) return !tokens[k]!.sentenceStart;
    k++;
  }
  return false;
}

function classifyChunk(tokens: Token[], start: number, end: number, lowerWords: ReadonlySet<string>,
  capitalisedNouns: boolean): NameMention[] | null {
  let s = start;
  // Drop function words and common words that are capitalised only because they start a sentence.
  while (s < end && dropsAtStart(tokens[s]!, lowerWords, s + 1 < end) && tokens[s + 1]?.text !== '&'
    && !(ORG_OF_HEADS.has(tokens[s]!.text) && CONNECTORS.has(tokens[s + 1]?.text ?? ''))) s++;
  // "St. Louis-based Mercantile Bancorp": what comes before "-based", "-led" … is a place or a backer, not the name.
  for (let k = end - 1; k >= s; k--) if (ATTRIBUTIVE.test(tokens[k]!.text)) { s = k + 1; break; }
  // Particles and connectors left at the start after the drops ("L’avis de la CNCTR") open no name.
  while (s < end && !isCapital(tokens[s]!.text) && !isInitial(tokens[s]!.text)) s++;
  if (s >= end) return null;
  // "Queenslander Daniel Herbert", "All-rounder Greg Blewett": a descriptor before a given name and surname.
  // (A noun for a person is a title: "Ombudsman Nadia Cruz", "Geologist Mary Anning".)
  if (end - s >= 3 && isDescriptor(tokens[s]!, lowerWords) && isFirstName(tokens[s + 1]!.text)
    && isCapital(tokens[s + 2]!.text) && !ORG_HEADS.has(tokens[end - 1]!.text)
    && !(isPersonNoun(tokens[s]!.text.toLowerCase()) && !DEMONYMS.has(tokens[s]!.text))) s++;
  // The name is what follows the last title word or connector; what comes before is its title.
  const all = tokens.slice(s, end).map((t) => t.text);
  let nameStart = s;
  let honorific: string | null = null;
  for (let k = s; k < end; k++) {
    const w = tokens[k]!.text;
    // An honorific counts only first or after a title ("Robert M. Danin" has an initial, not "M." for Monsieur).
    if (HONORIFICS.has(w) && k > s && !isTitleWord(tokens[k - 1]!.text)) continue;
    if (isTitleWord(w) || isConnector(all, k - s) || w === 'the' || (k > s && isTitleWordPart(w))) {
      if (k + 1 < end) nameStart = k + 1;
      honorific = HONORIFICS.has(w) ? w : null;
    }
  }
  // "Browns DL Sheldon Richardson", "NFL Insider Jason La Canfora": a given name and surname after an acronym or a
  // common word; what comes before is a title.
  const given = givenNameAfterLabel(tokens, nameStart, end, lowerWords, capitalisedNouns);
  const split = given > nameStart;
  if (split) nameStart = given;
  // A chunk that is all title ("Prime Minister") or an organisation with "of" stays whole.
  const words = tokens.slice(nameStart, end).map((t) => t.text);
  const hasConnector = all.some((w, k) => isConnector(all, k));
  const firstTitleIdx = all.findIndex((w) => isTitleWord(w));
  const titled = split || (nameStart > s && firstTitleIdx >= 0 && firstTitleIdx < nameStart - s);
  if (hasConnector && !titled) return [makeMention(tokens, s, end, 'organization', null, null, false)];
  if (isOrgPhrase(all) && !split && !personAfterOrgTitle(all, nameStart - s)) {
    return [makeMention(tokens, s, end, 'organization', null, null, false)];
  }
  // "the Colts", "The Wallabies": a capitalised plural after "the" is a team or group, not a person.
  if (end - s === 1 && isPluralName(words[0]!) && /^the$/i.test(tokens[s - 1]?.text ?? (tokens[start]!.text))) {
    return [makeMention(tokens, s, end, 'organization', null, null, false)];
  }
  const title = nameStart > s ? textOf(tokens, s, nameStart) : null;
  const orgName = isOrgPhrase(words) || ORG_HEADS.has(words[words.length - 1]!);
  let kind: NameKind = titled ? (orgName ? 'organization' : 'person') : classifyWords(words, lowerWords, capitalisedNouns);
  // "CEO of Paris Baguette North America", "Prince of Wales": after "<title> of" comes what the title is of.
  if (titled && !split && CONNECTORS.has(tokens[nameStart - 1]!.text)) {
    const of = classifyWords(words, lowerWords, capitalisedNouns);
    kind = of === 'person' || of === 'unknown' ? 'organization' : of;
  }
  if (kind === 'person' && (words.every(isTitleWord) || PLACES.has(words.join(' ')))) kind = 'other';
  if (kind === 'person' && !namesSomeone(words)) kind = 'other';
  // "Saint Vincent and the Grenadines", "St Lucia": a saint's name alone is a place in the news.
  if (kind === 'person' && titled && words.length === 1 && /^(?:Saint|St\.?)$/.test(title ?? '')) kind = 'place';
  if (kind === 'person' && !titled) kind = contextKind(tokens, nameStart, end, words);
  if (kind === 'place' && !titled && givenPlaceActs(tokens, nameStart, end, words, lowerWords)) kind = 'person';
  // "the Caja Magica", "the Pittsburgh Post-Gazette", "a Star Wars film", "his Chromecast Ultra": names of people
  // take no article or possessive. "the Indianapolis Colts": a plural after "the" is a team or a group.
  const determined = kind === 'person' && !titled && !honorific && words.length > 1 && afterDeterminer(tokens, nameStart);
  if (determined) kind = isPluralName(words[words.length - 1]!) ? 'organization' : 'other';
  // «Vape Wave», "Caja Magica": a capitalised phrase alone in quotation marks is a title or a nickname.
  if (kind === 'person' && !titled && QUOTE_MARKS.has(tokens[nameStart - 1]?.text ?? '') && QUOTE_MARKS.has(tokens[end]?.text ?? '')
    && !isFirstName(words[0]!)) kind = 'other';
  // "his first wife, Sally": a lone given name after a role noun.
  if (kind === 'unknown' && isFirstName(words[0]!) && roleNounBefore(tokens, nameStart)) kind = 'person';
  // "PSG striker Neymar", "the rapper Drake": a word alone after a role only a person holds.
  if (kind === 'unknown' && words.length === 1 && !isAllCaps(words[0]!) && personRoleBefore(tokens, nameStart)) kind = 'person';
  // A title that is only an acronym ("AMD Polaris GPU", "GB DDR3 RAM") says little: "DL Sheldon Richardson" has a given name.
  const acronymTitle = split && tokens.slice(s, nameStart).every((t) => isAllCaps(t.text));
  const cue = kind === 'person' && ((titled && !acronymTitle) || !!honorific || words.some(isInitial) || hasParticle(words)
    || roleNounBefore(tokens, nameStart));
  const strong = cue || (kind === 'person' && isFirstName(words[0]!));
  const mention = makeMention(tokens, nameStart, end, kind, titled ? title : null, honorific, strong);
  mention.titleStart = tokens[titled ? s : nameStart]!.start;
  mention.cue = cue;
  mention.given = isFirstName(words[0]!) && !lowerWords.has(words[0]!.toLowerCase());
  if (determined) mention.determiner = true;
  // "Welcome Jose", "Hurricane Sandy": a given name second after another word needs evidence too ("Deval Patrick" has).
  mention.common = words.some((w) => lowerWords.has(w.toLowerCase()) || isAllCaps(w) || /\d/.test(w))
    || (words.length === 2 && !isFirstName(words[0]!) && isFirstName(words[1]!));
  return [mention];
}

const ELIDED_COMMON = /^(?:[LDJMNSTC]|Qu)['’]\p{Ll}/u;
const QUOTE_MARKS = new Set(['"', '“', '”', '«', '»', '„', "'", '‘', '’']);

// An article, demonstrative or possessive right before the token: "a Star Wars film", "his Chromecast Ultra".
const DETERMINER_WORDS = /^(?:the|a|an|this|these|those|every|each|another|its|their|our|your|my|his|her)$/i;
function afterDeterminer(tokens: Token[], k: number): boolean {
  let j = k - 1;
  if (QUOTE_MARKS.has(tokens[j]?.text ?? '')) j--;
  const t = tokens[j];
  return !!t && DETERMINER_WORDS.test(t.text) && tokens[k]!.start - t.end <= 3;
}

// Start of a given name and surname at the end of a chunk after an acronym or a common word, or `from` if none.
function givenNameAfterLabel(tokens: Token[], from: number, end: number, lowerWords: ReadonlySet<string>,
  capitalisedNouns: boolean): number {
  // In German any capitalised noun may be the label ("Regierungschefin Angela Merkel").
  // "envoy to Ukraine Kurt Volker", "ambassador to Britain Liu Xiaming": a place before a given name and a surname is
  // what the title before it is of, not part of the name.
  const label = (b: string) => capitalisedNouns || (isAllCaps(b) && !PLACES.has(b)) || lowerWords.has(b.toLowerCase()) || ORG_HEADS.has(b)
    || ROLE_NOUNS.has(b.toLowerCase()) || (PLACES.has(b) && !isFirstName(b))
    // "Public Ombudsman Nadia Cruz": a WordNet noun for a person, capitalised as a title.
    || (!isFirstName(b) && isPersonNoun(b.toLowerCase()));
  for (let k = from + 1; k <= end - 2 && k <= from + 5; k++) {
    const w = tokens[k]!.text;
    const prev = tokens[k - 1]!.text;
    // Right after an acronym ("DL Sheldon Richardson") the given name need not be a known one.
    // "THE VENEZUELAN INSTITUTE" is a heading in capitals, not a label before a name.
    const afterAcronym = !capitalisedNouns && isAllCaps(prev) && !PLACES.has(prev) && end - k === 2 && isCapital(w)
      && !isAllCaps(w) && !NOT_NAME_WORDS.has(w) && !PLACE_PREFIXES.has(w);
    // "ambassador to Britain Liu Xiaming": after an office's "to"/"of" and its country come a given name and surname.
    const afterOffice = k === from + 1 && end - k === 2 && PLACES.has(prev) && !isFirstName(prev) && isCapital(w)
      && !PLACES.has(w) && !PLACE_HEADS.has(tokens[end - 1]!.text) && !ORG_HEADS.has(tokens[end - 1]!.text)
      && /^(?:to|of)$/.test(tokens[from - 1]?.text ?? '') && ROLE_NOUNS.has((tokens[from - 2]?.text ?? '').toLowerCase());
    if (!(isFirstName(w) || afterAcronym || afterOffice) || PLACES.has(w) || end - k > 3) continue;
    // "Carrie Ann Inaba", "Robert M. Danin": a second given name or an initial belongs to the name.
    if (isFirstName(prev) || NAME_PARTICLES.has(prev) || isInitial(prev)) return from;
    const rest = tokens.slice(k, end).map((t) => t.text);
    // "Lead Planner Bianca Hall": a given name and one surname that is also a place word ("Hall", "Park") is a name.
    const placeWord = (r: string) => PLACE_HEADS.has(r) && !(rest.length === 2 && !STRONG_PLACE_HEADS.has(r));
    if (PLACE_PREFIXES.has(w) || rest.some((r) => ORG_HEADS.has(r) || placeWord(r) || MISC_HEADS.has(r) || lowerWords.has(r.toLowerCase()))) return from;
    return tokens.slice(from, k).some((t) => label(t.text)) ? k : from;
  }
  return from;
}

// "Bank of England", "Minister of Defence", "Banco de España" join parts with a connector; in "Bill de Blasio" or
// "Botic van de Zanschulp" the same small word is a particle inside one person's name.
function isConnector(words: readonly string[], k: number): boolean {
  const w = words[k]!;
  if (!CONNECTORS.has(w)) return false;
  if (!NAME_PARTICLES.has(w)) return true;
  // After a given name or another particle it is a particle ("Luis de Miranda"); else a connector ("Pays de la Loire").
  const prev = words[k - 1] ?? '';
  return !(NAME_PARTICLES.has(prev) || (isFirstName(prev) && !words.some((x) => ORG_HEADS.has(x) || ORG_OF_HEADS.has(x))));
}

// "Queenslander", "All-rounder", "Croat": a word that describes the person named after it.
function isDescriptor(t: Token, lowerWords: ReadonlySet<string>): boolean {
  const w = t.text;
  if (isFirstName(w) || isTitleWord(w) || PLACE_PREFIXES.has(w) || ORG_ADJECTIVES.has(w) || PLACES.has(w)) return false;
  return DEMONYMS.has(w) || w.includes('-') || /(?:er|man|woman)$/.test(w) || lowerWords.has(w.toLowerCase());
}

// "Secretary of State", "Chief of Staff": words that complete a title after a connector.
function isTitleWordPart(w: string): boolean {
  return w === 'State' || w === 'Staff' || w === 'Defense' || w === 'Defence' || w === 'Justice';
}

// What the words around a capitalised pair say: "at D.A. Davidson" is a firm, "Forest Hill police" a place.
function contextKind(tokens: Token[], s: number, e: number, words: string[]): NameKind {
  const prev = tokens[s - 1]?.text ?? '';
  const next = tokens[e]?.text ?? '';
  if (ORG_HEADS.has(capitalise(next)) || ORG_NOUNS.has(next)) return 'organization';
  if (PLACE_HEADS.has(capitalise(next)) || MISC_HEADS.has(capitalise(next))) return 'other';
  if (PLACE_PREFIXES.has(words[0]!)) return 'place';
  if (EVENT_PREFIXES.has(words[0]!)) return 'other';
  if (ORG_PREFIXES.has(words[0]!) || PREV_ORG_NOUNS.has(prev)) return 'organization';
  // "the giant Tāne Mahuta, which may be 2,000 years old": "which" follows things, "who" follows people.
  if (next === ',' && tokens[e + 1]?.text === 'which') return 'other';
  if (isFirstName(words[0]!)) return 'person';
  if (prev === 'at' || prev === 'in' || prev === 'from') return 'organization';
  return 'person';
}

// "Chad Wolf has been named …", "said Jordan Anthony, certified nutritionist": a given name that is also a country,
// then a surname, speaking or acting as a person does.
function givenPlaceActs(tokens: Token[], s: number, e: number, words: string[], lowerWords: ReadonlySet<string>): boolean {
  if (words.length !== 2 || !isFirstName(words[0]!) || !PLACES.has(words[0]!)) return false;
  const last = words[1]!;
  if (PLACES.has(last) || PLACE_HEADS.has(last) || ORG_HEADS.has(last) || MISC_HEADS.has(last) || lowerWords.has(last.toLowerCase())) return false;
  const prev = tokens[s - 1]?.text ?? '';
  const next = tokens[e]?.text ?? '';
  const after = next === ',' ? tokens[e + 1]?.text ?? '' : next;
  return SPEECH_VERBS.has(prev) || SPEECH_VERBS.has(after) || /^(?:has|had|was|is|will)$/.test(next)
    || (next === ',' && (ROLE_NOUNS.has(after.toLowerCase()) || /^(?:who|a|an|the)$/.test(after)));
}

// "UNITED STATES" → "United States", for datelines and headings in capitals.
const titleCase = (s: string): string => s.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase());
const capitalise = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);
const ORG_NOUNS = new Set(['police', 'firm', 'brokerage', 'company', 'group', 'hospital', 'council', 'party', 'team',
  'club', 'website', 'newspaper', 'magazine', 'network', 'agency', 'ministry', 'department', 'government', 'campaign',
  'shirt', 'fans', 'players', 'squad', 'officials', 'spokesman', 'spokeswoman', 'tribe', 'faction', 'brand', 'store',
  'stores', 'shares', 'stock', 'board', 'manager', 'boss', 'coach', 'side', 'show', 'musical', 'series', 'film',
  // "Wells Fargo analyst Zachary Fadem": firms employ analysts and strategists; people do not.
  'analyst', 'analysts', 'economist', 'economists', 'strategist', 'strategists']);
// "whale rescue group Project Jonah": a common noun for an organisation right before the name.
const PREV_ORG_NOUNS = new Set(['group', 'company', 'firm', 'charity', 'organisation', 'organization', 'party', 'band',
  'agency', 'website', 'newspaper', 'magazine', 'club', 'team', 'brand', 'startup', 'network', 'channel', 'broadcaster',
  'station', 'outlet', 'publication', 'insurer', 'lender', 'retailer', 'airline', 'carmaker', 'bank', 'app', 'site']);
// Last words that make a phrase a place even after a given name ("Stewart Island").
const STRONG_PLACE_HEADS = new Set(['Island', 'Islands', 'River', 'Lake', 'Sea', 'Ocean', 'Bay', 'Harbour', 'Harbor',
  'Beach', 'Coast', 'Mountain', 'Mountains', 'Valley', 'Desert', 'Peninsula', 'Strait', 'Canal', 'County', 'Province',
  'Street', 'Avenue', 'Road', 'Boulevard', 'Airport', 'Station', 'Stadium', 'Arena', 'Square', 'Bridge']);
// First words of places and organisations that are never given names.
const PLACE_PREFIXES = new Set(['North', 'South', 'East', 'West', 'Northern', 'Southern', 'Eastern', 'Western',
  'Central', 'Upper', 'Lower', 'Greater', 'Fort', 'Port', 'Lake', 'Mount', 'Mt.', 'San', 'Santa', 'Los', 'Las', 'St.',
  'Saint', 'Forest', 'Royal', 'Cape', 'Gulf', 'Isle', 'Glen', 'New', 'Boulevard', 'Avenue', 'Rue', ...other.PLACE_FIRST_WORDS]);
const ORG_PREFIXES = new Set(['United', 'FC', 'AC', 'AS', 'SC', 'CF', 'Club', 'Real', 'Inter', 'Atletico', 'Sporting', 'Dynamo',
  'Team', 'Air', 'Radio', 'Bank', 'Banco', 'Deutsche', 'PT', 'RAO', 'OAO', 'PJSC', 'JSC', 'OJSC', 'Grupo', ...other.ORG_FIRST_WORDS]);
// "Copa América", "Campeonato Brasileiro": languages that put the head first name events by their first word.
const EVENT_PREFIXES = new Set(other.EVENT_FIRST_WORDS);

// "cabinet ministers Jonathan Moyo", "The priest, Fidelis Mukonori", "Goalkeepers - Bogdan Stelea": a role noun
// right before the name.
function roleNounBefore(tokens: Token[], s: number): boolean {
  let k = s - 1;
  if (/^[,:–—-]$/.test(tokens[k]?.text ?? '')) k--;
  const w = tokens[k]?.text.toLowerCase() ?? '';
  return ROLE_NOUNS.has(w) || (w.endsWith('s') && ROLE_NOUNS.has(w.slice(0, -1)));
}

// Role nouns that only a person holds (a "partner", "rival" or "winner" may be a firm or a country).
const PERSON_ROLES = new Set(['striker', 'midfielder', 'defender', 'goalkeeper', 'winger', 'forward', 'quarterback',
  'coach', 'singer', 'rapper', 'actor', 'actress', 'musician', 'novelist', 'poet', 'author', 'writer', 'senator',
  'governor', 'mayor', 'minister', 'spokesman', 'spokeswoman', 'prosecutor', 'lawyer', 'attorney', 'defendant']);
function personRoleBefore(tokens: Token[], s: number): boolean {
  const t = tokens[s - 1];
  return !!t && PERSON_ROLES.has(t.text) && tokens[s]!.start - t.end <= 1;
}

function personAfterOrgTitle(all: string[], titleLength: number): boolean {
  return titleLength > 0 && all.slice(0, titleLength).some((w) => isTitleWord(w)) && all.length > titleLength;
}

function dropsAtStart(t: Token, lowerWords: ReadonlySet<string>, more: boolean): boolean {
  const w = t.text;
  if (NOT_NAME_WORDS.has(w) && !HONORIFICS.has(w) && !(more && ORG_ADJECTIVES.has(w))) return true;
  // French elision before a common noun: "L’avis", "D’autres".
  if (ELIDED_COMMON.test(w)) return true;
  if (!t.sentenceStart || isFirstName(w) || isTitleWord(w) || isAllCaps(w)) return false;
  if (lowerWords.has(w.toLowerCase())) return true;
  // Participles and adverbs open sentences far more often than names do.
  return /(?:ing|ly|ed)$/.test(w) && (more || w.length > 5);
}

// Capitalised adjectives that open organisation names ("International Criminal Court").
const ORG_ADJECTIVES = new Set(['National', 'International', 'Global', 'Federal', 'Public', 'Private', 'Local',
  'General', 'State', 'Supreme', 'Official', 'Free', 'Open', 'Great', 'Central', 'Democratic', 'United', 'Royal', 'Young',
  'World']);

// "James", "Charles": given names that end like plurals are not teams.
function isPluralName(w: string): boolean {
  return !isFirstName(w) && w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')
    && !DEMONYMS.has(w) && !DEMONYMS.has(w.slice(0, -1)) && !PLACES.has(w) && !NOT_NAME_WORDS.has(w)
    && !MONTHS_AND_DAYS.has(w) && !isAllCaps(w);
}

function isOrgPhrase(words: string[]): boolean {
  // A head word alone ("League", "Hospital") is a common noun in a title-cased spot, not a name.
  if (words.length < 2) return words.length === 1 && KNOWN_ORGS.has(words[0]!);
  const last = words[words.length - 1]!;
  if (ORG_HEADS.has(last) && !(words.length === 2 && isFirstName(words[0]!) && !STRONG_ORG_HEADS.has(last))) return true;
  if (words.length > 1 && KNOWN_ORGS.has(words[0]!) && !isFirstName(words[1]!)) return true;
  return false;
}

const STRONG_ORG_HEADS = new Set(['Inc', 'Inc.', 'Corp', 'Corp.', 'Corporation', 'Ltd', 'Ltd.', 'LLC', 'PLC', 'Party',
  'Ministry', 'Department', 'University', 'Agency', 'Commission', 'Committee', 'Council', 'Association', 'Institute',
  'Organization', 'Organisation', 'Foundation', 'Bank', 'Group', 'Company', 'FC', 'Police', 'Court', 'Sports', 'News',
  'Media', 'Times', 'Airlines', 'Motors']);

function hasParticle(words: string[]): boolean {
  return words.some((w, i) => i > 0 && (NAME_PARTICLES.has(w) || /^(?:al|el|bin|ben|abu|ibn)[-‐]/u.test(w)));
}

function classifyWords(words: string[], lowerWords: ReadonlySet<string>, capitalisedNouns = false): NameKind {
  const phrase = words.join(' ');
  const last = words[words.length - 1]!;
  if (PLACES.has(phrase) || PLACES.has(titleCase(phrase))) return 'place';
  if (words.length === 1) {
    const w = words[0]!;
    if (KNOWN_ORGS.has(w)) return 'organization';
    if (isAllCaps(w)) return NOT_ORG_ACRONYMS.has(w) || PLACES.has(w) ? 'other' : 'organization';
    if (DEMONYMS.has(w) || MONTHS_AND_DAYS.has(w) || NOT_NAME_WORDS.has(w) || TITLE_WORDS.has(w) || HONORIFICS.has(w)) return 'other';
    return 'unknown';
  }
  if (MISC_HEADS.has(last)) return 'other';
  if (isOrgPhrase(words)) return 'organization';
  // "Progress MS-04", "Airbus A350", "3D Avatar" → "D Avatar": digits and bare letters are model names, not people.
  if (words.some((w) => /\d/.test(w)) || /^\p{Lu}$/u.test(words[0]!)) return 'other';
  // "Indianapolis Colts", "New York Jets": a capitalised plural after other words names a team or a group.
  // Two words that end in "s" are as often a person ("Montell Figgins") as a team: the first word must not look
  // like a given name either way (a place, or a word with a lower-case use).
  if (isPluralName(last) && (PLACES.has(words[0]!) || PLACES.has(words.slice(0, -1).join(' '))
    || (!isFirstName(words[0]!) && (words.length > 2 || lowerWords.has(words[0]!.toLowerCase()) || !/^\p{Lu}\p{Ll}+$/u.test(words[0]!) || lowerWords.has(last.toLowerCase()))))) {
    return 'organization';
  }
  if (words.every((w) => isAllCaps(w))) return 'organization';
  // "Christian Paul": a given name first that is also a group word, then a surname.
  const givenFirst = words.length === 2 && isFirstName(words[0]!) && !DEMONYMS.has(last)
    && !MONTHS_AND_DAYS.has(last) && !lowerWords.has(last.toLowerCase());
  if (!givenFirst && words.some((w) => DEMONYMS.has(w) || MONTHS_AND_DAYS.has(w))) return 'other';
  if (isFirstName(words[0]!) && !PLACES.has(words[0]!) && !PLACE_PREFIXES.has(words[0]!)) {
    return STRONG_PLACE_HEADS.has(last) || (PLACE_HEADS.has(last) && words.length > 2) ? 'place' : 'person';
  }
  if (PLACE_HEADS.has(last) || PLACES.has(words[0]!) || PLACES.has(last)) return 'place';
  // In German every noun has a capital ("Nutzen von Daten"): without a given name, capitals say nothing.
  if (capitalisedNouns) return words.some(isInitial) ? 'person' : 'other';
  if (words.some((w) => DEMONYMS.has(w) || MONTHS_AND_DAYS.has(w) || NOT_NAME_WORDS.has(w) || TITLE_WORDS.has(w))) {
    return 'other';
  }
  if (words.some(isInitial) || hasParticle(words)) return 'person';
  // Capitalised words also written in lower case in the document are common words ("Whole Foods", "Black Sea").
  if (words.some((w) => lowerWords.has(w.toLowerCase()) || ABSTRACT_NOUN.test(w))) return 'other';
  return words.length <= 4 ? 'person' : 'other';
}

// What is left after a title names no one when it is a title itself ("Chief Cyber Solutions Officer"), a bare letter
// ("Gen Z") or a modifier ("Taylor Swift-themed classes").
function namesSomeone(words: string[]): boolean {
  const last = words[words.length - 1]!;
  if (words.length === 1 && /^\p{Lu}$/u.test(last)) return false;
  if (MODIFIER_SUFFIX.test(last) || ATTRIBUTIVE.test(last)) return false;
  // "Ascom North America", "Nissan Latin America": no one's name ends in a region.
  if (words.length > 2 && PLACES.has(words.slice(-2).join(' '))) return false;
  return !(words.length > 1 && isTitleWord(last) && !HONORIFICS.has(last) && !isFirstName(words[0]!));
}

// "Swift-themed", "Trump-era", "Bond-style": a name made into a modifier ("Kim Jong-un", "Tsai Ing-wen" are names).
const MODIFIER_SUFFIX = /[-‐](?:themed|style|styled|inspired|era|like|esque|type|sized|shaped|branded|designed|approved|endorsed|appointed|aligned|affiliated|related|focused|centric|loving|obsessed|mania|level)$/i;

// Endings of abstract and collective nouns ("Crime Prevention", "Occupational Safety", "Signature Sessions"):
// surnames rarely end like this, so a phrase with such a word and no given name is not a person by its capitals alone.
const ABSTRACT_NOUN = /\p{Ll}{3}(?:tions?|sions?|ments?|ness|ity|ities|ships?|isms?|ology|ture|tures)$/u;

function makeMention(tokens: Token[], s: number, e: number, kind: NameKind, title: string | null,
  honorific: string | null, strong: boolean): NameMention {
  const words = tokens.slice(s, e).map((t) => t.text);
  return {
    text: textOf(tokens, s, e), start: tokens[s]!.start, end: tokens[e - 1]!.end, kind, words, title,
    titleStart: tokens[s]!.start, honorific, strong, tokenIndex: s,
  };
}

function textOf(tokens: Token[], s: number, e: number): string {
  return tokens.slice(s, e).map((t) => t.text).join(' ');
}

/** True when the token after a name is a speech verb ("Emery said", "Putin told reporters"). */
export function speaksAfter(text: string, end: number): boolean {
  const m = /^,?\s+(\p{Ll}+)/u.exec(text.slice(end, end + 20));
  return !!m && SPEECH_VERBS.has(m[1]!);
}

// Paragraphs written in headline case or capitals: their capitals say nothing about names.
function headlineParagraphs(text: string, tokens: Token[]): Set<number> {
  const out = new Set<number>();
  let pStart = 0;
  let words = 0;
  let caps = 0;
  let allCaps = 0;
  const flush = (next: number) => {
    const endsLikeProse = /[.?”"]\s*$/.test(text.slice(pStart, next).trimEnd());
    // Two words in capitals ("US FALLS") are a subheading too.
    if ((words >= 3 && caps / words > 0.75 && !endsLikeProse) || (words >= 2 && allCaps / words > 0.5)) out.add(pStart);
    pStart = next;
    words = caps = allCaps = 0;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const gap = i > 0 ? text.slice(tokens[i - 1]!.end, t.start) : '';
    if (gap.includes('\n')) flush(text.lastIndexOf('\n', t.start) + 1);
    if (!isWord(t.text) || t.text.length < 2 && !/\p{Lu}/u.test(t.text)) continue;
    words++;
    if (isCapital(t.text) || NOT_CAPITALISED_IN_TITLES.has(t.text)) caps++;
    if (isAllCaps(t.text)) allCaps++;
  }
  flush(text.length);
  return out;
}

const NOT_CAPITALISED_IN_TITLES = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'at', 'to', 'for', 'and', 'or', 'as', 'by', 'with', 'is', 'vs']);

// Start offset of each token's paragraph, found once per paragraph so the pass stays linear.
function paragraphStarts(text: string, tokens: Token[]): number[] {
  const out: number[] = [];
  let current = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (i > 0 && text.slice(tokens[i - 1]!.end, t.start).includes('\n')) current = text.lastIndexOf('\n', t.start) + 1;
    out.push(current);
  }
  return out;
}

// In a headline paragraph, keep only phrases that name someone already found in prose (linked later by surname).
function linkHeadlineMentions(tokens: Token[], paragraphStart: number[], headline: Set<number>, mentions: NameMention[]): void {
  if (headline.size === 0) return;
  const known = new Set<string>();
  for (const m of mentions) if (m.kind === 'person' || m.kind === 'organization') for (const w of m.words) known.add(w);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!headline.has(paragraphStart[i]!) || !known.has(t.text) || !isCapital(t.text)) continue;
    const m = makeMention(tokens, i, i + 1, 'unknown', null, null, false);
    m.headline = true;
    mentions.push(m);
  }
  mentions.sort((a, b) => a.start - b.start);
}

// "Bogdan Stelea, Florin Prunea and Gheorghe Hagi": a name listed next to a known person is a person too.
function strengthenLists(text: string, mentions: NameMention[]): void {
  for (let pass = 0; pass < 2; pass++) {
    for (let i = 0; i < mentions.length; i++) {
      const m = mentions[i]!;
      if (m.kind !== 'person' || m.strong || m.words.length < 2) continue;
      const near = [mentions[i - 1], mentions[i + 1]].filter((x): x is NameMention => !!x && x.kind === 'person' && x.strong);
      if (near.some((x) => /^(?:\s*[,;]\s*|\s+and\s+|\s*[-–]\s*)$/.test(text.slice(Math.min(x.end, m.end), Math.max(x.start, m.start))))) {
        m.strong = true;
        m.cue = true;
      }
    }
  }
}
