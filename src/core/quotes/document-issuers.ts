// Documents and messages that "say" a quote ("the report said", "the trends report stated", "the statement said")
// are named by who issued them where the article says so (issue 15): "a June report by the University of Chicago
// Education Lab and MDRC", "The U.S. Copyright Office's May 2025 report", "ClassPass noted in its report", "the US
// military said in a statement".

import { execAll } from '../text/index.ts';

// Nouns of documents and messages, singular; a speaker phrase whose head is one of these is a document.
const DOCUMENT_NOUNS = new Set(['report', 'statement', 'release', 'letter', 'study', 'survey', 'analysis', 'review',
  'filing', 'paper', 'memo', 'document', 'complaint', 'lawsuit', 'ruling', 'post', 'notice', 'announcement', 'guidance',
  'communiqué', 'research', 'assessment']);

// A body's name: capitalised words, with "of", "for", "and", "the", "on" inside ("American College of Sports
// Medicine", "University of Chicago Education Lab and MDRC", "U.S. Copyright Office"), perhaps ending in one
// lower-case word of a body ("US military").
// A possessive ends a name: in "Strava's and ClassPass's reports" the names are "Strava" and "ClassPass".
const WORD = String.raw`\p{Lu}[\p{L}\p{N}.&-]*(?:[’'](?!s\b)[\p{L}\p{N}.&-]+)*`;
const NAME = String.raw`${WORD}(?:\s+(?:(?:of|for|and|the|on|de)\s+)*${WORD})*(?:\s+(?:military|government|police|army|ministry|department|agency|office|administration))?`;

