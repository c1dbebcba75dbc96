// The role the article gives a person, in its own words: a title before the name, an appositive, a relative clause.
import type { NameMention } from './names.ts';
import { ROLE_NOUNS, TITLE_WORDS, SPEECH_VERBS, NOT_NAME_WORDS, DEMONYMS } from './entity-words.ts';

// Lower-case modifiers kept in front of a title ("former President Joe Biden").
const TITLE_MODIFIERS = new Set(['former', 'ex', 'then', 'acting', 'interim', 'late', 'outgoing', 'incoming',
  'deputy', 'assistant', 'associate', 'senior', 'junior', 'chief', 'sacked', 'new', 'current', 'elected', 'newly']);

// Words that end a backward scan for a role before a name: verbs, prepositions, conjunctions and the like.
const ROLE_STOPS = new Set(['and', 'or', 'but', 'with', 'by', 'to', 'from', 'in', 'on', 'at', 'as', 'for', 'that',
  'which', 'who', 'when', 'while', 'after', 'before', 'since', 'than', 'like', 'about', 'against', 'between', 'is',
  'was', 'are', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'could', 'should', 'did', 'does', 'do',
  'met', 'told', 'asked', 'called', 'joined', 'named', 'says', 'said', 'according', 'where', 'if', 'because', 'not',
  'also', 'then', 'so', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'these', 'those', 'under', 'over',
  'into', 'during', 'via', 'how', 'what', 'why', 'whom', 'whose', 'of']);

const DETERMINERS = /^(?:the|a|an)\s+/i;

/**
 * The role a mention's context gives the person, or null.
 * Example: for "Robert Fico" in "Robert Fico, the Slovak prime minister, said", `findRole` gives "Slovak prime minister".
 */
export function findRole(text: string, mention: NameMention): string | null {
  return titleRole(text, mention) ?? appositiveRole(text, mention.end) ?? roleBefore(text, mention.titleStart)
    ?? relativeClauseRole(text, mention.end) ?? copulaRole(text, mention.end);
}

