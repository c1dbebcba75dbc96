// The role the article gives a person, in its own words: a title before the name, an appositive, a relative clause.
import type { NameMention } from './names.ts';
import { shortWordMemo } from './short-word-memo.ts';
import {
  isFirstName, isForeignPersonNoun, isPersonNoun, isSpeechVerb, ROLE_NOUNS, TITLE_WORDS, SPEECH_VERBS, NOT_NAME_WORDS, DEMONYMS, ORG_HEADS, MONTHS_AND_DAYS,
  PLACES, lazy,
} from '../lexicon/index.ts';

// Lower-case modifiers kept in front of a title ("former President Joe Biden").
const TITLE_MODIFIERS = new Set(['former', 'ex', 'then', 'acting', 'interim', 'late', 'outgoing', 'incoming',
  'deputy', 'assistant', 'associate', 'senior', 'junior', 'chief', 'sacked', 'new', 'current', 'elected', 'newly']);

// Words that end a backward scan for a role before a name: verbs, prepositions, conjunctions and the like.
const ROLE_STOPS = new Set(['and', 'or', 'but', 'with', 'by', 'to', 'from', 'in', 'on', 'at', 'as', 'for', 'that',
  'which', 'who', 'when', 'while', 'after', 'before', 'since', 'than', 'like', 'about', 'against', 'between', 'is',
  'was', 'are', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'could', 'should', 'did', 'does', 'do',
  'met', 'told', 'asked', 'called', 'joined', 'named', 'says', 'said', 'according', 'where', 'if', 'because', 'not',
  'also', 'then', 'so', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'these', 'those', 'under', 'over',
  'into', 'during', 'via', 'how', 'what', 'why', 'whom', 'whose', 'of', 'whether', 'including', 'among', 'especially',
  'notably', 'alongside', 'featuring', 'starring']);

// Capitalised words that open a sentence as often as they name an office's organisation: inside a run of capitals
// they belong to the role ("State Department official", "National Security Council official").
const ROLE_ORG_WORDS = new Set(['State', 'States', 'National', 'International', 'Federal', 'Public', 'General', 'Local',
  'Supreme', 'Royal', 'Global', 'World', 'Government', 'Police', 'Court', 'Party', 'Parliament', 'Health', 'Security']);

const DETERMINERS = /^(?:the|a|an)\s+/i;

// Cheap looks at the text right after a name, before slicing it and running a longer pattern that needs the same start
// (issue 17: on a page of thousands of names the slices and patterns of findRole cost more than anything else).
// Each is a necessary condition of its pattern, never looks back, and may read past the pattern's window: a miss is
// certain, a hit only lets the pattern run.
const COMMA = 44;
const OF_AT = /[ \t]+of[ \t]/y;
const VON_AT = /[ \t]+vo[nm][ \t]/y;
const AND_AT = /\s+and\s/y;
const RELATIVE_AT = /,\s+(?:who|der|die)\s/y;
const COPULA_AT = /\s+(?:is|was)\s/y;
const NAMED_AT = /\s+(?:was|has|had|is|will)\s/y;
function startsAt(re: RegExp, text: string, at: number): boolean {
  re.lastIndex = at;
  return re.test(text);
}

/**
 * The role a mention's context gives the person, or null.
 * Example: for "Robert Fico" in "Robert Fico, the Slovak prime minister, said", `findRole` gives "Slovak prime minister".
 */
export function findRole(text: string, mention: NameMention): string | null {
  const end = roleEnd(text, mention.end);
  const title = titleRole(text, mention);
  // "General Mark Milley, chairman of the Joint Chiefs of Staff": a rank alone says less than the office after it.
  if (title && !title.includes(' ')) {
    const office = appositiveRole(text, end);
    if (office && /\s(?:of|at|for|to)\s+(?:the\s+)?\p{Lu}/u.test(office)) return office;
    // "wählte die Vollversammlung Birgit Mock (51), Vizepräsidentin des …": a capitalised word before the name that
    // names no role (a German noun, the sentence's subject) gives way to an office after it.
    if (office && !isRoleWord(title)) return nominativeRole(office);
    const held = officeBeforeRank(text, mention.titleStart);
    if (held) return nominativeRole(held);
  }
  const role = title ?? appositiveRole(text, end) ?? officeBeforeLowerRank(text, mention.titleStart) ?? roleBefore(text, mention.titleStart)
    ?? relativeClauseRole(text, end) ?? copulaRole(text, end) ?? successionRole(text, mention) ?? electedRole(text, end)
    ?? renownRole(text, end) ?? bothRole(text, end) ?? listRole(text, mention.titleStart, mention.end) ?? ofOrganisationRole(text, end)
    ?? vonOrganisationRole(text, end)
    ?? introducedRole(text, mention);
  // "Sen. Ben Sasse, R-Neb.", "Rep. Ilhan Omar (D-Minn.)": an American politician's party and state go with the office.
  const party = PARTY_TAG.exec(text.slice(mention.end, mention.end + 24));
  if (party) return role ? `${role}${party[1]!.includes('(') ? ` (${party[2]})` : `, ${party[2]}`}` : party[2]!;
  return role && nominativeRole(role);
}

// "für ihren Gegenkandidaten Ulrich Hemel", "den Theologen Thomas Söding": a German role noun declined after "den",
// "dem", "des" is printed as its nominative ("Gegenkandidat", "Theologe"), the form the role has alone.
function nominativeRole(role: string): string {
  return role.replace(/(?<![\p{L}\p{M}])\p{Lu}[\p{L}\p{M}-]{4,}(?:en|n)(?![\p{L}\p{M}])/gu, (w) => {
    const lower = w.toLowerCase();
    if (isForeignPersonNoun(lower)) return w;
    if (lower.endsWith('n') && isForeignPersonNoun(lower.slice(0, -1))) return w.slice(0, -1);
    if (lower.endsWith('en') && isForeignPersonNoun(lower.slice(0, -2))) return w.slice(0, -2);
    return w;
  });
}

// ", R-Neb.", " (D-Minn.)", ", D-N.Y.": party initial, a dash and a state's abbreviation.
const PARTY_TAG = /^(,\s*|\s*\()([RDI]-\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?)(?=[,)])/u;

// Where a role after the name starts: past a party tag and past letters after the name ("Scott Keatley, R.D.,",
// "Lauren Slayton, MS, RD,", "Jane Roe, PhD,"), which are degrees and credentials, not the role.
function roleEnd(text: string, end: number): number {
  // "Birgit Mock (51), Vizepräsidentin des …": an age in brackets comes before the role.
  // "Jane Roe, 45, a nurse at …": so does an age between commas.
  const age = /^(?:\s*\(\d{1,3}\)|,\s*\d{1,3})(?=,\s)/.exec(text.slice(end, end + 8));
  if (age) end += age[0].length;
  const after = text.slice(end, end + 80);
  const party = PARTY_TAG.exec(after);
  if (party) {
    const close = party[1]!.includes('(') ? 1 : 0;
    return end + party[0].length + close;
  }
  const credentials = /^(?:,\s*(?:(?:\p{Lu}\.?){2,5}|Ph\.?\s?D\.?|M\.?D\.?))+(?=,)/u.exec(after);
  if (!credentials) return end;
  // "Jack Dorsey, CEO, said": an office in capitals is the role itself.
  if (credentials[0].split(',').some((w) => isRoleWord(w.trim().replace(/\.$/, '')))) return end;
  return end + credentials[0].length;
}

// "American Kevin King and Australian Timothy Weeks, both professors at …": the first of two takes the role too.
function bothRole(text: string, end: number): string | null {
  if (!startsAt(AND_AT, text, end)) return null;
  const m = /^\s+and\s+(?:\p{Lu}[\p{L}\p{M}'’.-]*\s+){1,4}?(?:\p{Lu}[\p{L}\p{M}'’.-]*)(?=,\s+both\s)/u.exec(text.slice(end, end + 80));
  return m ? appositiveRole(text, end + m[0].length) : null;
}