/** The document noun a speaker phrase names, or null: `documentNoun('the trends report') === 'report'`. */
export function documentNoun(speaker: string): string | null {
  const words = speaker.toLowerCase().replace(/[’']s\b/g, '').split(/\s+/);
  if (words.length > 6 || !['the', 'this', 'that', 'its', 'their', 'a'].includes(words[0]!)) return null;
  const head = words.at(-1)!;
  return DOCUMENT_NOUNS.has(head) ? head : null;
}

// Built once per noun (a handful of DOCUMENT_NOUNS): building five patterns per quote cost more than running them.
const PATTERNS = new Map<string, { patterns: RegExp[]; cues: RegExp[] }>();

function issuerPatterns(noun: string): { patterns: RegExp[]; cues: RegExp[] } {
  if (!DOCUMENT_NOUNS.has(noun)) return { patterns: buildIssuerPatterns(noun), cues: buildCues(noun) };
  let built = PATTERNS.get(noun);
  if (!built) PATTERNS.set(noun, built = { patterns: buildIssuerPatterns(noun), cues: buildCues(noun) });
  return built;
}

/**
 * For each issuer pattern, a small pattern that every match of it contains (from its preposition, possessive or verb
 * to the noun, \S+ for each word between): a window without it holds no match, and the big pattern, which a fresh
 * page compiles anew (Unicode classes), is not run. Without flag u: \S takes in every character the big
 * patterns' word classes take, and \b is the same in both modes.
 */
function buildCues(noun: string): RegExp[] {
  const n = `${noun}s?`;
  return [
    new RegExp(String.raw`\b${n}\s+(?:by|from|of)\s`),
    new RegExp(String.raw`[’']s\s+(?:\S+\s+){0,3}${n}\b`),
    new RegExp(String.raw`\s(?:said|says|announced|wrote|noted|stated|added|explained|warned)\s+in\s+(?:a|an|its|their)\s+(?:\S+\s+){0,2}${n}\b`),
    new RegExp(String.raw`\s(?:issued|issues|released|releases|published|publishes|put\s+out|sent|posted|filed)\s+(?:a|an|its|their)\s+(?:\S+\s+){0,2}${n}\b`),
    new RegExp(String.raw`\bin\s+(?:its|their)\s+(?:\S+\s+){0,2}${n}\b`),
  ];
}

function buildIssuerPatterns(noun: string): RegExp[] {
  const n = `${noun}s?`;
  return [
    // "a June report by the University of Chicago Education Lab and MDRC", "a statement from the ministry".
    new RegExp(String.raw`\b${n}\s+(?:by|from|of)\s+(?:[Tt]he\s+)?(${NAME})`, 'gu'),
    // "The U.S. Copyright Office's May 2025 report", "ACSM’s trends report".
    new RegExp(String.raw`(?:^|[^\p{L}])(?:[Tt]he\s+)?(${NAME})[’']s\s+(?:[\p{L}\p{N}-]+\s+){0,3}${n}\b`, 'gu'),
    // "the US military said in a statement", "The Institute said in a release".
    new RegExp(String.raw`(?:^|[^\p{L}])(?:[Tt]he\s+)?(${NAME})\s+(?:\p{Ll}+ly\s+)?(?:said|says|announced|wrote|noted|stated|added|explained|warned)\s+in\s+(?:a|an|its|their)\s+(?:[\p{L}\p{N}-]+\s+){0,2}${n}\b`, 'gu'),
    // "the Electoral Commission, which regulates campaign finances, issued a statement", "the FDA released a report".
    new RegExp(String.raw`(?:^|[^\p{L}])(?:[Tt]he\s+)?(${NAME})(?:,[^,.!?“”"]{1,80},)?\s+(?:\p{Ll}+ly\s+)?(?:issued|issues|released|releases|published|publishes|put\s+out|sent|posted|filed)\s+(?:a|an|its|their)\s+(?:[\p{L}\p{N}-]+\s+){0,2}${n}\b`, 'gu'),
    // "ClassPass noted in its report", "The American College of Sports Medicine also emphasized … in its trends
    // report": the sentence's subject, followed by its verb.
    new RegExp(String.raw`(?:^|[.!?]\s+|\n)(?:[Tt]he\s+)?(${NAME})(?=\s+(?:also\s+|has\s+|had\s+)?\p{Ll}+(?:ed|s)\s)[^.!?\n]{0,140}?\bin\s+(?:its|their)\s+(?:[\p{L}\p{N}-]+\s+){0,2}${n}\b`, 'gu'),
  ];
}

/**
 * Who issued the document a quote is attributed to, from the article's words before the quote (the nearest naming
 * wins), or null where the article does not say.
 * Example: `documentIssuer('ClassPass noted in its report a rise. “…” the report stated.', 60, 'report') === 'ClassPass'`.
 */
export function documentIssuer(text: string, before: number, noun: string, reach = 6000): string | null {
  const from = Math.max(0, before - reach);
  const window = text.slice(from, before);
  let best: { at: number; name: string } | null = null;
  const { patterns, cues } = issuerPatterns(noun);
  for (let k = 0; k < patterns.length; k++) {
    const cue = cues[k]!.exec(window);
    if (!cue) continue;
    // Every match holds a cue, so it ends after the first cue starts; and a stopper is never inside a match, only its
    // first character. So no match starts before the last stopper ahead of the first cue: the scan starts there.
    for (const m of execAll(patterns[k]!, window, lastStopper(window, cue.index, STOPPERS[k]!))) {
      const name = trimName(m[1]!);
      if (!name || /^(?:The|This|That|It|Its|A|An|In|On|At|But|And)$/.test(name)) continue;
      const at = m.index + m[0].length;
      // The nearest naming wins; at the same place, the earlier pattern (the surer one).
      if (!best || at > best.at) best = { at, name };
    }
  }
  return best?.name ?? null;
}

// Per issuer pattern, characters no match of it holds except as its first ([^\p{L}], [.!?]): punctuation outside a
// name, its words and the comma-delimited clause or stretch of words the last two allow. (Any subset would do.)
const STOPPERS = [',;:!?"“”()[]«»', ',;:!?"“”()[]«»', ',;:!?"“”()[]«»', '!?"“”', '!?'];

/** Where the last of `stoppers` stands at or before `at` in `text`; 0 when none does. */
function lastStopper(text: string, at: number, stoppers: string): number {
  for (let i = at; i > 0; i--) if (stoppers.includes(text[i]!)) return i;
  return 0;
}

// "The Institute" → "Institute"; a trailing "of"/"and" left by the pattern is not part of the name.
function trimName(name: string): string {
  return name.replace(/^(?:The|the)\s+/, '').replace(/\s+(?:of|for|and|the|on|de)$/u, '').trim();
}

// Documents and messages in French, Spanish, Portuguese and German, beside the English DOCUMENT_NOUNS.
const OTHER_DOCUMENT_NOUNS = ['rapport', 'communiqué', 'déclaration', 'étude', 'lettre', 'courrier', 'note', 'avis',
  'informe', 'comunicado', 'declaración', 'estudio', 'carta', 'nota', 'relatório', 'declaração', 'estudo', 'bericht',
  'mitteilung', 'pressemitteilung', 'erklärung', 'studie', 'brief', 'schreiben', 'stellungnahme'];
// A name in any of the five languages: capitalised words, with short lower-case joining words inside
// ("Supremo Tribunal Federal", "Institut für Demoskopie Allensbach", "University of Chicago Education Lab and MDRC").
// Spaces, never a line break: a name does not run into the next paragraph.
const ANY_NAME = String.raw`${WORD}(?:[^\S\n]+(?:(?:of|for|and|the|on|de|del|do|da|dos|das|du|des|la|für|und|der|y|e|et)[^\S\n]+)*${WORD})*`;
// A determiner, up to three words ("a June", "el último"), the document's noun, then who issued it: "a June report by
// the University of Chicago …", "o comunicado do STF", "un rapport de l’OCDE", "la nota del Ministerio",
// "einer Mitteilung der Deutschen Bahn", "a statement from Meta".
// Its article alone, looked at first (issue 17): most phrases open on none, and the whole pattern costs far more.
const ISSUED_ARTICLES = "a|an|the|its|their|this|un|une|le|la|l[’']|el|los|las|o|os|as|um|uma|der|die|das|ein|eine|einer|einem|dem|den";
const ISSUED_START = new RegExp(String.raw`${anyCase(ISSUED_ARTICLES)}\s`, 'uy');
const ISSUED_PHRASE = new RegExp(String.raw`${anyCase(ISSUED_ARTICLES)}\s+(?:[\p{L}\p{N}-]+\s+){0,3}?${anyCase([...DOCUMENT_NOUNS, ...OTHER_DOCUMENT_NOUNS].join('|'))}s?\s+(?:(?:by|from|of|de|von|vom)\s+(?:(?:the|la|le|l[’']|el|los|las|der|dem|den)\s*)?|(?:du|des|del|do|da|dos|das|der)\s+)(${ANY_NAME})`, 'uy');

/** Alternatives that match with their first letter in either case ("The report", "die Mitteilung"). */
function anyCase(alternatives: string): string {
  return `(?:${alternatives.split('|').map((w) => `[${w[0]}${w[0]!.toUpperCase()}]${w.slice(1)}`).join('|')})`;
}

/**
 * Who issued the document a speaker phrase names, when the phrase says it: `issuerInPhrase('… according to a June
 * report by the University of Chicago Education Lab and MDRC, a research …', 16)` is `University of Chicago Education
 * Lab and MDRC`. `at` is where the phrase starts in `text`; the name is read from the text, so a phrase cut at "and"
 * still gives the whole name. Null when the phrase is no document with its issuer.
 */
export function issuerInPhrase(text: string, at: number): string | null {
  // Only the phrase's own stretch of text: a slice from the start would make every call cost the whole article.
  ISSUED_START.lastIndex = at;
  if (!ISSUED_START.test(text)) return null;
  ISSUED_PHRASE.lastIndex = 0;
  const m = ISSUED_PHRASE.exec(text.slice(at, at + 300));
  if (!m) return null;
  // "do STF." : the sentence's full stop, not an initialism's ("U.S.").
  const name = trimName(m[1]!).replace(/(?<=^|\s)([^.\s]+)\.$/u, '$1');
  // "Their" or "The" caught by the case-blind pattern is no name.
  return /^\p{Lu}/u.test(name) && !/^(?:The|This|That|It|Its|Their)$/.test(name) ? name : null;
}

// "le texte", "the text", "el texto", "o documento", "der Text": a document named before, standing for itself; an
// adverb the verb took may come first ("dit en substance le texte" gives "substance le texte").
const DOCUMENT_ANAPHOR = /^(?:\p{Ll}+\s+){0,2}(?:le|the|this|el|este|o|este|der|das|dieser|dieses)\s+(?:texte|text|texto|document|documento|dokument)$/iu;
// A document with its name: "la déclaration de Rio", "the Declaration of Helsinki", "el informe de la ONU".
const NAMED_DOCUMENT = new RegExp(String.raw`${anyCase('la|le|l[’\']|the|el|o|a|die|der|das')}\s*${anyCase([...DOCUMENT_NOUNS, ...OTHER_DOCUMENT_NOUNS, 'declaration', 'convention', 'treaty', 'charter', 'traité', 'convention', 'charte', 'tratado', 'declaração', 'convenção', 'vertrag', 'abkommen', 'konvention'].join('|'))}\s+(?:of|de|du|des|del|da|do|von)\s+(?:(?:la|the)\s+|l[’'])?\p{Lu}[\p{L}-]+`, 'gu');

/**
 * The document a bare "le texte" / "the text" stands for: the last one named with its name in `window` (the words
 * before the quote), or null. Example: `documentNamedBefore('le texte', 'définie dans la déclaration de Rio adoptée
 * en 1992.')` is `la déclaration de Rio`.
 */
export function documentNamedBefore(speaker: string, window: string): string | null {
  if (!DOCUMENT_ANAPHOR.test(speaker.trim())) return null;
  let last: string | null = null;
  for (const m of window.matchAll(NAMED_DOCUMENT)) last = m[0];
  return last;
}

// A numbered part of a law: "Article 53.1", "Japan's Article 30-4", "Section 230", "Artikel 5", "l’article 49.3".
// Words after it are the sentence's verb and the rest ("Japan's Article 30-4 allows exploitation of works").
const LAW_PART = /^(?:(?:the|its|\p{Lu}[\p{L}-]*[’']s|l[’']|el|o|der|le|la)\s+)?(?:article|section|clause|paragraph|artikel|paragraf|artículo|artigo|§)\s*\d[\d.,-]*\p{L}?(?:\s*©)?(?=\s+\p{Ll}|$)/iu;
// A law named with capitals: "the EU AI Act", "the Digital Markets Act", "Copyright Act", "Grundgesetz".
const NAMED_LAW = /(?:\b[Tt]he\s+)?(?:\p{Lu}[\p{L}\p{N}-]*\s+){1,4}(?:Act|Law|Code|Directive|Regulation|Treaty|Convention)\b/gu;

/**
 * A numbered part of a law as a speaker ("Article 53.1 states that …"): the law the words before name last (the
 * quote's paragraph and the one before, in `window`), else the part as written. Null when `phrase` is no law part.
 * Example: `lawOfPart('Article 53.1', 'the EU AI Act applies these obligations. ')` is `the EU AI Act`.
 */
export function lawOfPart(phrase: string, window: string): string | null {
  const part = LAW_PART.exec(phrase.trim())?.[0];
  if (!part) return null;
  // "Japan's Article 30-4" names its own law's owner: no look back.
  if (/^\p{Lu}[\p{L}-]*[’']s\s/u.test(part)) return part;
  let law: string | null = null;
  for (const m of window.matchAll(NAMED_LAW)) law = m[0].trim();
  return law ?? part;
}

// A sentence whose subject is a study or report and whose verb brings in the quote: "A meta-analysis of … published
// in BMJ concludes that “…”", "The study found that “…”", "Une étude de l’Inserm conclut que « … »".
const STUDY_SUBJECT = new RegExp(String.raw`^(?:A|An|The|This|One|Another|Une?|La|Le|L[’']|El|Una?|O|Um|Uma|Die|Der|Das|Eine?)\s*((?:meta-analysis|study|studies|report|survey|review|analysis|paper|trial|poll|étude|enquête|rapport|estudio|informe|encuesta|estudo|relatório|pesquisa|Studie|Bericht|Umfrage|Analyse)\b[^.!?"“”«»„]{0,160}?)\s+(\p{Ll}+)(?:\s+(?:that|que|qu[’']|dass))?\s*[,:]?\s*$`, 'u');

/**
 * The study or report that is the subject of the words before a quote, with its verb of saying or finding, as the
 * article words it (without that verb), or null. Example: `studySubject('A meta-analysis published in BMJ concludes
 * that ')` is `A meta-analysis published in BMJ`.
 */
export function studySubject(before: string, isVerb: (word: string) => boolean): string | null {
  const m = STUDY_SUBJECT.exec(before);
  if (!m || !(isVerb(m[2]!) || /^(?:finds|found|shows|showed|concludes|concluded|suggests|suggested|notes|noted|states|stated|warns|warned)$/.test(m[2]!))) return null;
  return before.slice(0, before.indexOf(m[1]!) + m[1]!.length).trim();
}