function titleRole(text: string, m: NameMention): string | null {
  if (!m.title || m.honorific === m.title) return null;
  let title = m.title.replace(/\s+(?:Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Sir|Dame)$/, '');
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
function roleBefore(text: string, start: number): string | null {
  const window = text.slice(Math.max(0, start - 120), start);
  if (/,\s*$/.test(window)) return commaRole(lastClause(window.replace(/,\s*$/, '')));
  if (!/\s$/.test(window)) return null;
  return scanRoleBackwards(lastClause(window).split(/\s+/).filter(Boolean));
}

// From a role noun at the end, back over its modifiers: "Snopes fact checker and staff writer".
function scanRoleBackwards(words: string[]): string | null {
  if (words.length === 0 || !isRoleWord(words[words.length - 1]!)) return null;
  const kept: string[] = [];
  for (let i = words.length - 1; i >= 0 && kept.length < 7; i--) {
    const w = words[i]!;
    const lw = w.toLowerCase();
    const joinsRoles = lw === 'and' && kept.length > 0 && i > 0 && /^\p{Ll}/u.test(words[i - 1]!) && !ROLE_STOPS.has(words[i - 1]!);
    if (ROLE_STOPS.has(lw) && !joinsRoles) break;
    if (SPEECH_VERBS.has(lw) || /^\d/.test(w) || lw === 'the' || lw === 'a' || lw === 'an') break;
    if (/^\p{Lu}/u.test(w) && NOT_NAME_WORDS.has(w) && !DEMONYMS.has(w) && !TITLE_WORDS.has(w)) break;
    kept.unshift(w);
  }
  return kept.length ? kept.join(' ') : null;
}

// The text after the last punctuation mark: the clause a role phrase must fit in.
function lastClause(window: string): string {
  const m = /[^,.;:()"“”\n]*$/u.exec(window);
  return (m ? m[0] : '').trim();
}

// "the Slovak prime minister, Robert Fico", "WeWork’s founder and former CEO, Adam Neumann", "The son of …, Fritz …".
function commaRole(clause: string): string | null {
  const scanned = scanRoleBackwards(clause.split(/\s+/).filter(Boolean));
  if (scanned) return scanned;
  // A determiner-led description of a few words with a role noun in it.
  for (const det of clause.matchAll(/(?:^|\s)(?:the|a|an)\s+/gi)) {
    const phrase = clause.slice(det.index + det[0].length);
    const words = phrase.split(/\s+/).filter(Boolean);
    if (words.length > 0 && words.length <= 8 && words.slice(0, 3).some((w) => isRoleWord(w))) return phrase;
  }
  return null;
}

function isRoleWord(w: string): boolean {
  const clean = w.replace(/[’']s$/, '');
  const lower = clean.toLowerCase();
  return ROLE_NOUNS.has(lower) || TITLE_WORDS.has(clean) || (lower.endsWith('s') && ROLE_NOUNS.has(lower.slice(0, -1)));
}

// "Robert Fico, the Slovak prime minister," / "Eric Reeves, a senior fellow at …,"
function appositiveRole(text: string, end: number): string | null {
  const after = text.slice(end, end + 200);
  const m = /^,\s+((?:the|a|an)\s+)?((?:[^,;:()"“”.\n]|\.(?=\p{L}))+)/u.exec(after);
  if (!m) return null;
  const words = m[2]!.split(/\s+(?:said|says|told|who|which)\b/)[0]!.trim().split(/\s+/).slice(0, 12);
  const phrase = words.join(' ');
  const first = words[0]!.toLowerCase();
  if (['who', 'which', 'he', 'she', 'they', 'and', 'but', 'said', 'says', 'according', 'told', 'as', 'in', 'on', 'at',
    'while', 'when', 'after', 'before', 'is', 'was', 'has', 'had', 'it', 'we', 'i'].includes(first)) return null;
  if (/^\d/.test(first) || (/ed$/.test(first) && !isRoleWord(first))) return null;
  // The phrase must name a role: a role noun somewhere in it ("senior fellow at …", "Sudan's president").
  if (!words.some((w) => isRoleWord(w))) return null;
  return phrase;
}

// "X, who leads Y," → "leads Y"; "X, who is the party's leader," → "the party's leader".
function relativeClauseRole(text: string, end: number): string | null {
  const m = /^,\s+who\s+(?:is|was|has been|had been|serves as|served as|works as|worked as)\s+([^,;:.()"“”]{3,100})/u.exec(text.slice(end, end + 140));
  if (m) return m[1]!.trim().replace(DETERMINERS, '');
  const as = /^,\s+who\s+[^,;:()"“”]{0,60}?\bas\s+(?:an?\s+|the\s+)?((?:[^,;:()"“”.\n]|\.(?=\p{L})){3,90})/u.exec(text.slice(end, end + 160));
  if (as && as[1]!.split(/\s+/).slice(0, 3).some((w) => isRoleWord(w))) return as[1]!.trim();
  const r = /^,\s+who\s+((?:advises|advised|leads|led|heads|headed|runs|ran|chairs|chaired|founded|owns|owned|manages|managed|coaches|coached|directs|directed|represents|represented)\s+[^,;:.()"“”]{3,80})/u.exec(text.slice(end, end + 140));
  return r ? r[1]!.trim() : null;
}

// "Cullen is an integral member of Hori Parata’s whale recovery team"
function copulaRole(text: string, end: number): string | null {
  const m = /^\s+(?:is|was)\s+(?:an?|the)\s+((?:[^,;:()"“”.\n]|\.(?=\p{L})){3,90})/u.exec(text.slice(end, end + 120));
  if (!m) return null;
  const words = m[1]!.trim().split(/\s+/).slice(0, 10);
  return words.slice(0, 4).some((w) => isRoleWord(w)) ? words.join(' ') : null;
}