// "Study co-authors include Eric Bui, Sophie A. Palitz, and Naomi Simon of MGH; Jennifer M. Johnston of Boston
// University; and Mark H. Pollack": each name of a list after a plural role and "include", "are" or "such as".
const LIST_ITEM = /^(?:(?:\p{Lu}[\p{L}\p{M}'’.-]*|of|the|and|de|van|von)[ \t]*|[,;][ \t]*)*$/u;
function listRole(text: string, start: number, end: number): string | null {
  const window = text.slice(Math.max(0, start - 300), start);
  // The lead pattern is costly on a long window: most windows hold none of its verbs (issue 17).
  if (!/\s(?:includ|are\s|were\s|such\s)/.test(window)) return null;
  const lead = /(?:^|[.;:!?\n]\s*)([^.;:!?\n]*?)\s+(?:include|includes|included|including|are|were|such\s+as)\s+([^]*)$/u.exec(window);
  if (!lead || !LIST_ITEM.test(lead[2]!)) return null;
  // A list of people gives full names ("Eric Bui, Sophie A. Palitz"); "Coke, UBS and Dow" are firms.
  const items = `${lead[2]!}${text.slice(start, end)}`.split(/[,;]|\band\b/).map((x) => x.replace(/\s+of\s.*$/, '').trim()).filter(Boolean);
  if (items.some((x) => x.split(/\s+/).length < 2 || /\b\p{Lu}{2,}\b/u.test(x))) return null;
  // The first name of the list: another must follow it.
  const listed = /[,;]|\band\b/.test(lead[2]!) || /^(?:[ \t]+of[ \t]+[^,;.]*)?(?:,|;|[ \t]+and)[ \t]+\p{Lu}/u.test(text.slice(end, end + 80));
  if (!listed) return null;
  const group = scanRoleBackwards(lead[1]!.split(/\s+/).filter(Boolean));
  return group && singularRole(group.split(' ').pop()!) ? singular(group) : null;
}

// Nouns after a place's name that keep it one ("of Ishwaripur village").
const SETTLEMENTS = /^(?:village|town|city|county|district|province|state|region|parish|township|municipality)$/;

// "Pamela Lyon of the University of Adelaide, a scholar of basal cognition" → the description after the organisation;
// "Audrey Dussutour of France's National Center for Scientific Research" → "of France's National Center …".
function ofOrganisationRole(text: string, end: number): string | null {
  if (!startsAt(OF_AT, text, end)) return null;
  const m = /^[ \t]+of[ \t]+(?:the[ \t]+)?((?:\p{Lu}[\p{L}\p{M}'’.&-]*(?:[ \t]+(?:of|for|and|&|on|de)(?:[ \t]+the)?(?=[ \t]+\p{Lu}))?[ \t]*)+)/u.exec(text.slice(end, end + 120));
  if (!m) return null;
  // A sentence's full stop after the name is not part of it ("… World Economy."; "U.S." keeps its own).
  let phrase = m[0].trim().replace(/(?<!(?:^|[\s.])\p{Lu})\.$/u, '');
  // "of Cambridge Judge Business School and Jing Zhou, Professor of …": after a closed name, "and" lists someone else.
  const listed = /^(.*?\s(\p{Lu}[\p{L}\p{M}'’.&-]*))\s+and\s+\p{Lu}[\p{L}\p{M}'’.-]*\s+\p{Lu}[\p{L}\p{M}'’.-]*$/u.exec(phrase);
  if (listed && ORG_HEADS.has(listed[2]!)) return listed[1]!;
  let stop = end + m[0].length - m[0].trimStart().length + phrase.length;
  const next = /^\s+(\p{Ll}+)/u.exec(text.slice(stop, stop + 20));
  if (next && SETTLEMENTS.test(next[1]!)) {
    phrase += ` ${next[1]}`;
    stop += next[0].length;
  }
  // A name of one word after "of" may be a person's ("the son of Trump"): an organisation or place has two, or a
  // settlement noun.
  if (m[1]!.trim().split(/\s+/).length < 2 && !next?.[1]?.match(SETTLEMENTS) && !/^the\b/.test(phrase.slice(3))) return null;
  return appositiveRole(text, stop) ?? phrase;
}

// "erklärte Nadja Michler von „Peta“", "Stefan Bröckling von der Tiernothilfe", "Anna Berger vom DRK": German
// "von" after a whole name (the name finder keeps "von" inside names such as "Ursula von der Leyen") says where the
// person works. The body is a run of capitals, maybe in quotation marks, ending the phrase.
// Built only once "von" or "vom" follows a name (lazy): English text seldom has one.
const VON_ORGANISATION = lazy('de', () => /^[ \t]+(von(?:[ \t]+(?:der|dem|den))?|vom)[ \t]+([„“"«]?)((?:\p{Lu}[\p{L}\p{M}'’.&-]*[ \t]*){1,4})([“”"»]?)(?=[\s,;:.!?)]|$)/u);
function vonOrganisationRole(text: string, end: number): string | null {
  if (!startsAt(VON_AT, text, end)) return null;
  const after = text.slice(end, end + 100);
  if (!/^[ \t]+vo[nm][ \t]/.test(after)) return null;
  const m = VON_ORGANISATION().exec(after);
  if (!m) return null;
  const body = m[3]!.trim();
  // "Anna Berger von Montag an": a day or month is a time; "von Peter Maffay", a given name and more, another person.
  const words = body.split(/\s+/);
  if (MONTHS_AND_DAYS.has(words[0]!) || (words.length > 1 && isFirstName(words[0]!))) return null;
  return `${m[1]} ${m[2]}${body}${m[2] ? m[4] : ''}`;
}

/** Kinship words that say little on their own ("his father, Hori Parata"); a later, fuller role replaces them. */
export function isBareKinship(role: string): boolean {
  return KIN.has(role.toLowerCase());
}

const KIN = new Set(['father', 'mother', 'son', 'daughter', 'wife', 'husband', 'brother', 'sister', 'widow', 'uncle',
  'aunt', 'nephew', 'niece', 'cousin', 'grandson', 'granddaughter', 'grandfather', 'grandmother', 'parent', 'dad', 'mum',
  'partner', 'fiancé', 'fiancée', 'girlfriend', 'boyfriend']);

// "Mourinho has agreed a deal to replace Mauricio Pochettino as Tottenham's manager": the subject takes the role,
// the one replaced held it before.
const SUCCESSION = /(?:to replace|to succeed|replaced|succeeded|replacing|succeeding|succeeds|replaces)/;
const TAKES_ROLE = new RegExp(`^[^.;!?"“”]{0,80}?\\b(?:${SUCCESSION.source}\\s+(?:\\p{Lu}[\\p{L}\\p{M}'’.-]*\\s+){1,4}|(?:was|has been|had been|is|will be)\\s+(?:named|appointed|hired|installed|confirmed|elected|unveiled)\\s+)as\\s+`, 'u');
const REPLACED = new RegExp(`\\b${SUCCESSION.source}\\s+$`);
const NAMED_TO = /^\s+(?:was|has been|had been|is|will be)\s+(?:named|appointed|elected|confirmed|installed|sworn in)\s+(?:as\s+)?(?=(?:the|an?|new|\p{Lu})\b|\p{Ll}+\s)/u;
function successionRole(text: string, m: NameMention): string | null {
  // Neither a verb of naming right after the name nor an "as" ahead: nothing below can match (issue 17).
  if (!startsAt(NAMED_AT, text, m.end) && !text.slice(m.end, m.end + 200).includes(' as ')) return null;
  const after = sentenceRest(text, m.end, 200);
  // "Chad Wolf has been named new DHS acting secretary": the office right after the verb.
  const named = NAMED_TO.exec(after);
  if (named) return asPhrase(after.slice(named[0].length));
  // Both patterns need an "as"; most sentences have none, and the check is far cheaper than the patterns.
  if (!after.includes(' as ')) return null;
  const own = TAKES_ROLE.exec(after);
  if (own) return asPhrase(after.slice(own[0].length));
  if (REPLACED.test(text.slice(Math.max(0, m.titleStart - 14), m.titleStart))) {
    const as = /^\s+as\s+/.exec(after);
    const role = as ? asPhrase(after.slice(as[0].length)) : null;
    return role ? `former ${role}` : null;
  }
  return null;
}

// The text after an offset up to the end of its sentence (at most `max` characters).
function sentenceRest(text: string, from: number, max: number): string {
  const after = text.slice(from, from + max);
  const stop = after.search(/[.;!?\n](?:\s|$)/);
  return stop >= 0 ? after.slice(0, stop) : after;
}

// "the Tottenham's manager until …" → "Tottenham manager": a short role phrase after "as".
function asPhrase(s: string): string | null {
  const words = s.replace(DETERMINERS, '').split(/[,;:.()"“”\n]/)[0]!.split(/\s+/).filter(Boolean).slice(0, 10);
  let last = -1;
  for (let i = 0; i < Math.min(words.length, 5); i++) if (isRoleWord(words[i]!)) last = i;
  if (last < 0) return null;
  let end = last + 1;
  // "chief executive of the Fishing Vessel Owners Association": keep a named organisation after the role.
  if (/^(?:of|at|for)$/.test(words[end] ?? '')) {
    let k = end + 1;
    while (k < words.length && (/^\p{Lu}/u.test(words[k]!) || words[k] === 'the' || words[k] === 'of')) k++;
    if (k > end + 1 && /^\p{Lu}/u.test(words[k - 1]!)) end = k;
  }
  return words.slice(0, end).join(' ').replace(/['’]s(?= \p{Ll})/u, '');
}

// "A New York man pleaded guilty to charges … ¶ Patrick Carlineo Jr., 55, could face …": a paragraph that opens on a
// person described, then the next paragraph opening on a name and an age, names that person.
const DESCRIBED_OPENING = /^[ \t]*(?:A|An)[ \t]+((?:[\p{L}\d.'’-]+[ \t]+){0,4}?(\p{Ll}[\p{L}-]*))[ \t]+\p{Ll}+/u;
function introducedRole(text: string, m: NameMention): string | null {
  if (!/^(?:,?\s+(?:Jr|Sr|II|III)\.?)?,\s+\d{1,3},/.test(text.slice(m.end, m.end + 14))) return null;
  const before = text.slice(Math.max(0, m.titleStart - 400), m.titleStart);
  if (!/\n\s*$/.test(before)) return null;
  const paragraphs = before.trimEnd().split('\n');
  const d = DESCRIBED_OPENING.exec(paragraphs[paragraphs.length - 1] ?? '');
  if (!d || !isPersonNoun(d[2]!) || d[1]!.split(/\s+/).some((w) => ROLE_STOPS.has(w) || FINITE.has(w))) return null;
  return d[1]!;
}

// "Parata, 75, has now overseen … and is renowned in New Zealand as the leading Māori whale expert".
function renownRole(text: string, end: number): string | null {
  if (!text.slice(end, end + 220).includes(' as ')) return null;
  const after = sentenceRest(text, end, 220);
  if (!after.includes(' as ')) return null;
  const m = /^[^.;!?"“”]{0,110}?\b(?:is|was|has been|are)\s+(?:widely\s+|best\s+|also\s+|now\s+)?(?:known|renowned|regarded|seen|recogni[sz]ed|described|considered|respected)\b[^.;!?"“”]{0,40}?\bas\s+(?:the|an?)\s+/u.exec(after);
  if (!m) return null;
  // Another capitalised name before the verb is probably its subject.
  const between = after.slice(0, m[0].search(/\b(?:is|was|has been|are)\s/));
  if (/\s\p{Lu}/u.test(between)) return null;
  return asPhrase(after.slice(m[0].length));
}

function titleRole(text: string, m: NameMention): string | null {
  if (!m.title || m.honorific === m.title) return null;
  let title = m.title.replace(/\s+(?:Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Sir|Dame)$/, '');
  // "former special envoy to Ukraine Kurt Volker": a place before the name is what the office before it is of.
  if (title.split(' ').every((w) => PLACES.has(w))) {
    const before = lastClause(text.slice(Math.max(0, m.titleStart - 120), m.titleStart)).split(/\s+/).filter(Boolean);
    return before.length ? scanRoleBackwards([...before, ...title.split(' ')]) : null;
  }
  // "Ambassador to the European Union Gordon Sondland": an organisation before the name completes a role before it.
  const from = Math.max(0, m.titleStart - 60);
  const toOrg = /(\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,2})\s+(?:to|of|at|for)\s+(?:the\s+)?$/u.exec(text.slice(from, m.titleStart));
  if (toOrg && toOrg[1]!.split(/\s+/).some((w) => isRoleWord(w)) && !title.split(' ').some((w) => isRoleWord(w))) {
    return text.slice(from + toOrg.index, m.titleStart) + title;
  }
  // "Stability AI's CEO Prem Akkaraju", "Britain’s former Prime Minister Theresa May": whose title it is.
  const owner = POSSESSIVE_OWNER.exec(text.slice(from, m.titleStart));
  if (owner) {
    const words = owner[1]!.split(/\s+/);
    while (words.length > 1 && (NOT_NAME_WORDS.has(words[0]!) || ARTICLES.has(words[0]!.toLowerCase())) && !DEMONYMS.has(words[0]!)) words.shift();
    const modifiers = owner[2]!.trim();
    return `${words.join(' ')}${modifiers ? ` ${modifiers}` : ''} ${title}`;
  }
  // Lower-case words that belong to the title: "former President", "Vice-president elect".
  const before = lowerRolePrefix(text, m.titleStart);
  if (before) return `${before} ${title}`;
  // "Whole Foods co-founder and CEO John Mackey": roles joined by "and" before the title.
  if (/\sand\s$/.test(text.slice(Math.max(0, m.titleStart - 5), m.titleStart))) {
    const first = roleBefore(text, m.titleStart - 4);
    if (first) return `${first} and ${title}`;
  }
  return title;
}

// A capitalised owner with a possessive, then title modifiers, right before a title: "Stability AI's (former) ".
const POSSESSIVE_OWNER = new RegExp(`(?:^|[\\s(])((?:\\p{Lu}[\\p{L}\\p{M}.&-]*\\s+){0,3}\\p{Lu}[\\p{L}\\p{M}.&-]*['’]s)\\s+((?:(?:${[...TITLE_MODIFIERS].join('|')})\\s+)*)$`, 'u');

// Title modifiers or role phrases right before a capitalised title: "former", "Whole Foods co-founder and".
function lowerRolePrefix(text: string, start: number): string | null {
  const words = text.slice(Math.max(0, start - 40), start).split(/\s+/).filter(Boolean);
  const kept: string[] = [];
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i]!.replace(/[-‐]$/, '');
    if (!TITLE_MODIFIERS.has(w.toLowerCase())) break;
    kept.unshift(words[i]!);
  }
  return kept.length ? kept.join(' ').replace(/-$/, '') : null;
}

// "Tottenham manager Jose Mourinho", "White House press secretary Josh Earnest", "the Slovak prime minister, Robert Fico".
function roleBefore(text: string, start: number, listed = false): string | null {
  const window = text.slice(Math.max(0, start - 120), start);
  // The end-anchored patterns below retry from every position of the window: a look at its last word first (issue 17).
  // (trimEnd drops the same characters as \s.)
  const trimmed = window.trimEnd();
  const spaced = trimmed.length < window.length;
  // "a mathematician named Hannah Cairo", "a lawyer called Ann Roe".
  const named = spaced && (trimmed.endsWith('named') || trimmed.endsWith('called')) ? /\s(?:named|called)\s+$/.exec(window) : null;
  if (named) return scanRoleBackwards(lastClause(window.slice(0, named.index)).split(/\s+/).filter(Boolean));
  if (trimmed.endsWith(',')) {
    // "two other mathematicians, Nalini Anantharaman and Laura Monk": one of a group is one mathematician.
    const role = commaRole(lastClause(withoutAbbreviation(trimmed.slice(0, -1))));
    if (!role || /^one\s+of\s/i.test(role) || !endsInPluralRole(role)) return role;
    const group = role.replace(/^(?:(?:two|three|four|five|six|several|many|some|other|both|fellow)\s+)+/i, '');
    return listed ? group : singular(group);
  }
  if (!spaced) return null;
  // "Democratic senators such as Elizabeth Warren": one of a group named by a plural role.
  const such = trimmed.endsWith('as') || trimmed.endsWith('like') || trimmed.endsWith('including')
    ? /\s(?:such\s+as|like|including)\s+$/.exec(window) : null;
  if (such) {
    const group = scanRoleBackwards(lastClause(window.slice(0, such.index)).split(/\s+/).filter(Boolean));
    if (group && singularRole(group.split(' ').pop()!)) return listed ? group : singular(group);
  }
  const role = scanRoleBackwards(lastClause(window).split(/\s+/).filter(Boolean));
  if (role) return listed ? role : singular(possessed(window, role));
  // "cabinet ministers Jonathan Moyo and Saviour Kasukuwere": a plural role before a list covers each name in it.
  const list = trimmed.endsWith('and') ? /(\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’-]*){0,3})(?:\s*,)?\s+and\s+$/u.exec(window) : null;
  if (!list || listed) return null;
  const first = roleBefore(text, start - window.length + list.index, true);
  const last = first?.split(' ').pop() ?? '';
  return first && singularRole(last) ? singular(first) : null;
}

// "Robert Mugabe, his wife Grace" → "Mugabe's wife": the possessive refers to the name right before it.
// The role is matched as a plain string at the window's end, so one fixed pattern serves every role: a pattern built
// from the role on each call cost the people pass more than any other line. (A role with white space at an edge, which
// scanRoleBackwards should not give, keeps the pattern built for it.)
function possessed(window: string, role: string): string {
  let m: RegExpExecArray | null;
  if (role === role.trim()) {
    const tail = window.trimEnd();
    if (!tail.endsWith(role)) return role;
    m = POSSESSOR_BEFORE.exec(tail.slice(0, tail.length - role.length));
  } else {
    m = new RegExp(`${POSSESSOR_BEFORE.source.slice(0, -1)}${role.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`, 'u').exec(window);
  }
  return m && !NOT_NAME_WORDS.has(m[1]!) ? `${m[1]}'s ${role}` : role;
}
const POSSESSOR_BEFORE = /(\p{Lu}[\p{L}\p{M}'’-]+)(?:\s*,)?\s+(?:his|her)\s+$/u;

// "ministers" → "minister"; null for a word that is no plural of a role noun.
function singularRole(word: string): string | null {
  if (!/s$/.test(word)) return null;
  const one = word.slice(0, -1);
  return ROLE_NOUNS.has(one.toLowerCase()) || (one === one.toLowerCase() && isPersonNoun(one)) ? one : null;
}

// "cabinet ministers" → "cabinet minister", for one person of a listed group.
function singular(role: string): string {
  if (!endsInPluralRole(role)) return role;
  const words = role.split(' ');
  words[words.length - 1] = singularRole(words[words.length - 1]!) ?? words[words.length - 1]!;
  return words.join(' ');
}

// "cabinet ministers", not "presidente de la Cámara de Diputados": a plural after a link closes an organisation's name.
function endsInPluralRole(role: string): boolean {
  const words = role.split(' ');
  const last = words[words.length - 1]!;
  if (words.length > 1 && /^\p{Lu}/u.test(last) && ROLE_LINKS.has(words[words.length - 2]!)) return false;
  return singularRole(last) !== null;
}

// From a role noun at the end, back over its modifiers: "Snopes fact checker and staff writer".
function scanRoleBackwards(words: string[]): string | null {
  if (words.length === 0) return null;
  // "La ministre de la justice": a role word after a link belongs to the role before it.
  const linked = words.length > 2 && ROLE_LINKS.has(words[words.length - 2]!) && roleHeadBefore(words) >= 0;
  if (linked || !isRoleWord(words[words.length - 1]!)) {
    // "el ministro de Trabajo", "le chef de l'Etat", "presidente do Senado", "chief executive of the company".
    const r = roleHeadBefore(words);
    const head = r >= 0 ? scanRoleBackwards(words.slice(0, r + 1)) : null;
    return head ? `${head} ${words.slice(r + 1).join(' ')}` : null;
  }
  const kept: string[] = [];
  for (let i = words.length - 1; i >= 0 && kept.length < 7; i--) {
    const w = words[i]!;
    const lw = w.toLowerCase();
    const joinsRoles = lw === 'and' && kept.length > 0 && i > 0 && /^\p{Ll}/u.test(words[i - 1]!) && !ROLE_STOPS.has(words[i - 1]!);
    if (ROLE_STOPS.has(lw) && !joinsRoles) {
      // "to get Ukraine to investigate political rival Joe Biden": the word after "to" is a verb, not a modifier.
      if (lw === 'to' && kept.length > 1 && /^\p{Ll}/u.test(kept[0]!) && !isRoleWord(kept[0]!) && !TITLE_MODIFIERS.has(kept[0]!)) kept.shift();
      // "her PhD at Cambridge Judge, Yeun Joon Kim of …": capitals alone after "at" or "in" name a place or a body.
      if (/^(?:at|in|from)$/.test(lw) && kept.every((k) => /^\p{Lu}/u.test(k))) return null;
      break;
    }
    if (SPEECH_VERBS.has(lw) || /^\d/.test(w) || ARTICLES.has(lw) || MONTHS_AND_DAYS.has(w)) break;
    // (Only before the head: "his son, Te Kaurinui" keeps the English noun.)
    if (kept.length > 0 && OPENS_NOUN_PHRASE.has(lw)) break;
    const inCapitals = kept.length > 0 && /^\p{Lu}/u.test(kept[0]!);
    // A capitalised common word opens a clause ("Yesterday", "The") or names a day; inside a run of capitals before a
    // role it is part of an organisation's name ("then UK Home Secretary", "Fox News host", "Labour Party leader").
    if (/^\p{Lu}/u.test(w) && NOT_NAME_WORDS.has(w) && !DEMONYMS.has(w) && !TITLE_WORDS.has(w)
      && !(inCapitals && ROLE_ORG_WORDS.has(w)) && (i === 0 || MONTHS_AND_DAYS.has(w) || !/^\p{Lu}/u.test(words[i - 1]!))) break;
    // "Last week State Department official": a lower-case word before an organisation's name is not part of the role.
    if (inCapitals && /^\p{Ll}/u.test(w) && !TITLE_MODIFIERS.has(lw) && !isRoleWord(w) && !joinsRoles) break;
    // "l’écologiste Sergio Coronado": an elided article ends the role.
    const elided = ELIDED.exec(w);
    if (elided) {
      kept.unshift(w.slice(elided[0].length));
      break;
    }
    kept.unshift(w);
  }
  return kept.length ? kept.join(' ') : null;
}

// Articles that open a noun phrase, and so end a role scanned backwards ("précise la toxicologue X").
const ARTICLES = new Set(['the', 'a', 'an', 'le', 'la', 'les', 'un', 'une', 'el', 'los', 'las', 'o', 'os', 'as', 'um',
  'uma', 'der', 'die', 'das', 'den', 'dem', 'ein', 'eine', 'al', 'au', 'aux', 'du', 'des', 'del', 'do', 'da', 'dos']);

// The other languages' possessives, and Portuguese articles fused with a preposition, open a noun phrase as "his" and
// "the" do: a role scanned backwards ends there ("démission de son prédécesseur X" → "prédécesseur", "o perdão
// concedido pelo presidente Bolsonaro ao deputado X" → "deputado", "ao ex-presidente X" → "ex-presidente").
const OPENS_NOUN_PHRASE = new Set(['son', 'sa', 'ses', 'leur', 'leurs', 'su', 'sus', 'seu', 'sua', 'seus', 'suas',
  'sein', 'seine', 'seinem', 'seinen', 'seiner', 'ihr', 'ihre', 'ihrem', 'ihren', 'ihrer', 'ao', 'aos', 'à', 'às',
  'pelo', 'pela', 'pelos', 'pelas', 'no', 'na', 'nos', 'nas', 'num', 'numa']);

// Words that join a role to what it is of: "ministro de Trabajo", "presidente da Câmara", "chef de l'Etat",
// "Sprecher der Grünen", "head of the agency".
const ROLE_LINKS = new Set(['de', 'del', 'do', 'da', 'dos', 'das', 'des', 'du', 'la', 'le', 'les', 'el', 'los', 'las',
  'der', 'von', 'für', 'im', 'of', 'at', 'for', 'to', 'the', 'à', 'en', 'y', 'e', 'et', 'und', '&']);
// Romance adjectives after a role noun, mostly of nationality: "ruso", "húngaro", "ucraniano", "portuario", "général".
const ROMANCE_ADJECTIVE = /(?:ano|ana|ino|ina|ense|és|ês|aro|ara|ais|aise|ien|ienne|ois|oise|eno|ena|ico|ica|ese|ario|aria|aire|al|el|eur|ral)$/;

// Words after a Romance role noun that say where its holder stands in office, as "elected", "acting", "interim",
// "outgoing" do before an English one (TITLE_MODIFIERS): "presidente eleito", "presidente electo", "président élu".
const OFFICE_STATUS = new Set(['eleito', 'eleita', 'electo', 'electa', 'élu', 'élue', 'interino', 'interina',
  'intérimaire', 'designado', 'designada', 'désigné', 'désignée', 'saliente', 'sortant', 'sortante', 'cessante']);

// Index of a role noun before a phrase that says what the role is of, running up to the name: "ministro (ruso) de
// Asuntos Exteriores", "dibujante de prensa ucraniano", "presidente del sindicato portuario"; -1 when none.
function roleHeadBefore(words: readonly string[]): number {
  for (let r = words.length - 2; r >= Math.max(0, words.length - 8); r--) {
    if (!isRoleWord(words[r]!)) continue;
    return roleTail(words.slice(r + 1)) ? r : -1;
  }
  return -1;
}

// Whether the words after a role noun only say what it is of: links, names, a noun after a link, adjectives.
function roleTail(tail: readonly string[]): boolean {
  let afterLink = false;
  let named = false;
  let nouns = 0;
  for (let i = 0; i < tail.length; i++) {
    const w = tail[i]!;
    const lw = w.toLowerCase();
    if (ROLE_LINKS.has(lw) && /^\p{Ll}/u.test(w)) { afterLink = true; nouns = 0; continue; }
    if (/^(?:[ldLD]['’])?\p{Lu}/u.test(w)) { named = true; afterLink = false; nouns = 0; continue; }
    if (ROLE_STOPS.has(lw) || SPEECH_VERBS.has(lw) || FINITE.has(lw) || AUXILIARIES.has(lw) || /\d/.test(w)) return false;
    // "de prensa", "de la cartera": a noun after a link; "ruso", "portuario": an adjective.
    const beforeLink = i + 1 < tail.length && ROLE_LINKS.has(tail[i + 1]!) && i === 0;
    if (afterLink || ROMANCE_ADJECTIVE.test(lw) || OFFICE_STATUS.has(lw) || beforeLink) { named = named || !beforeLink; afterLink = false; nouns = 1; continue; }
    // "director of public prosecutions": the noun after a link may have a modifier before it (three words at most).
    if (nouns > 0 && nouns < 3 && !/(?:ed|ing)$/.test(lw)) { nouns++; continue; }
    return false;
  }
  return named && !afterLink;
}

// An elided French article: "l’", "d’".
const ELIDED = /^[ldLD]['’](?=\p{L})/u;

// The text after the last punctuation mark: the clause a role phrase must fit in.
function lastClause(window: string): string {
  // A backward scan: an end-anchored regex would retry from every start position.
  let i = window.length;
  while (i > 0) {
    const c = window.charAt(i - 1);
    // A dash between spaces ("upstarts - Amazon founder") ends a clause; one inside a word ("co-founder") does not.
    const inWord = c === '.' && i < window.length && window.charAt(i) !== ' ';
    // An em or en dash ends a clause even unspaced ("too—Samaya athlete Nick Russell").
    if ((CLAUSE_MARKS.has(c) && !inWord) || LONG_DASHES.has(c)
      || (DASHES.has(c) && window.charAt(i) === ' ' && window.charAt(i - 2) === ' ')) break;
    i--;
  }
  return window.slice(i).trim();
}
const CLAUSE_MARKS = new Set([',', '.', ';', ':', '(', ')', '"', '“', '”', '\n', '«', '»']);
const DASHES = new Set(['-', '–', '—']);
const LONG_DASHES = new Set(['–', '—']);

// "the Slovak prime minister, Robert Fico", "WeWork’s founder and former CEO, Adam Neumann", "The son of …, Fritz …".
function commaRole(clause: string): string | null {
  // "the man who kidnapped the child, Michael Webb": a description with a relative clause is the role, not its object.
  const described = /\s(?:who|that)\s/.test(clause) ? /(?:^|\s)(?:the|a|an)\s+([\p{L}-]+(?:\s+[\p{L}-]+)?)\s+(?:who|that)\s+[^]*$/u.exec(clause) : null;
  if (described && described[1]!.split(/\s+/).some((w) => isRoleWord(w))) {
    const phrase = described[0].trim().replace(/^(?:the|a|an)\s+/i, '');
    const words = phrase.split(/\s+/);
    if (words.length <= 10 && !words.some((w) => FINITE.has(w) || AUXILIARIES.has(w) || SPEECH_VERBS.has(w))) return phrase;
  }
  // "one of the proof’s authors, Svetlana …": the person is one of a group.
  const oneOf = /(?:^|\s)(one\s+of\s+(?:the|his|her|their|its|our)\s+(?:[^\s,]+\s+){0,4}[^\s,]+s)$/iu.exec(clause);
  if (oneOf && isRoleWord(oneOf[1]!.split(/\s+/).pop()!)) return oneOf[1]!;
  const scanned = scanRoleBackwards(clause.split(/\s+/).filter(Boolean));
  if (scanned) return scanned;
  // A determiner-led description of a few words with a role noun in it.
  for (const det of clause.matchAll(/(?:^|\s)(?:the|a|an|le|la|les|un|une|der|die|das|ein|eine|el|los|las|una|o|os|um|uma)\s+/gi)) {
    const phrase = clause.slice(det.index + det[0].length);
    const words = phrase.split(/\s+/).filter(Boolean);
    // "the disgraced financier may have been murdered": a role holds no verb.
    if (words.some((w) => FINITE.has(w) || AUXILIARIES.has(w) || SPEECH_VERBS.has(w))) continue;
    if (words.length > 0 && words.length <= 8 && words.slice(0, 3).some((w) => isRoleWord(w))) return phrase;
    const cut = longDescriptionHead(words);
    if (cut) return cut;
  }
  return null;
}

// isRoleWord is asked of the same words again and again (each name's few words before and after it, "said", "met"):
// answers are remembered (issue 17).
const isRoleWord = shortWordMemo(isRoleWordNow);

function isRoleWordNow(w: string): boolean {
  const clean = w.replace(/[’']s$/, '').replace(ELIDED, '');
  const lower = clean.toLowerCase();
  return ROLE_NOUNS.has(lower) || TITLE_WORDS.has(clean) || (lower.endsWith('s') && ROLE_NOUNS.has(lower.slice(0, -1)))
    || (clean === lower ? isRoleNoun(lower) : isForeignPersonNoun(lower));
}

// A role word of the hand lists (offices, titles, trades, the other languages' heads), not only WordNet's.
function isListedRole(w: string): boolean {
  const clean = w.replace(/[’']s$/, '').replace(ELIDED, '');
  const lower = clean.toLowerCase();
  return ROLE_NOUNS.has(lower) || TITLE_WORDS.has(clean) || (lower.endsWith('s') && ROLE_NOUNS.has(lower.slice(0, -1)))
    || isForeignPersonNoun(lower);
}

// Whether words[i] ends its noun phrase: last, or before a preposition, a conjunction or a relative pronoun.
function isHead(words: readonly string[], i: number): boolean {
  const next = words[i + 1];
  return next === undefined || /^(?:of|at|for|to|in|on|with|from|and|or|who|whose|that|since|based|best|known|now|de|du|des|der|von|del|do|da)$|ly$/.test(next);
}

// A noun for a person as printed in lower case ("biologist", "realtors", "Lufthansa-Sprecherin" aside): capitalised,
// many of WordNet's person nouns are surnames ("Baker", "Mason", "Fisher").
function isRoleNoun(lower: string): boolean {
  return isPersonNoun(lower) || (lower.endsWith('s') && isPersonNoun(lower.slice(0, -1)))
    || (lower.endsWith('es') && isPersonNoun(lower.slice(0, -2)));
}

// "Robert Fico, the Slovak prime minister," / "Eric Reeves, a senior fellow at …,"
function appositiveRole(text: string, end: number): string | null {
  // The pattern opens on a comma: most names are followed by none (a look before a slice and a pattern, issue 17).
  if (text.charCodeAt(end) !== COMMA) return null;
  const after = text.slice(end, end + 200);
  // "Fabian Stenger, der Deutschland-Chef von Flixbus", "Gérald Darmanin, le ministre de l'Intérieur", "Pedro
  // Sánchez, el presidente del Gobierno": the other languages' articles open an apposition as "the" does; a German
  // "der"/"die" counts only before a noun (else it opens a relative clause: ", die als … fungiert").
  // "the U.S. attorney for …": a period before a lower-case word ends an abbreviation, not the phrase.
  const m = /^,\s+(?:(?:now|also|still|currently|then|both|and)\s+)?((?:the|a|an)\s+|(?:le|la|les|un|une|el|los|las|una|o|os|um|uma)\s+|l['’](?=\p{Ll})|(?:der|die|das|ein|eine)\s+(?=(?:\p{Ll}+(?:e|en|er|es|em)\s+)?\p{Lu}))?((?:[^,;:()"“”.\n]|\.(?=\p{L})|\.(?=\s+\p{Ll}))+)/u.exec(after);
  if (!m) return null;
  // "Mr. Rudolph, hitting him in the head": a participle opens a clause, not a description.
  // ("marketing director" is a role: a participle takes an object or a preposition).
  if (!m[1] && /^\p{Ll}+ing\s+(?:him|her|them|it|me|us|the|a|an|his|their|its|up|out|down|back|to|on|in|into|at|for|with|from|over)\s/u.test(m[2]!)) return null;
  // "King and Weeks, both professors at the American University": one of them is a professor.
  const both = /^,\s+both\s/.test(after);
  // German "der"/"die" before a noun is a genitive's article ("Sprecher der Grünen im Bundestag", "Sprecherin der
  // Berliner Straßenreinigung"); before anything else it opens a relative clause.
  const clauses = m[2]!.split(/\s+(?:said|says|told|who|which|where|while|when|after|before|because|since|although|qui|que|sagte|a déclaré|(?:der|die)(?!\s+(?:\p{Ll}+(?:e|en|er|es|em)\s+)?\p{Lu}))(?![\p{L}])/u);
  const words = (both ? singularHead : (w: string[]) => w)(trimRole(cutWords(clauses[0]!.trim().split(/\s+/))));
  if (words.length === 0) return null;
  const phrase = words.join(' ');
  const first = words[0]!.toLowerCase();
  if (['who', 'which', 'he', 'she', 'they', 'and', 'but', 'said', 'says', 'according', 'told', 'as', 'in', 'on', 'at',
    'while', 'when', 'after', 'before', 'is', 'was', 'has', 'had', 'have', 'are', 'were', 'be', 'been', 'will', 'would',
    'can', 'could', 'may', 'might', 'should', 'must', 'do', 'does', 'did', 'it', 'we', 'i',
    // French and German conjunctions, pronouns and verbs that open a clause, not a description.
    'mais', 'et', 'ou', 'qui', 'que', 'il', 'elle', 'a', 'est', 'selon', 'dont', 'und', 'aber', 'oder', 'der', 'die', 'y', 'e',
    'sagte', 'ist', 'hat', 'er', 'sie'].includes(first)) return null;
  // "Seattle-based", "London-born", "registered dietitian" describe; "elected", "accused of" open a clause.
  if (/^\d/.test(first) || (/ed$/.test(first) && !isRoleWord(first) && !first.includes('-') && !isRoleWord(words[1] ?? ''))) return null;
  // The phrase must name a role: a role noun somewhere in it ("senior fellow at …", "Sudan's president"); a noun
  // only WordNet lists must be the phrase's head, as many are adjectives too ("academic voices on Sudan").
  if (!words.some((w, i) => isRoleWord(w) && (isListedRole(w) || isHead(words, i)))) return null;
  // "Michael Wells, the philosopher Luis de Miranda weaves …", "Adam Mosseri, Twitter CEO Jack Dorsey has …",
  // "Bukola Saraki, Senator Dino Melaye and …": a role word before a name is that other person's title.
  // A role word further on after "to", "of" … is part of this person's role ("aide to Vice President Mike Pence").
  const ofWhom = words.findIndex((w) => /^(?:to|of|for|with|at)$/.test(w));
  const upTo = ofWhom < 0 ? words.length : ofWhom;
  if (words.some((w, i) => i < upTo && i + 1 < words.length && isRoleWord(w) && namesSomeone(words, i + 1))) return null;
  // "Lijo Jose Pellissery, tells the story of …", "the more one is likely to …": a verb opens a clause, not a description.
  // ("solutions architect for Google Cloud": a plural before a role noun at the head of the phrase modifies it.)
  if (/^\p{Ll}+s$/u.test(words[0]!) && !isRoleWord(words[0]!) && !/(?:ous|ss|ics|is|us)$|^(?:his|its|hers|ours|yours|theirs)$/.test(words[0]!)
    && !(isRoleWord(words[1] ?? '') && isHead(words, 1))) return null;
  if (words.some((w) => FINITE.has(w))) return null;
  // "…, o técnico declarou que errou", "…, el entrenador dijo que …": a verb of saying makes a clause.
  // (The phrase was cut at "sagte", "a déclaré", or at "que" after such a verb: it is that verb's subject. Not at
  // English "said" or "told": "Callan Spicher, vice president of Spicher’s Appliance & Security told us" lacks a comma.)
  if (clauses.length > 1 && (isSpeechVerb(words[words.length - 1]!) || /^\s+(?:sagte|a déclaré)(?![\p{L}])/u.test(m[2]!.slice(clauses[0]!.length)))) return null;
  // "Rafi Friedman, president, Coastal Luxury Outdoors.": a short role, then the organisation it is held at.
  // (Not after a clause cut the phrase short: "a frequent Levin collaborator who runs the Morphology, Evolution, …".)
  const org = clauses.length === 1 && words.length <= 3 && isRoleWord(words[words.length - 1]!)
    ? ROLE_ORG_AFTER.exec(after.slice(m[0].length)) : null;
  if (org && !isFirstName(org[1]!.split(' ')[0]!)) return `${phrase}, ${org[1]!.trim().replace(/\.$/, '')}`;
  return phrase;
}

// ", Coastal Luxury Outdoors.", ", Google Cloud at Google,": capitals, maybe joined by "at", "of" or "for".
const ROLE_ORG_AFTER = /^,[ \t]+((?:\p{Lu}[\p{L}\p{M}'’&.-]*[ \t]*){1,5}(?:(?:at|of|for)[ \t]+(?:the[ \t]+)?(?:\p{Lu}[\p{L}\p{M}'’&.-]*[ \t]*){1,4})?)(?=[.,;]|$)/u;

// "professors at the University" → "professor at the University".
function singularHead(words: string[]): string[] {
  const one = singularRole(words[0] ?? '');
  return one ? [one, ...words.slice(1)] : words;
}

// Twelve words, and a few more only to finish a name ("… at the University of Maryland School of Medicine").
function cutWords(words: string[]): string[] {
  let end = Math.min(words.length, 12);
  while (end < words.length && end < 18 && /^(?:\p{Lu}|(?:of|the|and|for|at|&)$)/u.test(words[end]!)
    && /^\p{Lu}|^(?:of|the|and|for|at|&)$/u.test(words[end - 1]!)) end++;
  // "a researcher at the … Lab and one of the report's authors": a second role cut short is dropped whole.
  if (end < words.length) {
    const and = words.lastIndexOf('and', end - 1);
    // "… and one of", "… and a co-author": a new phrase, not "medicine and nutrition".
    if (and > 0 && and >= end - 4 && /^(?:one|a|an|the|his|her|its|their|also)$/.test(words[and + 1] ?? '')) end = and;
  }
  return words.slice(0, end);
}

const FINITE = new Set(['is', 'was', 'are', 'were', 'will', 'would', 'can', 'could', 'does', 'did', 'should', 'may', 'might']);
const AUXILIARIES = new Set(['has', 'have', 'had', 'been', 'be', 'must', 'shall', 'do']);

// A person's name starts at words[i]: a given name or capitals, then a surname, then the end of the phrase or a verb
// ("CEO Jack Dorsey has …", "Senator Dino Melaye and …"); "White House press secretary" names a place of work.
function namesSomeone(words: readonly string[], i: number): boolean {
  const w = words[i]!;
  if (!/^\p{Lu}\p{Ll}/u.test(w) || isRoleWord(w)) return false;
  let k = i + 1;
  while (k < words.length && /^(?:de|da|di|du|van|von|del|bin|al|le|la)$/.test(words[k]!)) k++;
  const surname = words[k] ?? '';
  // "…, o técnico Tite declarou que …": one capitalised word, then a verb of saying, is someone else speaking.
  if (k === i + 1 && isSpeechVerb(surname)) return true;
  if (!/^\p{Lu}\p{Ll}/u.test(surname) || isRoleWord(surname) || ORG_HEADS.has(surname)) return false;
  const after = words[k + 1];
  return after === undefined || /^(?:and|or|has|had|have|is|was|were|are|will|would|says|said|[—–-])$/.test(after)
    || (/^\p{Ll}+(?:[^s]s|ed)$/u.test(after) && !isRoleWord(after));
}

// Words a cut-off role must not end on, and another person listed after it ("… of Homeland Security and Alex Azar").
const ABBREVIATED_TITLE = /^(?:Lt|Col|Gen|Sen|Rep|Gov|Dr|Mr|Mrs|Ms|Sgt|Capt|Maj|Adm|Cmdr|Det|Insp|Supt|Prof|Rev|Fr)$/;
const TRAILING = new Set(['and', 'or', 'the', 'a', 'an', 'at', 'of', 'for', 'in', 'on', 'to', 'with', 'from', 'by', 'as']);
function trimRole(words: string[]): string[] {
  let end = words.length;
  // Only at the end: "… Middle East and North Africa at …" goes on after the capitals.
  const n = words.length;
  if (n > 3 && words[n - 3] === 'and' && isFirstName(words[n - 2]!) && /^\p{Lu}/u.test(words[n - 1]!)) end = n - 3;
  // "… aide to Vice President Mike Pence and Lt. Col. Alexander Vindman": the phrase was cut at the abbreviation.
  if (n > 2 && words[n - 2] === 'and' && ABBREVIATED_TITLE.test(words[n - 1]!)) end = n - 2;
  while (end > 0 && TRAILING.has(words[end - 1]!.toLowerCase())) end--;
  return words.slice(0, end);
}

// "X, who leads Y," → "leads Y"; "X, who is the party's leader," → "the party's leader".
function relativeClauseRole(text: string, end: number): string | null {
  // Every pattern below opens on ", who" or German ", der"/", die".
  if (text.charCodeAt(end) !== COMMA || !startsAt(RELATIVE_AT, text, end)) return null;
  const m = /^,\s+who\s+(?:is|was|has been|had been|serves as|served as|works as|worked as)\s+([^,;:.()"“”]{3,100})/u.exec(text.slice(end, end + 140));
  // "who is also considering Bernie Sanders", "who was considered unstable": a role needs a role word.
  if (m) {
    const phrase = m[1]!.trim();
    const words = trimRole(phrase.replace(/^(?:now|also|still)\s+/, '').replace(DETERMINERS, '').split(/\s+/));
    const described = /^(?:(?:now|also|still)\s+)?(?:an?|the|his|her|their)\s/.test(phrase);
    if (described || words.slice(0, 6).some((w) => isRoleWord(w))) return words.join(' ').replace(/^(?:an?|the)\s+/, '');
  }
  // "Gaby Allendorf, die als Sprecherin der Initiative fungiert": German "der/die … als ROLE" and a verb of serving.
  const clause = text.slice(end, end + 160);
  const als = /^,\s+d(?:er|ie)\s/.test(clause) ? SERVES_AS().exec(clause) : null;
  if (als && als[1]!.split(/\s+/).slice(0, 3).some((w) => isRoleWord(w))) return als[1]!.trim();
  const as = /^,\s+who\s+[^,;:()"“”]{0,60}?(?<!\bsuch\s)\bas\s+(?:an?\s+|the\s+)?((?:[^,;:()"“”.\n]|\.(?=\p{L})){3,90})/u.exec(text.slice(end, end + 160));
  if (as && as[1]!.split(/\s+/).slice(0, 3).some((w) => isRoleWord(w))) return as[1]!.trim();
  const r = /^,\s+who\s+((?:advises|advised|leads|led|heads|headed|runs|ran|chairs|chaired|founded|owns|owned|manages|managed|coaches|coached|directs|directed|represents|represented)\s+[^,;:.()"“”]{3,80})/u.exec(text.slice(end, end + 140));
  // "owns a consulting firm and headed out for …": a second verb starts another clause.
  return r ? asNoun(trimRole(r[1]!.trim().replace(/\s+and\s+\p{Ll}+ed\b.*$/u, '').split(/\s+/)).join(' ')) || null : null;
}

// "…, die als Sprecherin der Initiative fungiert": built only once ", der" or ", die" follows a name (lazy).
const SERVES_AS = lazy('de', () => /^,\s+(?:der|die)\s+(?:[^,;:()"“”.]{0,40}?\s)?als\s+((?:[^,;:()"“”.\n]){3,90}?)\s+(?:fungiert|fungierte|tätig\s+ist|tätig\s+war|arbeitet|arbeitete|amtiert|amtierte|dient|diente)(?![\p{L}])/u);

// "heads the Alliance for American Manufacturing" → "head of the Alliance …": the role as a noun phrase.
const VERB_ROLES: Record<string, string> = { heads: 'head of', leads: 'leader of', founded: 'founder of', owns: 'owner of',
  chairs: 'chair of', directs: 'director of', manages: 'manager of', coaches: 'coach of', advises: 'adviser to',
  runs: 'head of' };
function asNoun(phrase: string): string {
  const [verb, ...rest] = phrase.split(' ');
  const noun = VERB_ROLES[verb ?? ''];
  return noun && rest.length > 0 ? `${noun} ${rest.join(' ')}` : phrase;
}

// "Cullen is an integral member of Hori Parata’s whale recovery team"
function copulaRole(text: string, end: number): string | null {
  if (!startsAt(COPULA_AT, text, end)) return null;
  const m = /^\s+(?:is|was)\s+(?:an?|the)\s+((?:[^,;:()"“”.\n]|\.(?=\p{L})){3,90})/u.exec(text.slice(end, end + 120));
  if (!m) return null;
  const words = m[1]!.trim().split(/\s+/).slice(0, 10);
  return words.slice(0, 4).some((w) => isRoleWord(w)) ? words.join(' ') : null;
}

// "o ministro da Defesa, general Paulo Sérgio Nogueira", "the chairman of the Joint Chiefs, Gen. Mark Milley": an
// office named with its article before the comma says more than the one-word rank or title before the name.
function officeBeforeRank(text: string, start: number): string | null {
  const window = text.slice(Math.max(0, start - 120), start);
  if (!/,\s*$/.test(window)) return null;
  const clause = lastClause(withoutAbbreviation(window.replace(/,\s*$/, '')));
  const role = commaRole(clause);
  // "Like his father, Senator …", "Among the protesters, General …": a relative or one of a group is not the office.
  if (!role || isBareKinship(role) || /^one\s+of\s/i.test(role) || endsInPluralRole(role)) return null;
  // "the Joint Chiefs of Staff": capitals alone are a body's name; an office has a role noun in lower case.
  // A noun only WordNet lists must head the phrase ("seasonal overhaul at …" is no office).
  const words = role.split(' ');
  if (!words.some((w, i) => /^\p{Ll}/u.test(w) && isRoleWord(w) && (isListedRole(w) || isHead(words, i)))) return null;
  const at = clause.lastIndexOf(role);
  const before = at > 0 ? clause.slice(0, at).trim().split(/\s+/).pop()!.toLowerCase() : '';
  return ARTICLES.has(before) || /^(?:his|her|its|their|our|son|sa|ses|sein|seine|ihr|ihre|su|sus|seu|sua)$/.test(before) ? role : null;
}

// "com o ministro da Defesa, general Paulo Sérgio Nogueira": a rank or title in lower case right after the comma.
function officeBeforeLowerRank(text: string, start: number): string | null {
  // Most names have no comma in the few words before them: a cheap look first.
  if (text.lastIndexOf(',', start - 1) < start - 40) return null;
  const m = /,[ \t]+(?:(?:le|la|el|o|a|the|der|die)[ \t]+)?(\p{Ll}[\p{L}-]*)[ \t]+$/u.exec(text.slice(Math.max(0, start - 40), start));
  if (!m || !isRoleWord(m[1]!)) return null;
  return officeBeforeRank(text, start - m[0].length + 1);
}

// "o presidente do Supremo Tribunal Federal (STF)", "the Federal Bureau of Investigation (FBI)": an abbreviation in
// brackets after an organisation's name is part of the phrase, not a clause boundary.
function withoutAbbreviation(window: string): string {
  if (!window.endsWith(')')) return window;
  return window.replace(/\s*\(\p{Lu}[\p{Lu}\p{Ll}.&-]{1,11}\)$/u, '');
}

// Words that open what a description says of the person beyond the role: "con", "avec", "with", "laureado con …".
const DESCRIPTION_BREAKS = new Set(['with', 'by', 'con', 'avec', 'mit', 'com', 'por', 'par', 'para', 'pour', 'who',
  'que', 'qui', 'quien', 'which', 'that', 'since', 'desde', 'depuis', 'seit']);

// "El periodista ruso laureado con el último premio Nobel de la Paz, Dmitry Muratov": a description too long to be a
// role keeps its head and the words right after it, up to the first word that goes on to say something else.
function longDescriptionHead(words: readonly string[]): string | null {
  const head = words.slice(0, 3).findIndex((w) => isRoleWord(w));
  if (head < 0) return null;
  const stop = words.findIndex((w, i) => i > head && DESCRIPTION_BREAKS.has(w.toLowerCase()));
  return stop > head && stop <= 6 ? words.slice(0, stop).join(' ') : null;
}

// "Irme Stetter-Karp ist … zur neuen Präsidentin des Zentralkomitees … gewählt worden", "X a été élue présidente de
// …", "X fue elegido presidente del …", "X foi eleito presidente do …": the office someone was elected or named to, in
// German (the office before the participle) and in French, Spanish and Portuguese (after it), as NAMED_TO in English.
const ELECTED_AFTER = /^\s+(?:a\s+été|fut|est|fue|ha\s+sido|será|foi|é|será)\s+(?:élue?|nommée?|désignée?|elegid[oa]|electa?o?|nombrad[oa]|designad[oa]|eleit[oa]|nomead[oa]|escolhid[oa])\s+(?:comme\s+|como\s+)?/u;
const ELECTED_BEFORE = /^\s+(?:ist|wurde|war)\s+(?:[^.;!?"“”„]{0,60}?\s)?(?:zur|zum)\s+([^.;!?"“”„,]{3,90}?)\s+(?:gewählt|ernannt|bestimmt|berufen|bestellt)(?![\p{L}])/u;
const ELECTED_VERB = /^\s+(?:ist|wurde|war|a\s+été|fut|est|fue|ha\s+sido|será|foi|é)\s/u;
function electedRole(text: string, end: number): string | null {
  // Most names are followed by no such verb: a cheap look at the next few characters first.
  if (!ELECTED_VERB.test(text.slice(end, end + 14))) return null;
  const after = sentenceRest(text, end, 220);
  const before = ELECTED_BEFORE.exec(after);
  // "zur neuen Präsidentin": a declined adjective belongs to the sentence, not the office.
  if (before) return officePhrase(before[1]!.split(/\s+/).filter(Boolean).filter((w, i) => i > 0 || !/^\p{Ll}+(?:en|er|em)$/u.test(w) || isRoleWord(w)));
  const elected = ELECTED_AFTER.exec(after);
  return elected ? officePhrase(after.slice(elected[0].length).split(/[,;:()"“”«»]/)[0]!.split(/\s+/).filter(Boolean).slice(0, 10)) : null;
}

// A role noun among the first words (after an article), then what it is of as far as roleTail accepts it.
function officePhrase(words: string[]): string | null {
  const from = words.length > 0 && ARTICLES.has(words[0]!.toLowerCase()) ? 1 : 0;
  // "zum Vorsitzenden": a German role noun declined after "zum" (printed as its nominative by findRole).
  const head = words.findIndex((w, i) => i >= from && i <= from + 1 && (isRoleWord(w) || (/^\p{Lu}.*n$/u.test(w) && (isRoleWord(w.slice(0, -1)) || isRoleWord(w.replace(/en$/, ''))))));
  if (head < 0) return null;
  // "… del Consejo Nacional el martes": an article right after a name opens another phrase.
  const next = words.findIndex((w, i) => i > head + 1 && /^(?:el|la|le|les|los|las|o|a|os|as|the|un|una|um|uma)$/.test(w) && /^\p{Lu}/u.test(words[i - 1]!));
  if (next > 0) words = words.slice(0, next);
  for (let k = words.length; k > head + 1; k--) if (roleTail(words.slice(head + 1, k))) return words.slice(from, k).join(' ');
  return words.slice(from, head + 1).join(' ');
}
