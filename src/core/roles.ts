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
    ?? relativeClauseRole(text, mention.end);
}

function titleRole(text: string, m: NameMention): string | null {
  if (!m.title || m.honorific === m.title) return null;
  let title = m.title.replace(/\s+(?:Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Sir|Dame)$/, '');
  // Lower-case words that belong to the title: "former President", "Vice-president elect".
  const before = lowerRolePrefix(text, m.titleStart);
  if (before) title = `${before} ${title}`;
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
  const words = lastClause(window).split(/\s+/).filter(Boolean);
  if (words.length === 0 || !isRoleWord(words[words.length - 1]!)) return null;
  const kept: string[] = [];
  for (let i = words.length - 1; i >= 0 && kept.length < 7; i--) {
    const w = words[i]!;
    const lw = w.toLowerCase();
    const joinsRoles = lw === 'and' && kept.length > 0 && i > 0 && isRoleWord(words[i - 1]!);
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

function commaRole(clause: string): string | null {
  const det = /(?:^|\s)(?:the|a|an)\s+(.+)$/i.exec(clause);
  const phrase = det ? det[1]! : clause;
  const words = phrase.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 8 || !isRoleWord(words[words.length - 1]!)) return null;
  if (!det && (words.length > 4 || !/^\p{Lu}/u.test(phrase))) return null;
  return phrase;
}

function isRoleWord(w: string): boolean {
  const clean = w.replace(/[’']s$/, '');
  return ROLE_NOUNS.has(clean.toLowerCase()) || TITLE_WORDS.has(clean);
}

// "Robert Fico, the Slovak prime minister," / "Eric Reeves, a senior fellow at …,"
function appositiveRole(text: string, end: number): string | null {
  const after = text.slice(end, end + 160);
  const m = /^,\s+((?:the|a|an)\s+)?([^,;:()"“”.]{3,120}?)(?=[,;:.)]|\s+(?:said|says|told|who|which)\b|$)/u.exec(after);
  if (!m) return null;
  const phrase = m[2]!.trim();
  const words = phrase.split(/\s+/);
  const first = words[0]!.toLowerCase();
  if (['who', 'which', 'he', 'she', 'they', 'and', 'but', 'said', 'says', 'according', 'told', 'as', 'in', 'on', 'at',
    'while', 'when', 'after', 'before', 'is', 'was', 'has', 'had', 'it', 'we', 'i'].includes(first)) return null;
  if (/^\d/.test(first) || words.length > 14) return null;
  // The phrase must name a role: a role noun somewhere in it ("senior fellow at …", "Sudan's president").
  if (!words.some((w) => isRoleWord(w))) return null;
  return phrase;
}

// "X, who leads Y," → "leads Y"; "X, who is the party's leader," → "the party's leader".
function relativeClauseRole(text: string, end: number): string | null {
  const m = /^,\s+who\s+(?:is|was|has been|had been|serves as|served as|works as|worked as)\s+([^,;:.()"“”]{3,100})/u.exec(text.slice(end, end + 140));
  if (m) return m[1]!.trim().replace(DETERMINERS, '');
  const r = /^,\s+who\s+((?:leads|led|heads|headed|runs|ran|chairs|chaired|founded|owns|owned|manages|managed|coaches|coached|directs|directed|represents|represented)\s+[^,;:.()"“”]{3,80})/u.exec(text.slice(end, end + 140));
  return r ? r[1]!.trim() : null;
}
