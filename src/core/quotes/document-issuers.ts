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
const WORD = String.raw`\p{Lu}[\p{L}\p{N}.&’'-]*`;
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
