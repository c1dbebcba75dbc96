// Who said each quote (issue 3): "X said", "said X", "according to X", colon introductions, interrupted quotes,
// quotes continuing a speaker's paragraph, pronouns by gender, epithets ("the president"), descriptions and
// organisations. Works on the words around each quote's marks, clause by clause; no parser.
import type { SpeakerKind } from '../types.ts';
import type { TextDoc } from '../text/index.ts';
import type { Entities, OrganizationEntity, PersonEntity } from '../people/index.ts';
import { inferGenders, pronounGender, type Gender } from '../people/index.ts';
import type { QuoteSpan } from './quote-spans.ts';
import { countBelow, execAll, wholeWordStarts } from '../text/index.ts';
import { sentenceStartBefore, sentenceEndAfter, isTeaser } from './quote-spans.ts';
import { NameIndex, nameRuns, isRoleWord, isPlausibleName } from './speaker-names.ts';
import { isCommonNoun } from './common-nouns.ts';
import { isGerman, isReportedSpeech } from './reported-speech.ts';
import { documentIssuer, documentNamedBefore, documentNoun, issuerInPhrase, lawOfPart, studySubject } from './document-issuers.ts';
import { BodyNames } from './body-names.ts';
import { isBareStatement, isImpersonalAfter, statementIssuerBefore } from './impersonal-sources.ts';
import { complementHolder, complementIndex } from './role-complements.ts';
import { isSpeechVerb, isLooseSpeechVerb, other, PLACES, isFirstName, isPersonNoun, isForeignPersonNoun } from '../lexicon/index.ts';

// Auxiliaries that can stand between a closing mark and its verb of saying ("a déclaré", "ha dicho", "has said").
const AUXILIARIES = new Set(['a', 'ont', 'avait', 'ha', 'han', 'había', 'tem', 'tinha', 'has', 'had']);

export interface Attribution {
  speaker: string | null;
  speakerKind: SpeakerKind | null;
}

interface Resolved extends Attribution { person: PersonEntity | null }

interface Token { text: string; lower: string; start: number }

// Initials and abbreviations keep their period ("U.S.", "M.", "Mr."): it does not end the phrase.
const TOKEN = /(?:\p{L}\.){2,}|\p{Lu}\p{L}{0,4}\.(?=,|\s+\p{Ll})|[\p{L}\p{N}][\p{L}\p{N}'’.&-]*\.(?=\))|\p{Lu}\.(?=\s)|(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|St|Jr|Sr|Rev|Prof|Hon|Supt|Insp|Det)\.|[\p{L}\p{N}][\p{L}\p{N}'’.&-]*[\p{L}\p{N}]|[\p{L}\p{N}]|[,;:.!?—–―()-]/gu;

function tokenize(text: string, offset: number): Token[] {
  const out: Token[] = [];
  // execAll, not matchAll: this pattern of Unicode classes, cloned and compiled again on each call after a garbage
  // collection, cost the speaker pass most of its time on a fresh page (text/exec-all.ts).
  for (const m of execAll(TOKEN, text)) out.push({ text: m[0], lower: m[0].toLowerCase(), start: offset + m.index });
  return out;
}

const PUNCT = new Set([',', ';', ':', '.', '!', '?', '—', '–', '―', '(', ')']);
const DASHES = new Set(['—', '–', '―', '-']);
const SENTENCE_PUNCT = new Set(['.', '!', '?']);
// Words that end a speaker phrase after "said": `said Smith on Tuesday`, `said Smith, who…`.
const NP_STOP = new Set([
  'on', 'in', 'at', 'during', 'after', 'before', 'when', 'while', 'as', 'who', 'which', 'that', 'last', 'this',
  'yesterday', 'today', 'tonight', 'earlier', 'later', 'told', 'adding', 'according', 'because', 'but', 'and', 'to',
  'about', 'via', 'through', 'than', 'if', 'since', 'until', 'recently', 'previously', 'also', 'then', 'in',
  ...other.PHRASE_STOPS,
]);
// Adverbs and auxiliaries between a subject and its verb: `he later said`, `Smith has also said`.
const BETWEEN = new Set([
  'also', 'later', 'then', 'once', 'previously', 'recently', 'further', 'again', 'often', 'always', 'never', 'has',
  'had', 'have', 'would', 'will', 'could', 'might', 'did', 'does', 'do', 'was', 'is', 'were', 'just', 'still', 'even',
  'only', 'first', 'not', 'already', 'soon', 'since', 'instead',
]);
const LEADING = new Set(['but', 'and', 'however', 'so', 'yet', 'meanwhile', 'still', 'now', 'then', 'also', 'instead', 'indeed', 'thus', 'or']);
// A speaker phrase never starts with these: `… but insisted`, `… to hold up, Indyk said`.
const FUNCTION_START = new Set(['but', 'and', 'or', 'to', 'for', 'in', 'on', 'at', 'of', 'with', 'by', 'from', 'that',
  'which', 'as', 'because', 'if', 'while', 'when', 'before', 'after', 'so', 'than', 'about', 'into', 'over', 'then',
  'including']);
const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'this', 'that', 'one', 'another', ...other.DETERMINERS]);
const PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'it', 'you']);
// Third-person subject pronouns of one gender in German, French, Spanish and Portuguese ("sie" is also "they").
const OTHER_PRONOUN_GENDERS = new Map<string, Gender>([['er', 'male'], ['il', 'male'], ['él', 'male'], ['ele', 'male'],
  ['elle', 'female'], ['ella', 'female'], ['ela', 'female'], ['sie', 'female']]);
// Head nouns of speakers that are organisations, not people.
const ORG_HEADS = new Set([
  'ministry', 'department', 'government', 'police', 'company', 'firm', 'agency', 'office', 'council', 'committee',
  'campaign', 'club', 'court', 'union', 'party', 'administration', 'commission', 'bank', 'board', 'organization',
  'organisation', 'association', 'institute', 'university', 'newspaper', 'daily', 'paper', 'network', 'group',
  'service', 'authority', 'authorities', 'force', 'army', 'military', 'foundation', 'team', 'corporation', 'inc',
  'corp', 'ltd', 'post', 'times', 'journal', 'news', 'press', 'embassy', 'kremlin', 'pentagon', 'parliament',
  'congress', 'senate', 'cabinet', 'school', 'college', 'hospital', 'league', 'federation', 'coalition', 'alliance',
  'fund', 'trust', 'charity', 'centre', 'center', 'station', 'magazine', 'website', 'broadcaster', 'channel',
  'studio', 'statement', 'prosecutors', 'officials', 'ministries', 'companies', 'firms', ...other.ORG_HEAD_NOUNS,
]);

/** A speaker phrase: its nearest clause part first, then appositives or earlier parts (`Smith, a spokesman, said`). */
interface Phrase { segments: Token[][] }

function joinTokens(tokens: readonly Token[]): string {
  return tokens.map((t) => t.text).join(' ').replace(/\s+([,’'])/g, '$1').replace(/ ’s\b/g, '’s').trim();
}

/** After a determiner, a possessive, a gerund or a preposition, a verb-looking word is a noun. */
function isNounPosition(prev: Token | undefined, word?: Token): boolean {
  if (!prev) return false;
  // "the United States", "Federal Reports": a capitalised plural after a capitalised word is part of a name.
  if (word && /^\p{Lu}\p{Ll}+s$/u.test(word.text) && /^\p{Lu}/u.test(prev.text) && !DETERMINERS.has(prev.lower)) return true;
  // "the New York State Attorney General", "Washington Post": a capitalised bare verb after a capitalised word is in a
  // name (but "Hillary Clinton Said" in a title-case heading is a verb).
  if (word && /^\p{Lu}\p{Ll}+$/u.test(word.text) && !/(?:d|s|ing)$/.test(word.lower) && !['told', 'wrote', 'went', 'began', 'sang', 'shot'].includes(word.lower)
    && /^\p{Lu}\p{Ll}/u.test(prev.text) && !DETERMINERS.has(prev.lower) && !PRONOUNS.has(prev.lower)) return true;
  // "in all states", "both sides": after a quantifier or a number the word is a noun.
  if (QUANTIFIERS.has(prev.lower) || /^\d/.test(prev.text)) return true;
  return DETERMINERS.has(prev.lower) || /[’']s$/.test(prev.lower) || (/ing$/.test(prev.lower) && prev.lower.length > 5)
    || ['of', 'for', 'with', 'from', 'about', 'without', 'into'].includes(prev.lower);
}

function isAdverb(t: Token): boolean {
  return BETWEEN.has(t.lower) || (/^\p{Ll}+ly$/u.test(t.text) && t.lower !== 'only');
}

function splitSegments(tokens: Token[]): Token[][] {
  const out: Token[][] = [[]];
  for (const t of tokens) {
    if (PUNCT.has(t.text)) { if (out.at(-1)!.length) out.push([]); continue; }
    out.at(-1)!.push(t);
  }
  return out.filter((s) => s.length > 0);
}

/** How many capitalised words follow one another from k: titles and a name ("Lead Planner Erica Vanco" is 4). */
function capitalisedRun(tokens: readonly Token[], k: number): number {
  let n = 0;
  while (k + n < tokens.length && /^\p{Lu}/u.test(tokens[k + n]!.text) && !PRONOUNS.has(tokens[k + n]!.lower)) n++;
  return n;
}

function collectForward(tokens: Token[], from: number): Phrase | null {
  const np: Token[] = [];
  let i = from;
  // "WHO" is an acronym, not the relative pronoun.
  const stop = (t: Token) => NP_STOP.has(t.lower) && !/^\p{Lu}{2,}$/u.test(t.text);
  while (i < tokens.length && stop(tokens[i]!)) i++;
  for (; i < tokens.length && np.length < 12; i++) {
    const t = tokens[i]!;
    // "says Estera Events Co-Owner and Lead Planner Erica Vanco": "and" between two capitalised titles joins them.
    const joinsTitles = t.lower === 'and' && np.length > 0 && /^\p{Lu}/u.test(np.at(-1)!.text) && capitalisedRun(tokens, i + 1) >= 3;
    if (SENTENCE_PUNCT.has(t.text) || t.text === ';' || (stop(t) && !joinsTitles)) break;
    np.push(t);
  }
  const segments = splitSegments(np);
  return segments.length ? { segments } : null;
}

/** The speaker phrase after a quote: `, said Smith.` / `, Smith said.` / `, according to Smith.` / `by Smith`. */
function phraseAfter(tokens: Token[], quoteEndsClause: boolean, quoteEndsSentence: boolean, german = false): Phrase | null {
  let i = 0;
  while (i < tokens.length && PUNCT.has(tokens[i]!.text) && !SENTENCE_PUNCT.has(tokens[i]!.text)) i++;
  if (i >= tokens.length || SENTENCE_PUNCT.has(tokens[i]!.text)) return null;
  const leadingPunct = i > 0 || quoteEndsClause;
  // A signature after a dash: `” ― Sonya Herridge`.
  if (i > 0 && DASHES.has(tokens[i - 1]!.text)) {
    const rest = tokens.slice(i).filter((t) => !SENTENCE_PUNCT.has(t.text));
    if (rest.length <= 6 && /^\p{Lu}/u.test(rest[0]?.text ?? '') && !rest.some((t) => isLooseSpeechVerb(t.text))) return { segments: splitSegments(rest) };
  }
  // `” he said, according to the Intelligencer`: the verb's subject speaks, the source only reports it.
  for (let k = i; k + 1 < tokens.length && !SENTENCE_PUNCT.has(tokens[k]!.text) && !isSpeechVerb(tokens[k]!.text); k++) {
    const intro = sourceIntro(tokens, k);
    if (intro > 0) return collectForward(tokens, afterListener(tokens, k + intro));
  }
  let first = tokens[i]!;
  if (first.lower === 'by') return collectForward(tokens, i + 1);
  // German `“…“, so Machtlinger.`, `“…“, so ein Sprecher.`: "so" stands for a verb of saying.
  // Also after the rest of the writer's clause: `“…“ sehr gut, so Machtlinger.`
  if (german) {
    for (let k = i; k + 1 < tokens.length && !SENTENCE_PUNCT.has(tokens[k]!.text); k++) {
      const opens = k === i ? i > 0 : tokens[k - 1]!.text === ',';
      if (opens && tokens[k]!.lower === 'so' && /^(?:\p{Lu}|der$|die$|ein$|eine$)/u.test(tokens[k + 1]!.text)) return collectForward(tokens, k + 1);
    }
  }
  // "sagten sie": a plural "sie" is no one person.
  if (german && isLooseSpeechVerb(first.text) && /en$/.test(first.lower) && tokens[i + 1]?.lower === 'sie') return null;
  if (isLooseSpeechVerb(first.text)) return collectForward(tokens, i + 1);
  // French, Spanish and Portuguese put an auxiliary before the verb: `», a déclaré Élisabeth Borne`.
  if (AUXILIARIES.has(first.lower) && i + 1 < tokens.length && isSpeechVerb(tokens[i + 1]!.text)) return collectForward(tokens, i + 2);
  // `,” as Van Jackson, a professor, put it`.
  const asClause = first.lower === 'as' && i + 1 < tokens.length;
  if (asClause) first = tokens[++i]!;
  // After a quote that ends its sentence, the next words start a new one unless the verb comes at once (`.” he said`).
  const reach = quoteEndsSentence && /^\p{Lu}/u.test(first.text) && !PRONOUNS.has(first.lower) ? 4 : 32;
  for (let v = i + 1; v < Math.min(tokens.length, i + reach); v++) {
    const t = tokens[v]!;
    if (SENTENCE_PUNCT.has(t.text)) break;
    if (!(isSpeechVerb(t.text) || (isLooseSpeechVerb(t.text) && (v - i <= 3 || asClause)))) continue;
    if (isNounPosition(tokens[v - 1], tokens[v])) continue;
    // "the trends report stated", "the post read": a loose verb right before a verb of saying is its subject's noun.
    if (!isSpeechVerb(t.text) && v + 1 < tokens.length && isLooseSpeechVerb(tokens[v + 1]!.text)) continue;
    let np = tokens.slice(i, v);
    while (np.length && isAdverb(np.at(-1)!)) np.pop();
    // `” to hold up on their plans, Indyk said`: the quote ran into the writer's words; the subject follows the comma.
    if (!leadingPunct) {
      const comma = np.findLastIndex((x) => PUNCT.has(x.text));
      if (comma >= 0) np = np.slice(comma + 1);
      // `” with the most prominent tech brands, said Jan Liphardt`: the verb comes first, the speaker after it.
      if (comma >= 0 && np.length === 0 && /^\p{Lu}/u.test(tokens[v + 1]?.text ?? '') && !PRONOUNS.has(tokens[v + 1]!.lower)) return collectForward(tokens, v + 1);
    }
    const segments = splitSegments(np);
    // `” in either sex, it should be modified, says Fontana.`: the writer's clause runs on to an inverted attribution.
    const inverted = tokens[v - 1]?.text === ',' && /^\p{Lu}/u.test(tokens[v + 1]?.text ?? '') && !PRONOUNS.has(tokens[v + 1]!.lower);
    if (segments.length === 0 || FUNCTION_START.has(segments[0]![0]!.lower) || segments[0]!.length > 9) return inverted ? collectForward(tokens, v + 1) : null;
    return { segments };
  }
  return null;
}

/** What the German word-order rule reads: the whole text, for telling nouns from names. */
interface GermanText { text: string }

/**
 * Whether a German verb of saying at v has its subject right after it: the clause opens with an adverbial (a function
 * word, or a word only ever capitalised at sentence starts), and the next word is "er", "sie" after a singular verb, or
 * a capitalised word that is no common noun.
 */
function subjectAfterVerb(tokens: readonly Token[], v: number, german: GermanText): boolean {
  const next = tokens[v + 1]!;
  let start = v;
  while (start > 0 && !PUNCT.has(tokens[start - 1]!.text)) start--;
  if (start === v) return false;
  const opener = tokens[start]!;
  const adverbial = (other.isFunctionWord(opener.text) && !DETERMINERS.has(opener.lower) && !PRONOUNS.has(opener.lower)
    && !OTHER_PRONOUN_GENDERS.has(opener.lower)) || other.isSentenceInitialWord(german.text, opener.text);
  if (!adverbial) return false;
  if (next.lower === 'er') return true;
  if (next.lower === 'sie') return !/en$/.test(tokens[v]!.lower);
  return /^\p{Lu}\p{Ll}/u.test(next.text) && !isCommonNoun(german.text, next.text) && !other.isFunctionWord(next.text);
}

/**
 * How many tokens at k introduce a source, or 0: "according to" (2), "in the words of the patient" (4), and
 * "según X", "selon X" (1), where one word does what "according to" does.
 */
function sourceIntro(tokens: readonly Token[], k: number): number {
  const word = (n: number) => tokens[k + n]?.lower;
  if (word(0) === 'according' && word(1) === 'to') return 2;
  if (word(0) === 'in' && word(1) === 'the' && word(2) === 'words' && word(3) === 'of') return 4;
  return other.isAccordingWord(tokens[k]!.lower, tokens[k - 1]?.lower) ? 1 : 0;
}

/**
 * Whether the words after a quote name a source that said it, before the sentence ends: ", según dijeron a El País
 * dos fuentes". A bare ", according to two officials" may only report who said it before, so it does not count.
 */
function namesSourceAfter(tokens: readonly Token[]): boolean {
  for (let k = 0; k < tokens.length && !SENTENCE_PUNCT.has(tokens[k]!.text); k++) {
    const intro = tokens[k - 1]?.text === ',' ? sourceIntro(tokens, k) : 0;
    if (intro > 0 && isSpeechVerb(tokens[k + intro]?.text ?? '')) return true;
  }
  return false;
}

/**
 * Where the source starts after "según" / "selon" / "segundo" when a verb of saying and its listener come first:
 * "según dijeron a El País dos fuentes ministeriales", "selon a déclaré à l’AFP un porte-parole" (issue 15). The
 * listener is "a"/"à"/"ao" and a capitalised name, or an elided article and a name. Otherwise `k` itself.
 */
function afterListener(tokens: readonly Token[], k: number): number {
  if (!tokens[k] || !isSpeechVerb(tokens[k]!.text)) return k;
  let j = k + 1;
  if (!['a', 'à', 'ao', 'al'].includes(tokens[j]?.lower ?? '') && !/^l[’']\p{Lu}/u.test(tokens[j]?.text ?? '')) return k;
  if (/^l[’']/u.test(tokens[j]!.text)) j++;
  else {
    j++;
    if (/^l[’']\p{Lu}/u.test(tokens[j]?.text ?? '')) j++;
    else {
      if (other.DEFINITE_ARTICLES.has(tokens[j]?.lower ?? '')) j++;
      if (!/^\p{Lu}/u.test(tokens[j]?.text ?? '')) return k;
      while (j < tokens.length && /^\p{Lu}/u.test(tokens[j]!.text)) j++;
    }
  }
  return j;
}

/** The speaker phrase before a quote: `Smith said: “`, `According to Smith, “`, `Smith warned of “`. */
function phraseBefore(tokens: Token[], loose: boolean, german: GermanText | null = null): Phrase | 'continued' | null {
  // "in Cairo’s words, a “world of ideas”", "in her own words": the owner of the words speaks.
  for (let i = 0; i + 2 < tokens.length; i++) {
    const owner = tokens[i + 1]!;
    const words = tokens[i + 2]!.lower === 'own' ? tokens[i + 3] : tokens[i + 2];
    if (tokens[i]!.lower !== 'in' || words?.lower !== 'words' || !/^\p{Lu}\p{L}*[’']s$/u.test(owner.text)) continue;
    const name = owner.text.slice(0, -2);
    return { segments: [[{ text: name, lower: name.toLowerCase(), start: owner.start }]] };
  }
  // "Pour la toxicologue, « … »", "Para el ministro, “…”", "For Levin, “…”": a view given right before the quote.
  if (tokens.length >= 3 && tokens.length <= 8 && other.VIEW_WORDS.has(tokens[0]!.lower) && tokens.at(-1)!.text === ','
    && tokens.slice(1, -1).every((t) => !PUNCT.has(t.text)) && (DETERMINERS.has(tokens[1]!.lower) || /^\p{Lu}/u.test(tokens[1]!.text))) {
    return { segments: [tokens.slice(1, -1)] };
  }
  for (let i = 0; i + 1 < tokens.length; i++) {
    const intro = sourceIntro(tokens, i);
    if (intro === 0) continue;
    // "According to AFP, one user on Weibo posted: “…”": a later verb of saying has its own subject.
    const comma = tokens.findIndex((t, k) => k > i && t.text === ',');
    if (comma > 0 && tokens.slice(comma + 1).some((t, k, rest) => (isSpeechVerb(t.text) || (loose && isLooseSpeechVerb(t.text))) && k > 0
      && !isNounPosition(rest[k - 1], t))) break;
    const np = collectForward(tokens, i + intro);
    if (np) return np;
  }
  for (let v = tokens.length - 1; v >= 0; v--) {
    const t = tokens[v]!;
    // "has pointed out", "went on": a loose verb with its particle says something.
    const withParticle = isLooseSpeechVerb(t.text) && ['out', 'on'].includes(tokens[v + 1]?.lower ?? '');
    if (!(isSpeechVerb(t.text) || withParticle || (loose && isLooseSpeechVerb(t.text)))) continue;
    // "the fish counter", "the editor's note", "showering praise": a noun, not a verb. But French "a déclaré", "a dit"
    // is an auxiliary before a participle, not an article.
    const frenchPerfect = tokens[v - 1]?.lower === 'a' && /(?:é|it|is)$/.test(t.lower);
    if (!frenchPerfect && isNounPosition(tokens[v - 1], tokens[v])) continue;
    if (t.lower === 'say' && tokens[v - 1]?.lower === 'to' && tokens[v - 2]?.lower === 'if') return null;
    // "That being said,", "Having said that,": a sentence adverb, not an attribution.
    if (t.lower === 'said' && ['being', 'having'].includes(tokens[v - 1]?.lower ?? '')) continue;
    // "which tried to rally support by saying that …": a gerund after a preposition has the clause's subject.
    if (/ing$/.test(t.lower) && GERUND_PREPOSITIONS.has(tokens[v - 1]?.lower ?? '')) return 'continued';
    // `…, said Bart Naylor, a policy advocate.`: the speaker follows the verb.
    const next = tokens[v + 1];
    // German puts the verb second: after an adverbial the subject follows it ("Zugleich mahnte sie: „…“", "In ihrer
    // Rede nannte Stetter-Karp den Prozess „…“").
    if (german && next && subjectAfterVerb(tokens, v, german)) return { segments: [[next]] };
    // `…, telling Cook, “…”`: after tell, ask or urge comes the listener, not the speaker.
    if (next && tokens[v - 1]?.text === ',' && !ADDRESSEE_VERBS.test(t.lower) && /^\p{Lu}/u.test(next.text) && !PRONOUNS.has(next.lower) && !NP_STOP.has(next.lower)
      && !FUNCTION_START.has(next.lower)) {
      const np = collectForward(tokens, v + 1);
      if (np) return np;
    }
    let k = v - 1;
    // "La ministre, dont …, a déclaré": an auxiliary stands between the subject and its verb like an adverb.
    while (k >= 0 && (isAdverb(tokens[k]!) || (AUXILIARIES.has(tokens[k]!.lower) && tokens[k]!.lower !== 'a') || (tokens[k]!.text === 'a' && tokens[k - 1]?.text === ','))) k--;
    let segments = splitSegments(tokens.slice(0, k + 1)).reverse().slice(0, 3);
    // "Prince Andrew, the younger brother of heir to the throne, Charles, has told": a name closing an appositive
    // belongs to the appositive; the subject opens the clause.
    if (tokens[k]?.text === ',' && segments.length === 3 && ['the', 'a', 'an'].includes(segments[1]![0]!.lower)
      && segments[0]!.every((x) => /^\p{Lu}/u.test(x.text)) && /^\p{Lu}/u.test(segments[2]![0]!.text)) segments = segments.slice(1);
    // "El periodista ruso, cuyo periódico Novaya Gazeta …, advirtió", "Smith, whose lawyer met Jones, said": a relative
    // clause between the subject and its verb describes the subject, and names in it are not the speaker.
    if (tokens[k]?.text === ',' && segments.length > 1 && RELATIVE_OPENERS.has(segments[0]![0]!.lower)) segments = segments.slice(1);
    // `The victim's mother testified, describing …`: the verb's subject is the clause before.
    if (k >= 0 && PUNCT.has(tokens[k]!.text) && (/ing$/.test(t.lower) || tokens[k]!.text !== ',')) return 'continued';
    const nearest = segments[0];
    if (!nearest) return /ing$/.test(t.lower) ? 'continued' : null;
    while (nearest.length && (LEADING.has(nearest[0]!.lower) || FUNCTION_START.has(nearest[0]!.lower))) nearest.shift();
    // A subordinate clause before the subject: "After … were killed in South Carolina in June, he admitted".
    // "The mother of a woman who took … has described": the subject is the head before the relative clause.
    const cut = nearest.findIndex((x, n) => n > 0 && ['who', 'which', 'that', 'whose'].includes(x.lower));
    let subject = cut >= 0 ? nearest.slice(0, cut) : nearest;
    // The verb's own clause opens after a subordinator when a short subject follows it: "a payout that investor Leon
    // Cooperman blasted as", "in what host Tom Bergeron described as", "a meeting when Sondland told".
    const sub = nearest.findLastIndex((x, n) => n > 0 && SUBORDINATORS.has(x.lower));
    const clause = sub >= 0 ? nearest.slice(sub + 1) : [];
    if (clause.length > 0 && clause.length <= 6 && startsSubject(clause[0]!)) subject = clause;
    if (subject.length === 0 || subject.every((x) => FUNCTION_START.has(x.lower))) return 'continued';
    // A clause opens with its subject: keep the start of a long one.
    segments[0] = subject.length > 8 ? subject.slice(0, 8) : subject;
    return { segments };
  }
  return null;
}

// A past participle (perhaps with "as" or an article) right before a quote: `called “…”`, `described as a “…”`.
const PARTICIPLE_BEFORE = /\b(?:\p{L}+ed|\p{L}+en|told|said|made|held|seen|thought|called|termed)\s+(?:as\s+)?(?:(?:a|an|the)\s+)?$/iu;

const GERUND_PREPOSITIONS = new Set(['by', 'after', 'before', 'while', 'when', 'without', 'through', 'since']);

// Words after an epithet's head: "the president of …", "the chef who …".
const EPITHET_STOPS = new Set(['of', 'for', 'at', 'from', 'with', 'in', 'who', 'and']);
// The same in German, French, Spanish and Portuguese ("der Sprecher von Gegenbauer", "el ministro de Defensa").
const OTHER_EPITHET_STOPS = new Set(['von', 'vom', 'der', 'des', 'bei', 'de', 'del', 'da', 'do', 'du', 'des', 'dos',
  'das', 'en', 'em', 'na', 'no', 'dans', 'im', 'am', 'beim']);

// "… y el jurista Carlos Nino …", "… et la ministre Marie Dubois …", "… und der Trainer Jens Keller …": a conjunction, then
// a new subject with its role and name.
const SECOND_CLAUSE = /\s(?:y|e|et|und|mais|pero|aber)\s+(?=(?:el|la|los|las|o|a|os|as|le|les|der|die|das)\s+\p{Ll}+\s+\p{Lu})/gu;

// Documents, in English, French, Spanish, Portuguese and German, as the subject of a sentence that gives their words.
const DOCUMENT_HEADS = new Set(['report', 'bill', 'law', 'study', 'statement', 'letter', 'ruling', 'projet', 'loi',
  'rapport', 'texte', 'décret', 'communiqué', 'étude', 'informe', 'ley', 'proyecto', 'comunicado', 'estudio',
  'relatório', 'lei', 'projeto', 'nota', 'estudo', 'bericht', 'gesetz', 'studie', 'mitteilung', 'gesetzentwurf']);

// A determiner, a document's noun (perhaps "de" and another), one verb, perhaps "que"/"that", then the quote.
const DOCUMENT_VERB_BEFORE = /(?:^|\s)((?:el|la|le|the|o|a|der|die|das)\s+(\p{L}+)(?:\s+(?:de|del|du|da|do)\s+\p{Ll}+)?)\s+(?!(?:de|du|des|del|da|do|en|em|à|a|of|to|in|on|for|von|zu)\s)\p{Ll}+(?:\s+(?:que|that|qu’|dass))?\s*$/iu;

/**
 * The document a subject opens with, cut after its noun: "Le projet de loi énonce les domaines" → "Le projet de loi",
 * "el informe ubicó" → "el informe"; null when the subject is no document.
 */
function documentPhrase(phrase: string): string | null {
  const words = phrase.split(/\s+/);
  if (!DETERMINERS.has(words[0]!.toLowerCase())) return null;
  let head = words.findIndex((w, k) => k > 0 && k <= 2 && DOCUMENT_HEADS.has(w.toLowerCase()));
  if (head < 0) return null;
  // "projet de loi", "proyecto de ley": a document named with another.
  if (/^(?:de|du|del|da|do)$/i.test(words[head + 1] ?? '') && DOCUMENT_HEADS.has((words[head + 2] ?? '').toLowerCase())) head += 2;
  return words.slice(0, head + 1).join(' ');
}

// A German sentence opened by an adverbial ("Als ZdK-Chefin", "In ihrer Rede", "Nach dem Treffen"), its verb, then a
// capitalised name as the subject.
const GERMAN_INVERTED = /^\s*(?:Als|In|Im|Bei|Beim|Nach|Vor|Zum|Zur|Für|Auf|Mit|Seit|Dabei|Zudem|Auch|Dann|Nun|Später|Gestern|Heute)\s[^,;:]*?\s\p{Ll}+\s+((?:\p{Lu}[\p{L}-]+\s?){1,3})/u;

// A verb of saying alone after a quote: `”, insistió.`, `”, disse.`
const PRODROP_AFTER = /^\s*[,—–-]?\s*(\p{Ll}+)\s*[.;]/u;

// Plural unnamed sources that stand without an article: "fuentes de Montecon", "sources close to the minister".
const BARE_SOURCES = new Set(['sources', 'fuentes', 'fontes', 'quellen']);

// Kinds of body a description names, by family: "the agency" may be a department, never a company.
const BODY_FAMILIES: readonly (readonly string[])[] = [
  ['agency', 'department', 'ministry', 'office', 'administration', 'service', 'bureau', 'commission', 'authority',
    // The same in French, Spanish, Portuguese and German ("écrit l’agence", "dijo el ministerio", "so die Behörde").
    'agence', 'ministère', 'agencia', 'ministerio', 'agência', 'ministério', 'behörde', 'ministerium', 'amt'],
  // Not "group": an advocacy group ("the WeWorkers Coalition … the group said") is as likely as a company group.
  ['company', 'firm', 'retailer', 'corporation', 'business', 'chain', 'maker', 'carrier', 'airline', 'inc', 'corp',
    'entreprise', 'société', 'firme', 'empresa', 'compañía', 'companhia', 'unternehmen', 'konzern', 'firma'],
  ['university', 'college', 'school', 'université', 'universidad', 'universidade', 'universität'], ['hospital', 'hôpital'],
  ['union', 'syndicat', 'sindicato', 'gewerkschaft'], ['party', 'parti', 'partido', 'partei'], ['council'], ['bank'], ['club'], ['team'],
];
// A German body named after "von" or "bei" ("die Angestellten von Gegenbauer", "bei der Berliner Straßenreinigung").
const GERMAN_BODY_AFTER = /\b(?:von|bei|beim|vom)\s+(?:(der|dem)\s+)?((?:\p{Lu}[\p{L}-]+\s?){1,3})/gu;
// Broadcasters and papers that report, named before the body they asked ("ABC 7 reached out to …").
const NEWS_OUTLET = /\b(?:ABC|CBS|NBC|CNN|BBC|Fox|Reuters|AP|AFP|News|Times|Post|Journal|Herald|Tribune)\b/;

// A sentence that gives someone's view: "To Levin, …", "For Adelaide's Lyon, …", "But for Parata and his family …".
const PERSPECTIVE = /(?:^|[.!?]\s+|\n)(?:But\s+|And\s+)?(?:To|For|for)\s+((?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’-]*)(?:\s+and\s+(?:his|her|their)\s+\p{Ll}+)?(?=[\s,])/gu;

// A sentence whose subject is an unnamed man or woman: "The man …", "Der Mann …", "La mujer …", "A mulher …".
const UNNAMED_MAN = /(?:^|[.!?]\s+|\n)(?:The|A|Der|Ein|Le|Un|El|O|Um)\s+(?:\p{Ll}+\s+)?(?:man|Mann|homme|hombre|homem)\b/gu;
const UNNAMED_WOMAN = /(?:^|[.!?]\s+|\n)(?:The|A|Die|Eine|La|Une|Una|A|Uma)\s+(?:\p{Ll}+\s+)?(?:woman|Frau|femme|mujer|mulher)\b/gu;

// Words that open a relative clause set off by commas, in English, Spanish, Portuguese and French.
const RELATIVE_OPENERS = new Set(['who', 'whose', 'which', 'cuyo', 'cuya', 'cuyos', 'cuyas', 'quien', 'quienes', 'cujo',
  'cuja', 'cujos', 'cujas', 'qui', 'dont', 'lequel', 'laquelle']);

// Verbs of saying whose object is the listener.
const ADDRESSEE_VERBS = /^(?:tell|tells|told|telling|ask|asks|asked|asking|urge|urges|urged|urging|inform(?:s|ed|ing)?|assur(?:e|es|ed|ing)|advis(?:e|es|ed|ing)|remind(?:s|ed|ing)?)$/;

// Words that open a clause inside a sentence, whose own subject then stands right before its verb.
const SUBORDINATORS = new Set(['who', 'whom', 'which', 'that', 'what', 'when', 'where', 'while', 'because', 'as',
  'after', 'before', 'if', 'since', 'whether', 'until', 'although', 'though']);

/**
 * A capitalised name whose head is an organisation's head noun: "The Arab League", "the Association of Flight
 * Attendants" (the head stands before "of"), not "CONGRESS" or "RT".
 */
function isOrgName(name: string): boolean {
  const words = name.split(' ');
  const of = words.indexOf('of');
  const head = of > 0 ? words[of - 1]! : words.at(-1)!;
  return /^\p{Lu}\p{Ll}/u.test(head) && ORG_HEADS.has(head.toLowerCase());
}

/**
 * One word with a capital inside that no surname prefix explains: "ClassPass", "TikTok", "PayPal" — a brand, not a
 * person ("McCarthy", "DeSantis", "LeBron", "MacKenzie" are people).
 */
function isCamelCaseBrand(name: string): boolean {
  return /^\p{Lu}\p{Ll}+\p{Lu}\p{Ll}/u.test(name) && !/\s/.test(name) && !/^(?:Mc|Mac|De|Di|Da|Du|La|Le|Lo|Van|Von|Fitz)\p{Lu}/u.test(name);
}

/** A role's complement from its preposition to its capitalised words: "da Defesa", "de la SNCF". */
function complementAt(tokens: readonly Token[], from: number): string {
  let end = from;
  while (end < tokens.length && end < from + 2 && /^\p{Ll}/u.test(tokens[end]!.text)) end++;
  while (end < tokens.length && /^\p{Lu}/u.test(tokens[end]!.text)) end++;
  return joinTokens(tokens.slice(from, end));
}

function lastWordOf(text: string): string {
  return /(\p{L}+)[^\p{L}]*$/u.exec(text)?.[1] ?? '';
}

/** A word that can open a subject: a determiner, a pronoun, a capitalised name or a role ("host Tom Bergeron"). */
function startsSubject(t: Token): boolean {
  return DETERMINERS.has(t.lower) || PRONOUNS.has(t.lower) || /^\p{Lu}/u.test(t.text) || isRoleWord(t.text);
}

interface Mention { start: number; person: PersonEntity }

// Role words that usually stand for someone the article does not name.
const UNNAMED_SOURCE_HEADS = new Set(['spokesperson', 'spokesman', 'spokeswoman', 'official', 'aide', 'adviser',
  'advisor', 'officer', 'source', 'representative', 'sprecher', 'sprecherin', 'porte-parole', 'portavoz', 'vocero',
  'vocera', 'porta-voz', 'fuente', 'fonte']);

// Things said in, not people or bodies who speak.
const NOT_SPEAKER_HEADS = new Set(['statement', 'interview', 'letter', 'email', 'e-mail', 'tweet', 'post', 'speech',
  'remarks', 'release', 'conference', 'questions', 'question', 'comments', 'words', 'message', 'video', 'op-ed', 'time']);
const QUANTIFIERS = new Set(['some', 'many', 'several', 'two', 'three', 'four', 'five', 'most', 'few', 'other', 'both', 'all', 'one', ...other.QUANTIFIERS]);

// Endings of ordinary English adverbs, participles and adjectives: "Thankfully", "Untreated", "Breathing", "Pregnant".
const WORD_SUFFIX = /(?:ly|ed|ing|ful|ous|ive|ent|ant|able|ible|ness|ment|tion|sion|ity)$/;
// A word after a subject that looks like its verb: "Figgins declined", "Netanyahu strongly warned", "Jones says".
const VERB_LIKE = /^\p{Ll}+(?:ed|ly|[^s]s)$/u;

const NEWS_AGENCIES = new Set(['reuters', 'ap', 'afp', 'bloomberg', 'xinhua', 'tass', 'interfax', 'ansa', 'efe', 'dpa']);

// People named by their relation to someone: "Gary Johnson’s doctor", "the senator’s wife".
const RELATIONS = new Set(['doctor', 'physician', 'wife', 'husband', 'son', 'daughter', 'mother', 'father', 'brother',
  'sister', 'friend', 'lawyer', 'attorney', 'partner', 'widow', 'family', 'parents', 'campaign', 'team', 'office',
  'spokesman', 'spokeswoman', 'spokesperson', 'aide', 'aides', 'lawyers', 'attorneys', 'doctors', 'friends']);
// A plural noun for people, capitalised only because it opens the sentence: "Protesters", "Officials", "Analysts".
const PEOPLE_PLURAL = /^\p{Lu}\p{Ll}+(?:ers|ors|ists|ants|ents|ians|als|ics|ees)$/u;
// Lower-case plurals of people that head a description: "organizers", "scholars", "officials", "residents".
const PEOPLE_NOUN_PLURAL = /^\p{Ll}+(?:ers|ors|ars|ists|ysts|ians|ants|ents|ees|ives|als)$/u;
// Members of a party or a people, as a group that speaks: "Republicans", "Democrats", "Americans" (with PEOPLE_PLURAL).
const GROUP_PLURAL = /^\p{Lu}\p{Ll}+(?:ans|ats)$/u;

/** A noun phrase that can stand for an unnamed speaker: "a spokesperson for the ministry", "officers", "the daily". */
function isDescription(tokens: readonly Token[]): boolean {
  if (tokens.length === 0 || tokens.length > 9) return false;
  const first = tokens[0]!.lower;
  const last = tokens.at(-1)!.lower;
  if (PRONOUNS.has(first) || FUNCTION_START.has(last) || BETWEEN.has(last) || DETERMINERS.has(last)) return false;
  // A clause ("people were injured tonight") or a document ("a statement") is not a speaker.
  if (tokens.some((t) => BETWEEN.has(t.lower) || PRONOUNS.has(t.lower)) || NOT_SPEAKER_HEADS.has(last)) return false;
  if (DETERMINERS.has(first) || QUANTIFIERS.has(first) || /[’']s$/.test(first)) return tokens.length > 1;
  // "Forty-one percent of respondents": a share of people.
  if (tokens.some((t) => t.lower === 'percent' || t.lower === '%') && /^\p{Ll}+s$/u.test(last)) return true;
  // "presidential candidate Gary Johnson’s doctor": someone's lower-case role.
  if (tokens.length > 1 && /[’']s$/.test(tokens.at(-2)!.text) && (isRoleWord(last) || RELATIONS.has(last))) return true;
  // A bare plural or role: "officers", "police", "local officials".
  return tokens.length <= 3 && tokens.every((t) => /^\p{Ll}/u.test(t.text)) && (/s$/.test(last) || isRoleWord(last) || ORG_HEADS.has(last));
}

/**
 * Attributes each quote to its speaker: fullest name for a person, the article's words for a description or an
 * organisation, null where the article does not say.
 * Example: for `“We can work with our American partners,” Putin said.` after `Vladimir Putin met Xi.` the
 * speaker is `Vladimir Putin`.
 */
export function attributeSpeakers(doc: TextDoc, allQuotes: readonly QuoteSpan[], entities: Entities): Attribution[] {
  // Nothing to attribute: the indexes below cost a page of thousands of names hundreds of milliseconds for nothing.
  if (allQuotes.length === 0) return [];
  // Quotes inside quotes are attributed last, from the words of the quote that reports them.
  const quotes = allQuotes.some((q) => q.nestedIn !== undefined) ? allQuotes.filter((q) => q.nestedIn === undefined) : allQuotes;
  const names = new NameIndex(doc, entities);
  // Looked up once per quote, so indexed once rather than searched through every person and organisation per quote
  // (issue 17: no join of every quote against every name). Each key keeps the first holder, as find() would.
  const byRoleWord = new Map<string, PersonEntity>();
  // Role words more than one person holds ("two toxicologists"): there the epithet is the one quoted last.
  const sharedRoleWords = new Set<string>();
  for (const p of entities.people) {
    for (const w of new Set(p.role?.toLowerCase().split(/\s+/) ?? [])) {
      if (!byRoleWord.has(w)) byRoleWord.set(w, p);
      else if (byRoleWord.get(w) !== p) sharedRoleWords.add(w);
    }
  }
  const orgByName = new Map<string, OrganizationEntity>();
  for (const o of entities.organizations) for (const n of [o.name, ...o.aliases]) if (!orgByName.has(n)) orgByName.set(n, o);
  const inQuote = insideQuotes(quotes);
  // Every mention of each person outside quotes, surname alone included ("Putin" after "Vladimir Putin").
  const extra = new Map<PersonEntity, number[]>();
  const mentions: Mention[] = [];
  const addPerson = (person: PersonEntity) => {
    if (extra.has(person)) return;
    const starts = surnameMentions(doc.text, person.name);
    extra.set(person, starts);
    for (const start of [...person.mentions.map((m) => m.start), ...starts]) {
      // "an answer from Judge William Alsup": a titled full name is a person a pronoun may point to after a preposition
      // too ("chats with Jeffrey Epstein" is not).
      const fullName = isFirstName(person.name.split(' ')[0]!) && doc.text.startsWith(person.name, start) && person.name.includes(' ')
        && isRoleWord(lastWordOf(doc.text.slice(Math.max(0, start - 30), start)));
      if (!inQuote(start) && (fullName || !afterPreposition(doc.text, start))) mentions.push({ start, person });
    }
  };
  for (const person of entities.people) if (isPlausibleName(person.name)) addPerson(person);
  // Full names the people pass missed still count as people a pronoun can point back to.
  const adHoc = new Map<string, PersonEntity>();
  // "Arab League", "Security Council": a capitalised run ending in an organisation's head noun is not a person.
  // Nor is a place the word lists know ("Estados Unidos", "Nueva Zelanda").
  for (const name of names.unknownFullNames().filter((n) => !ORG_HEADS.has(n.split(' ').at(-1)!.toLowerCase()) && !PLACES.has(n))) {
    const person: PersonEntity = { name, aliases: [], role: null, gender: null, mentions: [] };
    adHoc.set(name, person);
    addPerson(person);
  }
  mentions.sort((a, b) => a.start - b.start);
  const genders = inferGenders(doc, [...entities.people, ...adHoc.values()], extra);
  const speakerMentions: Mention[] = [];
  // Speakers that are bodies or documents ("the research", "the ministry"), for a later "it says".
  const bodySpeakers: { start: number; speaker: Resolved }[] = [];
  const paragraphStart = (pos: number, back: number) => {
    // Binary search for the last paragraph starting at or before pos: called once or more for every pronoun.
    let lo = 0;
    let hi = doc.paragraphs.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (doc.paragraphs[mid]!.start <= pos) lo = mid;
      else hi = mid - 1;
    }
    return doc.paragraphs[Math.max(0, lo - back)]!.start;
  };

  // A name the people pass does not know becomes a person of its own, with its mentions, for later pronouns.
  let learned = 0;
  const resolveName = (name: string): Resolved => {
    const known = names.person(name) ?? adHoc.get(names.fullest(name));
    if (known) return { speaker: known.name, speakerKind: 'person', person: known };
    const full = names.fullest(name);
    const person: PersonEntity = { name: full, aliases: [], role: null, gender: null, mentions: [] };
    adHoc.set(full, person);
    // Each person learned here is placed among every mention so far: past a cap (issue 17: a page of quotes each by
    // a name the people pass missed), a new name still speaks, but pronouns no longer look for it.
    if (++learned > MAX_LEARNED_SPEAKERS) return { speaker: full, speakerKind: 'person', person };
    insertMentions(mentions, () => addPerson(person));
    for (const [p, g] of inferGenders(doc, [person], extra)) genders.set(p, g);
    return { speaker: full, speakerKind: 'person', person };
  };

  /**
   * The person a pronoun or epithet points back to: the nearest earlier mention (or speaker) whose gender is known to
   * fit within the last paragraphs, else the nearest one whose gender is unknown.
   */
  const antecedent = (pos: number, gender: Gender | null): PersonEntity | null => {
    const windowStart = paragraphStart(pos, 3);
    let unknown: Mention | null = null;
    let known: Mention | null = null;
    for (const list of [mentions, speakerMentions]) {
      // Mentions are sorted: start at the last one before pos, and look at no more than 60 of them.
      let i = lowerBound(list, pos) - 1;
      for (const stop = Math.max(0, i - 60); i >= stop; i--) {
        const m = list[i]!;
        if (m.start < windowStart) break;
        const g = genders.get(m.person) ?? null;
        if (gender && g && g !== gender) continue;
        if (g && (!known || m.start > known.start)) known = m;
        if (!g && (!unknown || m.start > unknown.start)) unknown = m;
        if (g) break;
      }
    }
    // A person of unknown gender named in a later paragraph than the nearest fitting one is the likelier antecedent.
    const unknownCloser = unknown && known && paragraphStart(unknown.start, 0) > paragraphStart(known.start, 0);
    const nearest = gender === null || unknownCloser
      ? (known && (!unknown || known.start > unknown.start) ? known : unknown ?? known)
      : known ?? unknown;
    return nearest ? subjectOfSentence(nearest, gender).person : null;
  };

  /**
   * The first fitting mention in the sentence of `m`: a pronoun prefers the sentence's subject to a name later in it
   * ("Figgins declined to say whether Thomas slept on the night Epstein died. “…,” he said" → Figgins).
   */
  const subjectOfSentence = (m: Mention, gender: Gender | null): Mention => {
    // "…, sagte Dolzer. Er fordert": the person a verb of saying names is the one who spoke, whoever the sentence
    // named first.
    if (isSpeechVerb(lastWordOf(doc.text.slice(Math.max(0, m.start - 25), m.start)))) return m;
    const sentenceStart = sentenceStartBefore(doc.text, m.start, paragraphStart(m.start, 0));
    const wanted = genders.get(m.person) ?? null;
    let best = m;
    for (const list of [mentions, speakerMentions]) {
      for (let i = lowerBound(list, sentenceStart); i < list.length && list[i]!.start < best.start; i++) {
        const c = list[i]!;
        const g = genders.get(c.person) ?? null;
        if (g !== wanted || (gender && g && g !== gender)) continue;
        best = c;
        break;
      }
    }
    return best;
  };

  const properNounCache = new Map<string, boolean>();
  /**
   * A word that can be a surname: the article capitalises it mid-sentence, or it stands before a verb ("Smith said",
   * "Figgins declined"). An adverb or adjective opening a sentence ("Thankfully,", "Untreated pneumonic plague") cannot.
   */
  const properNoun = (word: string): boolean => {
    const cached = properNounCache.get(word);
    if (cached !== undefined) return cached;
    // "McDonald", "DeVos": a capital inside the word marks a name wherever it stands.
    let found = /\p{Ll}\p{Lu}/u.test(word);
    const ordinary = WORD_SUFFIX.test(word) || word.length <= 3;
    const text = doc.text;
    for (const i of wholeWordStarts(text, word)) {
      if (found) break;
      const end = i + word.length;
      // A title in quote marks (“Thumper”) is capitalised wherever it stands.
      if (/["“‘']/.test(text[i - 1] ?? ' ')) continue;
      const window = text.slice(Math.max(0, i - 6), i);
      // A paragraph's first word opens a sentence whatever the paragraph before ends with.
      const lead = /\n[\s"“‘'(«]*$/u.test(window) ? '' : window.replace(/[\s"“”‘’'(«»]+$/u, '');
      const next = /^[’']?s?\s+([\p{L}]+)/u.exec(text.slice(end, end + 30))?.[1] ?? '';
      found = (lead !== '' && !/[.!?…:\n]$/.test(lead)) || isSpeechVerb(next)
        || (!ordinary && text[end] !== ',' && (VERB_LIKE.test(next) || BETWEEN.has(next)));
    }
    properNounCache.set(word, found);
    return found;
  };

  const commonNounCache = new Map<string, boolean>();
  // isCommonNoun reads the whole text: once per word.
  const commonNoun = (word: string): boolean => {
    let known = commonNounCache.get(word);
    if (known === undefined) commonNounCache.set(word, known = isCommonNoun(doc.text, word));
    return known;
  };

  // Complements of roles ("da Defesa") and where they stand, indexed on first use.
  let complements: Map<string, number[]> | null = null;
  const knownPerson = (name: string) => names.person(name) !== null || adHoc.has(names.fullest(name));

  // An epithet for someone already named: "the president", "the 56-year-old", "the former secretary of state".
  const epithetPerson = (primary: Token[]): Resolved | null => {
    if ((primary[0]!.lower !== 'the' && !other.DEFINITE_ARTICLES.has(primary[0]!.lower)) || primary.length > 10) return null;
    const english = other.isEnglish(doc.lang);
    const preposition = primary.findIndex((t, k) => k > 0 && (EPITHET_STOPS.has(t.lower) || (!english && OTHER_EPITHET_STOPS.has(t.lower))));
    // Outside English an adjective may follow the role ("el periodista ruso", "le ministre français").
    const before = primary.slice(1, preposition > 1 ? preposition : primary.length);
    const roleFirst = english ? undefined : before.find((t) => isRoleWord(t.text));
    const headToken = roleFirst ?? primary[(preposition > 1 ? preposition : primary.length) - 1]!;
    const head = headToken.lower.replace(/[’']s$/, '');
    // A role the article gives a named person counts too: "la toxicologue" after "Dominique Parent-Massin, toxicologue".
    // "O titular da Defesa" after "o ministro da Defesa, general Paulo Sérgio Nogueira": another word for a person,
    // with the complement of a role the article gave one named person.
    if (!english && preposition > 1 && !isRoleWord(head) && (isPersonNoun(head) || isForeignPersonNoun(head))) {
      const holder = complementHolder(doc.text, complementAt(primary, preposition), primary[preposition]!.start,
        (n) => names.person(n) ?? adHoc.get(names.fullest(n)) ?? null, complements ??= complementIndex(doc.text));
      if (holder) return { speaker: holder.name, speakerKind: 'person', person: holder };
    }
    // "dijo el gremialista" after "el presidente del sindicato portuario, Álvaro Reinaldo, señaló …": outside English, a
    // noun for a person that is no role word is the one who spoke last in the same paragraph (issue 15).
    if (!english && preposition < 0 && primary.length <= 3 && !isRoleWord(head) && !byRoleWord.has(head) && isForeignPersonNoun(head)) {
      const last = speakerMentions[lowerBound(speakerMentions, headToken.start) - 1];
      const p = last && last.start >= paragraphStart(headToken.start, 0) ? last.person : null;
      return p ? { speaker: p.name, speakerKind: 'person', person: p } : null;
    }
    if (!(isRoleWord(head) || (byRoleWord.has(head) && isPersonNoun(head)) || /^\d+-year-old$/.test(head) || head === 'woman' || head === 'man')) return null;
    // "the White House", "the United Nations High Commissioner": a proper name, not an epithet for someone. Outside
    // English the role's complement may be a name ("der Konzernchef von FACC", "le ministre de l’Intérieur").
    const own = english || preposition < 1 ? primary.slice(1) : primary.slice(1, preposition);
    if (own.some((t) => /^\p{Lu}/u.test(t.text) && !isRoleWord(t.text))) return null;
    const byRole = byRoleWord.get(head);
    // "the spokesperson", "the official": an unnamed source stays a description unless someone holds that role.
    if (!byRole && UNNAMED_SOURCE_HEADS.has(head)) return null;
    // Outside English such an epithet mostly repeats the last speaker ("», a ajouté l’entraîneur", "acrescentou o técnico").
    // The last speaker before the epithet (a second-pass quote sees speakers quoted after it too).
    const last = other.isEnglish(doc.lang) ? undefined : speakerMentions[lowerBound(speakerMentions, headToken.start) - 1];
    const recent = last && last.start >= paragraphStart(headToken.start, 5) ? last.person : null;
    const shared = byRole && sharedRoleWords.has(head) && recent?.role?.toLowerCase().split(/\s+/).includes(head) ? recent : null;
    const p = shared ?? byRole ?? recent ?? antecedent(headToken.start, head === 'woman' ? 'female' : head === 'man' ? 'male' : null);
    return p ? { speaker: p.name, speakerKind: 'person', person: p } : null;
  };

  /**
   * The organisation named last before `pos`, in its paragraph or the one before, outside quotes, when it is of the
   * kind a description names ("the agency" → "Customs and Border Protection", "the company" → "Whole Foods"): its own
   * head noun, if any, must be of the same family.
   */
  let orgMentionList: { start: number; name: string }[] | null = null;
  // Every organisation mention outside quotes, in text order, built on first use.
  const orgMentions = (): { start: number; name: string }[] => (orgMentionList ??= entities.organizations
    .flatMap((o) => o.mentions.map((m) => ({ start: m.start, name: o.name })))
    .filter((m) => !inQuote(m.start))
    .sort((a, b) => a.start - b.start));

  const lastBodyOfKind = (kind: string, pos: number): string | null => {
    const family = BODY_FAMILIES.find((f) => f.includes(kind));
    if (!family) return null;
    const from = paragraphStart(pos, 1);
    // The last mention before pos, by binary search over all mentions in order (hostile pages have thousands).
    const k = countBelow(orgMentions(), pos, (m) => m.start) - 1;
    const best = k >= 0 && orgMentions()[k]!.start >= from ? orgMentions()[k]! : null;
    if (!best || NEWS_OUTLET.test(best.name)) return null;
    const heads = best.name.toLowerCase().split(/\s+/).filter((w) => BODY_FAMILIES.some((f) => f.includes(w)));
    return heads.every((h) => family.includes(h)) ? best.name : null;
  };

  // A surname as a whole word, built once per surname for this article (perspectiveHolder tests every person's surname
  // on each call: building the patterns anew cost more than running them).
  const wordPatterns = new Map<string, RegExp>();
  const wordPattern = (word: string): RegExp => {
    let pattern = wordPatterns.get(word);
    if (!pattern) wordPatterns.set(word, pattern = new RegExp(`\\b${escapeRegExp(word)}\\b`));
    return pattern;
  };

  /**
   * The person whose view the sentences just before `pos` give: "To Levin, the xenobots are …", "For Adelaide's Lyon,
   * recognizing that kinship is …", "But for Parata and his family the deaths are personal" — when no one else is
   * named after it. A quote standing alone after such a sentence, or "she says" with no other antecedent, is theirs.
   */
  const perspectiveHolder = (pos: number, gender: Gender | null): PersonEntity | null => {
    const from = paragraphStart(pos, 1);
    const window = doc.text.slice(from, pos);
    let found: { at: number; name: string } | null = null;
    for (const m of execAll(PERSPECTIVE, window)) found = { at: m.index + m[0].length, name: m[1]! };
    if (!found) return null;
    const surname = found.name.replace(/[’']s$/, '').split(/\s+/).at(-1)!;
    const person = names.person(surname) ?? adHoc.get(names.fullest(surname)) ?? null;
    if (!person) return null;
    const g = genders.get(person) ?? null;
    if (gender && g && g !== gender) return null;
    // Someone else named after it takes the view over.
    const after = window.slice(found.at);
    const others = [...entities.people, ...adHoc.values()].filter((x) => x !== person && x.name.split(' ').at(-1)!.length > 2);
    return others.some((x) => wordPattern(x.name.split(' ').at(-1)!).test(after)) ? null : person;
  };

  /**
   * Whether an unnamed person of that gender opens a sentence between the last mention of `p` and the pronoun at `at`
   * ("Johannes Caspar erklärt … Der Mann veröffentlicht … Er sagt …": "er" is the man, not Caspar).
   */
  const unnamedSince = (p: PersonEntity, at: number, gender: Gender): boolean => {
    const from = paragraphStart(at, 2);
    const window = doc.text.slice(from, at);
    const pattern = gender === 'male' ? UNNAMED_MAN : UNNAMED_WOMAN;
    let unnamed = -1;
    for (const m of execAll(pattern, window)) unnamed = m.index;
    if (unnamed < 0) return false;
    const surname = p.name.split(' ').at(-1)!;
    return window.lastIndexOf(surname) < unnamed;
  };

  // The body that issued a document; a person's research or letter keeps its description (labels/README.md names
  // organisations as speakers, and a name cut from a person's would be wrong).
  // (Looked up once per quote and noun: resolvePhrase and bodySpeaker both ask, and each search reads 6,000 characters.)
  const issuers = new Map<string, string | null>();
  const issuerOf = (noun: string, pos: number): string | null => {
    const key = `${noun} ${pos}`;
    if (!issuers.has(key)) issuers.set(key, documentIssuer(doc.text, pos, noun));
    const issuer = issuers.get(key)!;
    if (!issuer) return null;
    const words = issuer.split(' ');
    // A brand written in camel case ("ClassPass", "TikTok") is a body even when it was learned as a speaker.
    if (isCamelCaseBrand(issuer)) return issuer;
    const personal = knownPerson(issuer) || [...entities.people, ...adHoc.values()].some((p) => p.name.split(' ').some((w) => words.includes(w)));
    return personal ? null : issuer;
  };

  /**
   * The person named right after or before the last verb of saying in the paragraph before `pos` or the one before it,
   * outside quotes: "Der AStA verkläre die Vorfälle, sagte Lucke am Samstag." → Lucke.
   */
  const lastNamedSource = (pos: number): PersonEntity | null => {
    const from = paragraphStart(pos, 1);
    const tokens = tokenize(doc.text.slice(from, pos), from);
    for (let v = tokens.length - 1; v >= 0; v--) {
      if (!isSpeechVerb(tokens[v]!.text) || inQuote(tokens[v]!.start)) continue;
      // The capitalised run after the verb ("sagte Bernd Lucke"), else the word before it ("Lucke sagte").
      let end = v + 1;
      while (end < tokens.length && end < v + 4 && /^\p{Lu}/u.test(tokens[end]!.text)) end++;
      for (const name of [joinTokens(tokens.slice(v + 1, end)), tokens[v - 1]?.text ?? '']) {
        const person = /^\p{Lu}/u.test(name) ? names.person(name) ?? adHoc.get(names.fullest(name)) : null;
        if (person) return person;
        // A full name the people pass missed, right after the verb: two or three capitalised words, none a noun.
        if (name.includes(' ') && isPlausibleName(name) && !name.split(' ').some((w) => commonNoun(w) || PLACES.has(w))) return resolveName(name).person;
      }
      return null;
    }
    return null;
  };

  // Laws that speak through a numbered part ("Article 53.1 states …"), kept as subjects like documents.
  const lawSpeakers = new Set<string>();
  const resolvePhrase = (phrase: Phrase, pos: number): Resolved | null => {
    const primary = phrase.segments[0]!;
    const first = primary[0]!.lower;
    // "“…,” says the research. It adds: “…”": "it" is the report or body quoted last, within a few paragraphs.
    if (primary.length === 1 && first === 'it') {
      const last = bodySpeakers.at(-1);
      return last && last.start >= paragraphStart(pos, 3) && last.start < pos ? last.speaker : null;
    }
    // German, French, Spanish and Portuguese subject pronouns: `», a-t-il dit`, `“, sagte er dem NDR`, `”, disse ela`
    // (what follows the pronoun is the listener or the circumstances, not a speaker).
    const otherGender = other.isEnglish(doc.lang) ? undefined : OTHER_PRONOUN_GENDERS.get(first);
    if (otherGender) {
      const at = Math.min(pos, primary[0]!.start);
      const p = antecedent(at, otherGender);
      return p && !unnamedSince(p, at, otherGender) ? { speaker: p.name, speakerKind: 'person', person: p } : null;
    }
    if (primary.length === 1 && PRONOUNS.has(first)) {
      const gender = pronounGender(first);
      if (!gender) return null;
      // The antecedent comes before the pronoun: in `He said Thomas would “…”`, not Thomas.
      const at = Math.min(pos, primary[0]!.start);
      const p = antecedent(at, gender) ?? perspectiveHolder(at, gender);
      return p && !unnamedSince(p, at, gender) ? { speaker: p.name, speakerKind: 'person', person: p } : null;
    }
    // "écrit l’agence", "selon l’entreprise": an elided French article glued to a body's noun.
    const elided = primary.length === 1 ? /^l[’'](\p{Ll}+)$/u.exec(primary[0]!.text)?.[1] : undefined;
    if (elided && ORG_HEADS.has(elided)) return { speaker: primary[0]!.text, speakerKind: 'organization', person: null };
    // "Article 53.1 states that …", "Japan's Article 30-4 allows …": a law speaks, named as the article names it.
    const law = lawOfPart(joinTokens(primary), doc.text.slice(paragraphStart(pos, 1), primary[0]!.start));
    if (law) {
      lawSpeakers.add(law);
      return { speaker: law, speakerKind: 'description', person: null };
    }
    // "according to a June report by the University of Chicago …", "diz o comunicado do STF": the body the phrase
    // names as the document's issuer (not a place: "la déclaration de Rio" stays the document).
    const issued = issuerInPhrase(doc.text, primary[0]!.start);
    if (issued && !PLACES.has(issued) && !knownPerson(issued)) return { speaker: issued, speakerKind: 'organization', person: null };
    // "Chiou and Howlett write": two people the article names speak together.
    const and = primary.findIndex((t) => t.lower === 'and' || t.lower === 'y' || t.lower === 'et' || t.lower === 'und' || t.lower === 'e');
    if (and > 0 && and < primary.length - 1 && primary.length <= 7 && primary.every((t, k) => k === and || /^\p{Lu}/u.test(t.text))) {
      const a = names.person(joinTokens(primary.slice(0, and)));
      const b = names.person(joinTokens(primary.slice(and + 1)));
      if (a && b && a !== b) return { speaker: `${a.name} ${primary[and]!.text} ${b.name}`, speakerKind: 'description', person: null };
    }
    // "fuentes de Montecon", "sources at the ministry", "fontes do Planalto": unnamed sources, named by where they are.
    if (BARE_SOURCES.has(first) && primary.length >= 3 && primary.length <= 6 && ['de', 'del', 'do', 'da', 'at', 'in', 'close', 'du', 'des', 'aus'].includes(primary[1]!.lower)) {
      return { speaker: joinTokens(primary), speakerKind: 'description', person: null };
    }
    // "A spokesperson for the British Foreign Office": an unnamed source, whatever names its role holds.
    const source = primary.findIndex((t) => UNNAMED_SOURCE_HEADS.has(t.lower));
    if (DETERMINERS.has(first) && source > 0 && source <= 3 && primary.slice(1, source).every((t) => /^\p{Ll}/u.test(t.text))
      && ['for', 'of', 'at', 'with', 'from', 'to', 'in'].includes(primary[source + 1]?.lower ?? '') && primary.length <= 10) {
      return { speaker: joinTokens(primary), speakerKind: 'description', person: null };
    }
    // The best name across the phrase's parts; later parts (appositives, earlier clauses) weigh a little less.
    let best: { name: string; segment: number; index: number; possessive: boolean } | null = null;
    let bestScore = -Infinity;
    let bestInAppositive = false;
    phrase.segments.forEach((segment, k) => {
      // A name in a nearer part wins: "When Speaker Paul Ryan said …, Trump responded"; but a name inside an
      // appositive ("Eswar Prasad, a professor at Cornell, said") gives way to the name it describes.
      if (best && bestScore > -2 && !bestInAppositive) return;
      // "director of Georgetown University's Institute", "one of the leading American voices": names inside a
      // lower-case phrase are not the speaker's own.
      const appositive = /^\p{Ll}/u.test(segment[0]!.text);
      const words = joinTokens(segment).split(/\s+/);
      for (const run of nameRuns(joinTokens(segment))) {
        // "Consultada sobre …", "Entonces …", "Brasil": outside English, a word capitalised only at sentence starts or
        // a place is no speaker's name.
        // Nor is a noun the article writes after an article ("Die Nachfrage der Airlines sei hoch, „…“").
        if (!other.isEnglish(doc.lang) && !knownPerson(run.name) && (other.isSentenceInitialWord(doc.text, run.name) || PLACES.has(run.name)
          || commonNoun(run.name))) continue;
        // "High Commissioner for Human Rights", "professor at Cornell": a name after a role's preposition belongs to
        // the role, not to the speaker.
        const number = /^\d+$/.test(words[run.index - 1] ?? '') ? 1 : 0;
        if (run.afterPreposition && isRoleWord(words[run.index - 2 - number] ?? '') && !run.name.includes(' ', run.name.indexOf(' ') + 1)) continue;
        // "da Defesa": a person whose name opens with a lower-case particle is a fragment, no one (as at the end).
        if (/^\p{Ll}/u.test(names.person(run.name)?.name ?? '')) continue;
        let score = -k - (appositive ? 2 : 0);
        // A person the people pass found outweighs a capitalised run seen in the text ("New Media investor Leon Cooperman").
        if (names.person(run.name)) score += 3;
        else if (knownPerson(run.name)) score += 2;
        if (run.afterRole) score += 2;
        if (run.possessive) score -= 3;
        if (run.afterPreposition) score -= 2;
        if (run.name.includes(' ')) score += 1;
        if (run.beforeRole) score -= 3;
        if (score > bestScore) {
          best = { name: run.name, segment: k, index: run.index, possessive: run.possessive };
          bestScore = score;
          // "Teresa’s husband and Tor’s editor in chief": a possessive name qualifies the speaker, so look further.
          bestInAppositive = (appositive || run.possessive) && !run.afterRole;
        }
      }
    });
    const text = joinTokens(primary);
    const head = primary.at(-1)!.lower.replace(/[’']s$/, '');
    const found = best as { name: string; segment: number; index: number; possessive: boolean } | null;
    // "Thankfully", "Chaos", "Untreated": a lone capitalised word that only ever opens a sentence is not a name.
    const junk = found !== null && !found.name.includes(' ') && !knownPerson(found.name) && names.fullest(found.name) === found.name
      && !properNoun(found.name);
    if (found && junk && found.segment === 0 && found.index === 0 && PEOPLE_PLURAL.test(found.name)) {
      return { speaker: found.name, speakerKind: 'description', person: null };
    }
    // "Aviation analysts", "Industry experts": capitalised words that are no one's name before a plural of people.
    if (primary.length >= 2 && primary.length <= 3 && PEOPLE_NOUN_PLURAL.test(primary.at(-1)!.text)
      && primary.slice(0, -1).every((t) => /^\p{Lu}/u.test(t.text) && !knownPerson(t.text))) {
      return { speaker: text, speakerKind: 'description', person: null };
    }
    // "Aware Fest organizers", "Trump supporters": a name that qualifies a plural of people is part of a description.
    if (found && found.segment === 0 && primary.length >= 2 && PEOPLE_NOUN_PLURAL.test(primary.at(-1)!.text)
      && primary.at(-2)!.text === found.name.split(' ').at(-1)) {
      return { speaker: text, speakerKind: 'description', person: null };
    }
    // "Netanyahu’s Likud party", "Smith’s campaign": what a named person owns speaks, not the person.
    if (found?.possessive && found.segment === 0 && (ORG_HEADS.has(head) || RELATIONS.has(head) || isRoleWord(head))
      && /^\p{Ll}/u.test(primary.at(-1)!.text)) {
      return { speaker: text, speakerKind: ORG_HEADS.has(head) ? 'organization' : 'description', person: null };
    }
    if (found && bestScore > -2 && !junk) {
      const name = found.name;
      const person = names.person(name) ?? adHoc.get(names.fullest(name));
      // "Bianca Hall" where the people pass only kept "Hall": the fuller form the phrase gives.
      if (person) {
        const fuller = name.split(' ').length > person.name.split(' ').length && name.endsWith(` ${person.name}`) && isPlausibleName(name);
        return { speaker: fuller ? name : person.name, speakerKind: 'person', person };
      }
      const org = orgByName.get(name);
      if (org) return { speaker: org.name, speakerKind: 'organization', person: null };
      const segment = phrase.segments[found.segment]!;
      const segmentText = joinTokens(segment.slice(found.index));
      if (segment.some((t) => ORG_HEADS.has(t.lower)) || /^\p{Lu}{2,}$/u.test(name)) {
        return { speaker: segmentText, speakerKind: 'organization', person: null };
      }
      const epithet = epithetPerson(primary);
      if (epithet) return epithet;
      // "the Trump campaign", "Tunisia’s Islamists": a name inside a description.
      if (found.segment === 0 && !/^\p{Lu}/u.test(primary.at(-1)!.text)) {
        return { speaker: text, speakerKind: ORG_HEADS.has(head) ? 'organization' : 'description', person: null };
      }
      return resolveName(name);
    }
    const epithet = epithetPerson(primary);
    if (epithet) return epithet;
    // "says WHO", "as Reuters reported": an acronym or a news agency standing alone is an organisation.
    if (primary.length === 1 && (/^\p{Lu}{2,6}$/u.test(primary[0]!.text) || NEWS_AGENCIES.has(primary[0]!.lower))) {
      return { speaker: primary[0]!.text, speakerKind: 'organization', person: null };
    }
    // "the statement said", "the trends report stated": the document speaks for whoever the article says issued it.
    const noun = documentNoun(text);
    const issuer = noun ? issuerOf(noun, pos) : null;
    if (issuer) return { speaker: issuer, speakerKind: 'organization', person: null };
    if (!isDescription(primary)) return null;
    return { speaker: text, speakerKind: ORG_HEADS.has(head) ? 'organization' : 'description', person: null };
  };

  /**
   * The fragment sits in a subject relative clause: its speaker is what the clause describes. `including a career Army
   * officer who described the call as “…”` → a career Army officer; `ZeniMax Media, which accuses Oculus of “…”`.
   */
  const relativeSubject = (before: string, offset: number): Resolved | null => {
    const m = /^(.*?)([^,;:.!?—–()]*?),?\s+(?:who|which)\s+\p{Ll}+(?:s|ed)\s[^,;:.!?“”"]*$/su.exec(before);
    if (!m) return null;
    const tokens = tokenize(m[2]!, offset + m[1]!.length);
    // From the last article, or the last run of capitalised words, to the relative pronoun.
    let from = tokens.findLastIndex((t) => ['a', 'an', 'the'].includes(t.lower));
    if (from < 0 || tokens.slice(from).some((t, k) => k > 0 && FUNCTION_START.has(t.lower))) {
      let k = tokens.length - 1;
      while (k >= 0 && /^\p{Lu}/u.test(tokens[k]!.text)) k--;
      from = k + 1;
      // "rhetoric from Netanyahu’s Likud party, which …": a possessive name and its noun after the last preposition.
      const prep = tokens.findLastIndex((t) => FUNCTION_START.has(t.lower));
      if (from === tokens.length && prep >= 0 && /^\p{Lu}\p{L}*[’']s$/u.test(tokens[prep + 1]?.text ?? '')) from = prep + 1;
    }
    const np = tokens.slice(from);
    if (np.length === 0 || np.length > 6) return null;
    const r = resolvePhrase({ segments: [np] }, offset);
    if (r || !/^\p{Lu}/u.test(np[0]!.text)) return r;
    // A capitalised name the people pass does not know: a company or a body ("ZeniMax Media").
    return np.every((t) => /^\p{Lu}/u.test(t.text)) ? { speaker: joinTokens(np), speakerKind: 'organization', person: null } : null;
  };

  /** The subject of a clause, as a speaker: `Emery retweeted the story` → Emery. */
  const subjectOf = (clause: string, offset: number, pos: number, personOnly: boolean): Resolved | null => {
    // Outside English, a second clause joined by "y", "et", "und" with a subject of its own is the quote's clause: "El
    // politólogo Samuel Huntington definía … y el jurista Carlos Nino llamó a la Argentina «…»".
    if (!other.isEnglish(doc.lang)) {
      let joined: RegExpExecArray | null = null;
      for (const m of clause.matchAll(SECOND_CLAUSE)) joined = m;
      if (joined) { offset += joined.index + joined[0].length; clause = clause.slice(joined.index + joined[0].length); }
    }
    const segments = splitSegments(tokenize(clause, offset));
    // Skip opening adverbials: "However,", "In an interview with the BBC,", "Speaking in Beijing,".
    let s = 0;
    // Outside English a participle opens such an adverbial too: "Perguntado sobre …,", "Consultada por …,".
    const participle = (w: string) => /ing$/.test(w) || (!other.isEnglish(doc.lang) && /^\p{Ll}{4,}(?:ado|ada|ido|ida)s?$/u.test(w));
    while (s < segments.length - 1 && (FUNCTION_START.has(segments[s]![0]!.lower) || LEADING.has(segments[s]![0]!.lower) || participle(segments[s]![0]!.lower))) s++;
    const seg = segments[s];
    if (!seg) return null;
    const np: Token[] = [];
    for (const t of seg) {
      if (np.length >= 8 || isAdverb(t) || (np.length > 0 && (isLooseSpeechVerb(t.text) || PRONOUNS.has(np[0]!.lower)))) break;
      // "una fuente de los servicios nos la resumió": a clitic pronoun stands before the verb, after the subject.
      if (np.length > 1 && !other.isEnglish(doc.lang) && other.CLITICS.has(t.lower)) break;
      if (LEADING.has(t.lower) && np.length === 0) continue;
      // A lower-case word after a name is the verb: "Alverson summed up".
      // A sentence's first word that is no name elsewhere is an adjective: "Libertarian presidential candidate …".
      const adjective = np.length === 1 && !knownPerson(np[0]!.text) && !properNoun(np[0]!.text);
      // Unless a plural of people heads the subject: "Legal scholars have identified", "Event organizers also teased".
      const head = PEOPLE_NOUN_PLURAL.test(t.text) && np.length <= 3;
      if (np.length > 0 && /^\p{Ll}/u.test(t.text) && /^\p{Lu}/u.test(np.at(-1)!.text) && !DETERMINERS.has(np.at(-1)!.lower)
        && !['of', 'for', 'the'].includes(t.lower) && !adjective && !head) break;
      np.push(t);
    }
    if (np.length === 0) return null;
    const r = resolvePhrase({ segments: [np, ...segments.slice(s + 1, s + 2)] }, pos);
    const unnamedSource = r?.speakerKind === 'description' && (r.speaker ?? '').toLowerCase().split(' ').some((w) => UNNAMED_SOURCE_HEADS.has(w));
    // "Oversight Committee Republicans", "Senate Democrats": a group of people named by a capitalised plural.
    const last = (r?.speaker ?? '').split(' ').at(-1)!;
    const group = r?.speakerKind !== 'person' && (PEOPLE_PLURAL.test(last) || GROUP_PLURAL.test(last) || PEOPLE_NOUN_PLURAL.test(last));
    // "Le projet de loi énonce les domaines …", "The report lists …": a document whose wording the quotes give.
    const document = r?.speakerKind === 'description' ? documentPhrase(r.speaker ?? '') : null;
    if (r && document) return { ...r, speaker: document };
    if (r && lawSpeakers.has(r.speaker ?? '')) return r;

    return r && (!personOnly || r.speakerKind === 'person' || unnamedSource || group || (r.speakerKind !== null && isOrgName(r.speaker ?? ''))) ? r : null;
  };

  const german: GermanText | null = isGerman(doc.lang) ? { text: doc.text } : null;
  const prodrop = /^(?:es|pt|it)(?:$|[-_])/i.test(doc.lang ?? '');
  const resolved: Resolved[] = [];
  const ownPhrase = new Set<number>();
  quotes.forEach((q, i) => {
    const p = doc.paragraphs[q.paragraph]!;
    const prev = quotes[i - 1];
    const next = quotes[i + 1];
    const local = (pos: number) => pos - p.start;
    const floor = prev && prev.paragraph === q.paragraph ? local(prev.marks.end) : 0;
    const ceiling = next && next.paragraph === q.paragraph ? local(next.marks.start) : p.text.length;
    const beforeStart = sentenceStartBefore(p.text, local(q.marks.start), floor);
    const before = p.text.slice(beforeStart, local(q.marks.start));
    const after = p.text.slice(local(q.marks.end), sentenceEndAfter(p.text, local(q.marks.end), ceiling));
    let result: Resolved | null = null;
    const endsClause = /[,.!?…—-]$/.test(q.text);
    const afterPhrase = q.closed ? phraseAfter(tokenize(after, q.marks.end), endsClause, /[.]$/.test(q.text), german !== null) : null;
    // A fragment inside the writer's sentence belongs to the verb before it ("Netanyahu warned against a “bad deal”").
    // Passive only after a participle: "described as “X” by Y", not "said he was “very moved” by the announcement".
    const passive = /^\s*by\s/i.test(after) && PARTICIPLE_BEFORE.test(before);
    // `he said, “…,” the office said`: a quote introduced right after its verb belongs to that verb's subject.
    const introduced = /[,:]\s*$/.test(before) && isSpeechVerb(lastWordOf(before));
    const beforeFirst = (!endsClause || introduced) && !passive && before.trim() !== '' && phraseBefore(tokenize(before, 0), false) !== null;
    // "…, según dijeron a El País dos fuentes ministeriales": a source the sentence names after the quote outranks
    // the subject before it, who only holds the view the source reports (issue 15).
    const sourced = afterPhrase !== null && beforeFirst && namesSourceAfter(tokenize(after, q.marks.end));
    if (afterPhrase && (!beforeFirst || sourced)) result = resolvePhrase(afterPhrase, q.marks.start);
    // Spanish and Portuguese drop the subject: `“Nadie entiende nada”, insistió.` is the words of the source quoted
    // just before, within two paragraphs (not of a place or thing the sentence before names).
    if (!result && prodrop && q.closed && PRODROP_AFTER.test(after) && isSpeechVerb(PRODROP_AFTER.exec(after)![1]!)) {
      const last = i > 0 && quotes[i - 1]!.paragraph >= q.paragraph - 2 ? resolved[i - 1] : undefined;
      if (last?.speaker) result = last;
    }
    if (!result) {
      const beforeTrim = before.trimEnd();
      const intro = beforeTrim.endsWith(':') || beforeTrim.endsWith(',');
      const beforePhrase = phraseBefore(tokenize(before, p.start + beforeStart), intro, german);
      const sameSentence = prev && prev.paragraph === q.paragraph && beforeStart === floor;
      if (beforePhrase === 'continued') {
        // "…,” the daily wrote, adding, “…”: the previous quote's speaker; else the clause's subject.
        if (sameSentence && resolved[i - 1]?.speaker) result = resolved[i - 1]!;
        else result = relativeSubject(before, p.start + beforeStart) ?? subjectOf(before, p.start + beforeStart, q.marks.start, false);
      } else if (beforePhrase) {
        result = resolvePhrase(beforePhrase, q.marks.start);
        // "The Los Angeles Times reports: “…” with the most prominent tech brands, said Jan Liphardt": a publication
        // that reports the quote does not speak it; the person named after it does.
        if (result?.speakerKind === 'organization' && afterPhrase && /\b(?:reports?|reported|writes|wrote|reporting)\b[^.!?]*$/i.test(before)) {
          const named = resolvePhrase(afterPhrase, q.marks.start);
          if (named?.speakerKind === 'person') result = named;
        }
      } else if (beforeTrim.endsWith(':') && !sameSentence) {
        // A colon introduction with no verb of saying: `Alverson summed up the journey: “…”`, `Mr Obama: “…”`.
        result = subjectOf(before, p.start + beforeStart, q.marks.start, true);
      }
      // “A,” he said, “B.”: quotes in one sentence share the attribution between them.
      if (!result && sameSentence && resolved[i - 1]?.speaker) result = resolved[i - 1]!;
      // A fragment in the writer's sentence with no verb of saying: the sentence's subject used the words
      // ("Clinton has called for a no-fly zone and “safe zones”").
      // `…,” Obama said in his speech. Palestinian Authority President Mahmoud Abbas “has put aside efforts …”`: a bare
      // name before a fragment that goes on as its predicate is what the last speaker talks about, not who speaks.
      const bareSubject = q.partial && /^\p{Ll}/u.test(q.text) && /^(?:\s*(?:\p{Lu}[\p{L}.’'-]*|of|the))+\s*$/u.test(before);
      const lastInParagraph = prev && prev.paragraph === q.paragraph ? resolved[i - 1] : undefined;
      if (!result && bareSubject && lastInParagraph?.speaker) result = lastInParagraph;
      // "a quien el informe ubicó «…»", "the bill lists “…”": a document right before the quote, with its verb.
      const documentVerb = q.partial ? DOCUMENT_VERB_BEFORE.exec(before) : null;
      if (!result && documentVerb && DOCUMENT_HEADS.has(documentVerb[2]!.toLowerCase())) {
        result = { speaker: documentPhrase(documentVerb[1]!) ?? documentVerb[1]!, speakerKind: 'description', person: null };
      }
      if (!result && q.partial && beforeTrim !== '' && !sameSentence) result = relativeSubject(before, p.start + beforeStart);
      if (!result && q.partial && beforeTrim !== '' && !sameSentence) result = subjectOf(before, p.start + beforeStart, q.marks.start, true);
      // German puts the subject after the verb when an adverbial opens the sentence: "Als ZdK-Chefin will Stetter-Karp
      // „…“" — a person the article knows, right after the verb.
      const inverted = german && !result && q.partial ? GERMAN_INVERTED.exec(before) : null;
      if (inverted) {
        const name = inverted[1]!.trim();
        const person = names.person(name) ?? adHoc.get(names.fullest(name));
        if (person) result = { speaker: person.name, speakerKind: 'person', person };
        // A name the people pass missed, which the article gives in full elsewhere ("Irme Stetter-Karp").
        else if (!name.includes(' ') && names.fullest(name).includes(' ') && !commonNoun(name) && !PLACES.has(name)) result = resolveName(name);
      }
      // The words before led nowhere ("That being said, “…,” he said"): the attribution after the quote.
      if (!result && afterPhrase && beforeFirst) result = resolvePhrase(afterPhrase, q.marks.start);
    }
    // A quote whose own sentence names a speaker we could not resolve ("schrieb er dem NDR" with "er" unclear) must not
    // borrow one from reported speech around it.
    if (!result && (afterPhrase || phraseBefore(tokenize(before, 0), false, german) !== null)) ownPhrase.add(i);
    resolved.push(result ?? { speaker: null, speakerKind: null, person: null });
    if (result?.person) speakerMentions.push({ start: q.span.start, person: result.person });
    else if (result?.speaker && !/s$/.test(result.speaker)) bodySpeakers.push({ start: q.span.start, speaker: result });
  });

  // Second pass: quotes still without a speaker take it from their neighbours.
  const contentParagraphBefore = (index: number): number => {
    let k = index - 1;
    while (k >= 0 && isTeaser(doc.paragraphs[k]!)) k--;
    return k;
  };
  quotes.forEach((q, i) => {
    if (resolved[i]!.speaker) return;
    const prev = quotes[i - 1];
    const next = quotes[i + 1];
    // A later quote in the same paragraph that has a speaker: `“A.” “B,” she said.`
    // Not across a sentence of the writer's: in `“A,” Gaiman told me. “B.” When Ford … “C,” she recalled`, B is Gaiman's.
    const gap = next ? doc.text.slice(q.marks.end, next.marks.start) : '';
    if (next && next.paragraph === q.paragraph && resolved[i + 1]!.speaker && !/\p{L}/u.test(gap)) { resolved[i] = resolved[i + 1]!; return; }
    // Else the last whole quote before it in the paragraph (a fragment in between may be someone else's word).
    for (let j = i - 1; j >= 0 && quotes[j]!.paragraph === q.paragraph; j--) {
      if (resolved[j]!.speaker && !quotes[j]!.partial) { resolved[i] = resolved[j]!; return; }
    }
    if (prev && prev.paragraph === q.paragraph && resolved[i - 1]!.speaker) { resolved[i] = resolved[i - 1]!; return; }
    if (next && next.paragraph === q.paragraph && resolved[i + 1]!.speaker) { resolved[i] = resolved[i + 1]!; return; }
    const p = doc.paragraphs[q.paragraph]!;
    const opensParagraph = q.marks.start === p.start;
    const before = contentParagraphBefore(q.paragraph);
    const prevParagraph = before >= 0 ? doc.paragraphs[before]! : null;
    // A quote opening its paragraph continues the quote that ended the paragraph before (multi-paragraph quotes,
    // paragraph-long quotes after "he said").
    if (opensParagraph && prev && prevParagraph && prev.paragraph === before && resolved[i - 1]!.speaker) {
      const lastSentence = sentenceStartBefore(prevParagraph.text, prevParagraph.text.length, 0) + prevParagraph.start;
      if (!prev.closed || prev.marks.end >= lastSentence) { resolved[i] = resolved[i - 1]!; return; }
    }
    // Otherwise the subject of the sentence just before: "The president also admitted … ." + “…”.
    const ownStart = sentenceStartBefore(p.text, q.marks.start - p.start, 0) + p.start;
    let sentence: { text: string; start: number } | null = null;
    if (ownStart > p.start) {
      const s = sentenceStartBefore(p.text, ownStart - p.start - 1, 0) + p.start;
      sentence = { text: doc.text.slice(s, ownStart), start: s };
    } else if (prevParagraph) {
      const s = sentenceStartBefore(prevParagraph.text, prevParagraph.text.length, 0) + prevParagraph.start;
      sentence = { text: doc.text.slice(s, prevParagraph.end), start: s };
    }
    // Outside English, a quote its own sentence introduces ("Consultada …, una fuente …: «…»") borrows no speaker.
    const ownIntro = !other.isEnglish(doc.lang) && /:\s*$/.test(doc.text.slice(ownStart, q.marks.start));
    if (sentence && !ownIntro && !/[“”"«»]/.test(sentence.text)) {
      // "…, said Bart Naylor, a policy advocate." + “…”: the attribution in that sentence, else its subject.
      const phrase = phraseBefore(tokenize(sentence.text, sentence.start), false, german);
      const found = (phrase && phrase !== 'continued' ? resolvePhrase(phrase, q.marks.start) : null)
        ?? subjectOf(sentence.text, sentence.start, q.marks.start, true);
      if (found) { resolved[i] = found; return; }
    }
    // German reported speech: a quote in a subjunctive sentence ("Der Markt sei „größer als vor COVID-19“"), or standing
    // alone after one, is the words of the source reported last, within four paragraphs.
    if (german && !ownPhrase.has(i)) {
      const local = q.marks.start - p.start;
      // A quote that ends with its own full stop ends its sentence: what follows is the next one.
      const tail = /[.!?…]$/.test(q.text) ? '' : p.text.slice(q.marks.end - p.start, sentenceEndAfter(p.text, q.marks.end - p.start, p.text.length));
      const own = p.text.slice(sentenceStartBefore(p.text, local, 0), local) + ' ' + tail;
      const standsAlone = !/\p{L}/u.test(own);
      const earlier = sentence && standsAlone ? sentence.text.replace(/[„“”"«»][^„“”"«»]*[„“”"«»]/gu, ' ') : '';
      if (isReportedSpeech(own) || isReportedSpeech(earlier)) {
        // Four paragraphs back: headings and promotions sit between the paragraphs of one report.
        // Only the quote just before: past a quote whose speaker is unknown, the source may have changed.
        const last = i > 0 && quotes[i - 1]!.paragraph >= q.paragraph - 4 ? resolved[i - 1]! : null;
        if (last?.speaker) { resolved[i] = last; return; }
        // No quote before it in reach: the person a verb of saying named last ("…, kritisierte Lucke weiter.").
        const source = last ? null : lastNamedSource(q.marks.start);
        if (source) { resolved[i] = { speaker: source.name, speakerKind: 'person', person: source }; return; }
      }
    }
    // A quote standing alone after "To Levin, …" / "For Parata and his family …": the holder of that view.
    const ownSentence = doc.text.slice(ownStart, q.marks.start) + doc.text.slice(q.marks.end, sentenceEndAfter(doc.text, q.marks.end, p.end));
    if (!/\p{L}/u.test(ownSentence)) {
      const holder = perspectiveHolder(q.marks.start, null);
      if (holder) { resolved[i] = { speaker: holder.name, speakerKind: 'person', person: holder }; return; }
    }
    // Fallback for a quote standing as its own paragraph: the person named last before it.
    const person = antecedent(q.marks.start, null);
    if (person && opensParagraph) resolved[i] = { speaker: person.name, speakerKind: 'person', person };
  });
  let bodyNames: BodyNames | null = null;
  const top = resolved.map((r, i) => statementBody(fullerDescription(r, i) ?? bodySpeaker(r, quotes[i]!), i)).map(({ speaker, speakerKind }) =>
    // "da Defesa", "von FACC", "der Grünen": a name that opens with a lower-case particle is a fragment, no one.
    (speakerKind === 'person' && speaker && /^\p{Ll}/u.test(speaker) ? { speaker: null, speakerKind: null } : { speaker, speakerKind }));
  if (quotes === allQuotes) return top;
  const out: Attribution[] = [];
  let t = 0;
  for (const q of allQuotes) {
    if (q.nestedIn === undefined) { out.push(top[t++]!); continue; }
    const outer = allQuotes[q.nestedIn]!;
    // The quote just before inside the same outer quote: "replied that ‘…,’ adding that …, quote, ‘…’" is one speaker.
    const prev = allQuotes[out.length - 1]?.nestedIn === q.nestedIn ? out.at(-1)! : null;
    out.push(reportedSpeaker(q, outer, out[q.nestedIn]!, prev));
  }
  return out;

  /**
   * A definite description that repeats one the article gave in full for an earlier quote, within four paragraphs:
   * "explicaron las fuentes" after "fuentes de Montecon dijeron", "the spokesperson" after "a Border Patrol
   * spokesperson said" (issue 15).
   */
  function fullerDescription(r: Resolved, i: number): Attribution | null {
    if (r.speakerKind !== 'description' || !r.speaker) return null;
    const noun = /^(?:the|der|die|das|le|la|les|l’|el|los|las|o|a|os|as)\s+(\p{L}[\p{L}-]*)$/iu.exec(r.speaker)?.[1]?.toLowerCase();
    if (!noun) return null;
    for (let j = i - 1; j >= 0 && quotes[j]!.paragraph >= quotes[i]!.paragraph - 4; j--) {
      const earlier = resolved[j]!;
      if (!earlier.speaker || earlier.speakerKind === 'person' || earlier.speaker === r.speaker) continue;
      const words = earlier.speaker.toLowerCase().split(/\s+/);
      if (words.length > 2 && words.includes(noun)) return { speaker: earlier.speaker, speakerKind: earlier.speakerKind };
    }
    return null;
  }

  /**
   * Who said a quote that another quote reports (issue 15): the subject of the verb of saying inside the outer quote.
   * "I" or "we" is the outer speaker; a name is that person; a pronoun points inside words we do not follow, so the
   * quote keeps no speaker rather than the outer one's.
   */
  function reportedSpeaker(q: QuoteSpan, outer: QuoteSpan, outerSpeaker: Attribution, prev: Attribution | null): Attribution {
    const none: Attribution = { speaker: null, speakerKind: null };
    const before = doc.text.slice(outer.span.start, q.marks.start);
    // "ask, quote, ‘…’": the word "quote" marks the words that follow, it says nothing itself.
    const lead = before.slice(sentenceStartBefore(before, before.length, 0)).replace(/,\s*quote\s*[,:]?\s*$/i, ', ');
    const tokens = tokenize(lead, q.marks.start - lead.length);
    // "what we’re telling our customers is, ‘…’", "I then said": the outer speaker, speaking of themself.
    const verb = tokens.findLastIndex((t) => isSpeechVerb(t.text));
    let k = verb - 1;
    while (k > 0 && (isAdverb(tokens[k]!) || AUXILIARIES.has(tokens[k]!.lower))) k--;
    if (verb > 0 && other.FIRST_PERSON.has(tokens[k]!.lower.replace(/[’'].*$/, ''))) return outerSpeaker;
    let phrase: Phrase | 'continued' | null = phraseBefore(tokens, true, german);
    if (phrase === 'continued') return prev ?? none;
    if (!phrase) {
      const after = doc.text.slice(q.marks.end, Math.max(q.marks.end, outer.span.end));
      phrase = phraseAfter(tokenize(after, q.marks.end), true, false, german !== null);
    }
    if (!phrase) return none;
    let primary = phrase.segments[0]!;
    // "I then heard President Trump ask", "we saw the minister say": after a verb of perceiving, its object speaks.
    const object = Math.max(primary.findLastIndex((t) => DETERMINERS.has(t.lower)), primary.findLastIndex((t) => /^\p{Ll}/u.test(t.text)) + 1);
    if (primary.length > 1 && PRONOUNS.has(primary[0]!.lower) && object > 1 && object < primary.length) {
      primary = primary.slice(object);
      phrase = { segments: [primary] };
    }
    if (primary.length === 1 && other.FIRST_PERSON.has(primary[0]!.lower)) return outerSpeaker;
    if (PRONOUNS.has(primary[0]!.lower) || OTHER_PRONOUN_GENDERS.has(primary[0]!.lower)) return none;
    const r = resolvePhrase(phrase, q.marks.start);
    return r ? bodySpeaker(r, q) : none;
  }

  /**
   * A body or document as the article names it: "Institute said in a release" (a subject with its verb) is
   * "Institute"; "the report" is whoever the article says issued it ("a June report by …"); a short name is the
   * organisation the article names in full ("the Institute" → "Venezuelan Institute for Culture and Cooperation").
   */
  /**
   * "der Sprecher", "the spokesperson", "une porte-parole" with no body: the body the quote's paragraph names before
   * it — an organisation the article knows, or in German the name after "von"/"bei" ("Die Angestellten von
   * Gegenbauer …", "bei der Berliner Straßenreinigung") — so "der Sprecher von Gegenbauer" (issue 15).
   */
  function spokespersonOf(speaker: string, q: QuoteSpan): string | null {
    const m = /^(?:the|a|an|der|die|ein|eine|le|la|un|une|el|una|o|um|uma)\s+(\p{L}[\p{L}-]*)$/iu.exec(speaker);
    const head = m?.[1]!.toLowerCase();
    if (!head || !UNNAMED_SOURCE_HEADS.has(head) || ['source', 'fuente', 'fonte', 'official', 'officer', 'aide'].includes(head)) return null;
    const from = paragraphStart(q.marks.start, 0);
    const k = countBelow(orgMentions(), q.marks.start, (x) => x.start) - 1;
    const org = k >= 0 && orgMentions()[k]!.start >= from && !NEWS_OUTLET.test(orgMentions()[k]!.name) ? orgMentions()[k]!.name : null;
    const of = other.isEnglish(doc.lang) ? 'for' : german ? 'von' : 'de';
    if (org) return `${speaker} ${of} ${org}`;
    if (!german) return null;
    let body: RegExpExecArray | null = null;
    for (const b of doc.text.slice(from, q.marks.start).matchAll(GERMAN_BODY_AFTER)) body = b;
    const name = body?.[2]?.trim();
    if (!name || knownPerson(name) || PLACES.has(name) || name.split(' ').some((w) => commonNoun(w) && !/^\p{Lu}\p{Ll}+er$/u.test(w))) return null;
    return body![1] === 'der' ? `${speaker} der ${name}` : `${speaker} von ${name}`;
  }

  /**
   * A statement with no issuer ("le communiqué", "die Mitteilung") or no speaker at all ("„…“, heißt es."): the body
   * the quote's paragraph, or the one before, names last outside quotes (issue 15).
   */
  function statementBody(a: Attribution, i: number): Attribution {
    const q = quotes[i]!;
    const prev = quotes[i - 1];
    // "„A“, wird in der Mitteilung betont: „B“": B is introduced by the same impersonal words that follow A.
    const between = prev && prev.paragraph === q.paragraph ? doc.text.slice(prev.marks.end, q.marks.start) : '';
    // "A meta-analysis … published in BMJ concludes that “…”": the study its own sentence makes the subject speaks.
    const study = studySubject(doc.text.slice(sentenceStartBefore(doc.text, q.marks.start, paragraphStart(q.marks.start, 0)), q.marks.start), isSpeechVerb);
    if (study) return { speaker: study, speakerKind: 'description' };
    // "dit le texte" after "la déclaration de Rio": the document named in the paragraph, or the one before.
    // With no speaker found, the words after the verb that follows the quote ("», dit en substance le texte.").
    const phrase = a.speaker ?? /^[\s,]*\p{Ll}+\s+((?:\p{Ll}+\s+){1,3}\p{Ll}+)\s*[.;]/u.exec(doc.text.slice(q.marks.end, q.marks.end + 60))?.[1];
    const named = phrase ? documentNamedBefore(phrase, doc.text.slice(paragraphStart(q.marks.start, 1), q.marks.start)) : null;
    if (named) return { speaker: named, speakerKind: 'description' };
    const bare = a.speaker ? isBareStatement(a.speaker)
      : isImpersonalAfter(doc.text.slice(q.marks.end, q.marks.end + 80)) || (/:\s*$/.test(between) && isImpersonalAfter(between));
    if (!bare) return a;
    const from = paragraphStart(q.marks.start, 1);
    const k = countBelow(orgMentions(), q.marks.start, (x) => x.start) - 1;
    const org = k >= 0 && orgMentions()[k]!.start >= from ? orgMentions()[k]!.name : null;
    // No news-outlet test here, unlike the spokesperson's body: "Deutsche Post" issues statements.
    if (org) return { speaker: org, speakerKind: 'organization' };
    // Else the body brought in earlier as issuing a statement ("eine Initiative …, die in einer … Mitteilung …").
    const issuer = statementIssuerBefore(doc.text.slice(Math.max(0, q.marks.start - 3000), q.marks.start));
    return issuer && !knownPerson(issuer) ? { speaker: issuer, speakerKind: 'organization' } : a;
  }

  /** A body's full name from its short one, from the text's names indexed once, on first use. */
  function fullNameOf(short: string): string | null {
    const full = (bodyNames ??= new BodyNames(doc.text)).full(short);
    return full && !knownPerson(full) && !PLACES.has(full) ? full : null;
  }

  function bodySpeaker({ speaker, speakerKind }: Resolved, q: QuoteSpan): Attribution {
    if (!speaker || speakerKind === 'person') return { speaker, speakerKind };
    // "the doctors" after "the recently formed group Doctors for Camp Closure": the group the article named by them.
    const members = /^the\s+(\p{Ll}{3,}s)$/iu.exec(speaker)?.[1];
    const group = members ? groupNamedBy(doc.text.slice(0, q.marks.start), members) : null;
    if (group) return { speaker: group, speakerKind: 'organization' };
    const spokesperson = spokespersonOf(speaker, q);
    if (spokesperson) return { speaker: spokesperson, speakerKind: 'description' };
    // "o Supremo" after "o Supremo Tribunal Federal": the organisation the article names in full with that word.
    const short = /^(?:the|o|a|el|la|le|der|die|das)\s+(\p{Lu}[\p{L}-]+)$/u.exec(speaker)?.[1];
    const fuller = short ? entities.organizations.filter((o) => o.name.startsWith(`${short} `)) : [];
    if (fuller.length === 1) return { speaker: fuller[0]!.name, speakerKind: 'organization' };
    // Else the full name the text gives it: "o Supremo" or "STF" after "Supremo Tribunal Federal (STF)".
    const acronym = speakerKind === 'organization' && /^\p{Lu}{2,6}$/u.test(speaker) ? speaker : null;
    const fullName = short || acronym ? fullNameOf(short ?? acronym!) : null;
    if (fullName) return { speaker: fullName, speakerKind: 'organization' };
    // "the agency said" after "reached out to the Department of Transportation": the body named just before.
    const kind = /^(?:(?:the|le|la|el|o|a|der|die|das)\s+|l[’'])(\p{Ll}+)$/iu.exec(speaker)?.[1]?.toLowerCase();
    const named = kind ? lastBodyOfKind(kind, q.marks.start) : null;
    if (named) return { speaker: named, speakerKind: 'organization' };
    let words = speaker.split(' ');
    // A clause is no speaker: "Two United States service members have been killed in a helicopter crash"; nor is a
    // thing something owns ("its cutback on orders of the jumbo jet"), unless it is people ("its spokesman").
    if (words.length > 9 || words.some((w) => CLAUSE_VERBS.has(w))) return { speaker: null, speakerKind: null };
    const of = words.findIndex((w, k) => k > 0 && ['of', 'for', 'on', 'at', 'in'].includes(w));
    const ownedHead = words[(of > 0 ? of : words.length) - 1]!;
    const thing = /^(?:its|their)$/i.test(words[0]!) && !(isRoleWord(ownedHead) || PEOPLE_NOUN_PLURAL.test(ownedHead) || RELATIONS.has(ownedHead) || ORG_HEADS.has(ownedHead));
    if (thing && speakerKind === 'description') return { speaker: null, speakerKind: null };
    // Outside English, a clause fragment ("dass er aus") opens with a conjunction or preposition, never a description.
    if (!other.isEnglish(doc.lang) && other.isFunctionWord(words[0]!) && !DETERMINERS.has(words[0]!.toLowerCase())
      && !QUANTIFIERS.has(words[0]!.toLowerCase())) return { speaker: null, speakerKind: null };
    // "Institute said in a release": the verb and what follows go; "The tweet from …" keeps its noun.
    const verb = words.findIndex((w, k) => k > 0 && /^\p{Ll}/u.test(w) && isSpeechVerb(w) && !DETERMINERS.has(words[k - 1]!.toLowerCase()));
    if (verb > 0) words = words.slice(0, verb);
    let name = words.join(' ');
    const noun = documentNoun(name);
    const issuer = noun ? issuerOf(noun, q.marks.start) : null;
    if (issuer) name = issuer;
    else if (verb < 0) return { speaker, speakerKind };
    const within = new RegExp(`(?:^|\\s)${escapeRegExp(name)}(?:\\s|$)`);
    const full = entities.organizations.filter((o) => o.name !== name && within.test(o.name));
    return { speaker: full.length === 1 ? full[0]!.name : name, speakerKind: 'organization' };
  }
}

/**
 * The last group the text names by a plural of people and what they stand for: "Doctors for Camp Closure", "Mothers
 * Against Drunk Driving", "Doctors Without Borders". Example: `groupNamedBy('… group Doctors for Camp Closure …',
 * 'doctors') === 'Doctors for Camp Closure'`.
 */
export function groupNamedBy(text: string, members: string): string | null {
  const head = members.charAt(0).toUpperCase() + members.slice(1);
  const pattern = new RegExp(String.raw`\b${escapeRegExp(head)}\s+(?:for|of|without|against|Without|Against|For|Of)\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}-]*)*`, 'gu');
  let last: string | null = null;
  for (const m of text.matchAll(pattern)) last = m[0];
  return last;
}

// Auxiliaries that make a speaker phrase a clause (lower case: "Will", "Are" may open names).
const CLAUSE_VERBS = new Set(['have', 'has', 'had', 'been', 'was', 'were', 'is', 'are', 'will', 'would', 'be']);

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const PREPOSITION_BEFORE = /\b(?:in|at|from|to|of|for|with|by|near|on|into|against|over|under|across|toward|towards)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}$/u;
/** A name after a preposition ("sacked by Manchester United") is rarely the subject a pronoun points back to. */
function afterPreposition(text: string, start: number): boolean {
  return PREPOSITION_BEFORE.test(text.slice(Math.max(0, start - 60), start));
}

// Speakers named only beside their quotes, learned one by one while attributing; no corpus article has near this many.
const MAX_LEARNED_SPEAKERS = 100;

/**
 * Runs `add`, which pushes mentions onto the sorted `list`, and puts them in place as a stable sort of the whole list
 * would (after mentions with the same start): a binary search each instead of sorting everything again.
 */
function insertMentions(list: Mention[], add: () => void): void {
  const before = list.length;
  add();
  const added = list.splice(before).sort((a, b) => a.start - b.start);
  for (const m of added) list.splice(upperBound(list, m.start), 0, m);
}

/** Index of the first mention starting after pos. */
function upperBound(list: readonly Mention[], pos: number): number {
  return countBelow(list, pos + 1, (m) => m.start);
}

/** Index of the first mention starting at or after pos. */
function lowerBound(list: readonly Mention[], pos: number): number {
  return countBelow(list, pos, (m) => m.start);
}

/** A test for "is this offset inside some quote's marks", by binary search over the quotes in order. */
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

/**
 * Offsets where a person is named: the full name, or the surname standing alone. A surname after another
 * capitalised word belongs to someone or something else ("Melania Trump", "European Union").
 */
function surnameMentions(text: string, name: string): number[] {
  const parts = name.split(' ');
  const surname = parts.at(-1)!;
  const given = parts.slice(0, -1).join(' ');
  const out: number[] = [];
  if (surname.length < 2) return out;
  for (const i of wholeWordStarts(text, surname)) {
    if (out.length >= 500) break;
    const before = text.slice(Math.max(0, i - 40), i);
    if (given && before.endsWith(`${given} `)) out.push(i - given.length - 1);
    // "Flixbus-Manager Stenger", "Minister Smith": a role before the surname leaves it the person's.
    else if (!/\p{Lu}[\p{L}.'’-]*\s$/u.test(before) || isRoleWord(/(\S+)\s$/u.exec(before)?.[1] ?? '')) out.push(i);
  }
  return out;
}
