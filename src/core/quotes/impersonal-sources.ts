import { isSpeechVerb } from '../lexicon/index.ts';

// Quotes attributed to no one in the sentence (issue 15): "„…“, heißt es.", "…, wird in der Mitteilung betont",
// "», selon le communiqué", "», indica el comunicado", "”, diz a nota". The words are a body's statement; the body is
// the one the quote's paragraph (or the one before) names last, which attribution.ts looks up.

// Document nouns that stand for a body's statement when no issuer is given, in the five languages.
const STATEMENT_NOUNS = 'statement|release|communiqué|communique|texte|mitteilung|pressemitteilung|erklärung|stellungnahme|comunicado|nota|nota oficial';
const ARTICLES = String.raw`(?:the|its|le|la|l[’']|el|o|a|die|der|dem|einer|der)`;

// After the closing mark: German impersonal "heißt es" / "hieß es" (alone or "in der Mitteilung", not "im Song"), a
// passive verb with "in der Mitteilung", or "according to" with a bare document ("selon le communiqué").
const STATEMENT = String.raw`${ARTICLES}\s*(?:${STATEMENT_NOUNS})(?![\p{L}])`;
const IMPERSONAL_AFTER = new RegExp(String.raw`^\s*[,–—-]?\s*(?:(?:heißt|hieß)\s+es(?:\s*[.,;:]|\s+(?:in|aus)\s+${STATEMENT})|(?:wird|wurde)\s+(?:\p{Ll}+\s+){0,2}in\s+${STATEMENT}\s+\p{Ll}+|(?:selon|según|segundo|laut)\s+${STATEMENT})`, 'iu');

/**
 * Whether the words after a quote attribute it to no one: `isImpersonalAfter('“, heißt es. Die …') === true`,
 * `isImpersonalAfter('», selon le communiqué.') === true`, `isImpersonalAfter('“, sagte er.') === false`.
 */
export function isImpersonalAfter(after: string): boolean {
  const text = after.replace(/^[”“"»«„’‘']+/u, '');
  if (IMPERSONAL_START.test(text) && IMPERSONAL_AFTER.test(text)) return true;
  // "”, the statement said.", "», indique le communiqué.": a bare statement and its verb of saying, in either order.
  if (!STATEMENT_WORD.test(text)) return false;
  const m = STATEMENT_WITH_VERB.exec(text);
  return m !== null && isSpeechVerb(m[1] ?? m[2]!);
}

// Cheap looks first, each a necessary condition of the long pattern after it (issue 17): most quotes are followed by
// neither word, and a long case-blind pattern costs much to build (about 18 ms on its first use) and to run.
const IMPERSONAL_START = /^\s*[,–—-]?\s*(?:heißt|hieß|wird|wurde|selon|según|segundo|laut)\s/iu;
// One of STATEMENT_NOUNS anywhere: every match of the long patterns holds one.
const STATEMENT_WORD = new RegExp(STATEMENT_NOUNS, 'iu');
const STATEMENT_WITH_VERB = new RegExp(String.raw`^\s*[,–—-]?\s*(?:${STATEMENT}\s+(\p{Ll}+)|(\p{Ll}+)\s+${STATEMENT})\s*[.;,]`, 'iu');
const BARE_STATEMENT = new RegExp(String.raw`^${STATEMENT}$`, 'iu');

/** A speaker that is a statement with no issuer: "le communiqué", "die Mitteilung", "la nota", "o comunicado". */
export function isBareStatement(speaker: string): boolean {
  return BARE_STATEMENT.test(speaker.trim());
}

// A body brought in with a relative clause that issues a statement: "eine Initiative organisiert, die in einer am
// Dienstag veröffentlichten Mitteilung … fordert", "the Coalition, which in a statement on Monday called for …".
const ISSUER_RELATIVE = new RegExp(String.raw`(?:^|\s)(?:[Ee]ine?|[Dd]er|[Dd]ie|[Dd]as|[Tt]he|[Aa]n?|[Uu]ne?|[Ll]a|[Ll]e|[Ee]l|[Uu]na?|[Uu]ma?|[Oo])\s+((?:\p{Lu}[\p{L}-]*\s+){0,3}\p{Lu}[\p{L}-]*)(?:\s+\p{Ll}+)?,\s+(?:die|der|das|which|who|que|qui|la\s+cual|el\s+cual)\s+(?:in|en|em|dans|na|no)\s+(?:einer|einem|a|an|its|une|un|una|um|uma|their)\s+(?:[\p{L}\p{N}-]+\s+){0,3}(?:${STATEMENT_NOUNS.split('|').map((w) => `[${w[0]}${w[0]!.toUpperCase()}]${w.slice(1)}`).join('|')})(?![\p{L}])`, 'gu');

/**
 * The body the words before a quote bring in as issuing a statement, the last one, or null: `statementIssuerBefore(
 * 'Nun hat sich eine Initiative organisiert, die in einer am Dienstag veröffentlichten Mitteilung mehr fordert.')`
 * is `Initiative`.
 */
export function statementIssuerBefore(window: string): string | null {
  let last: string | null = null;
  for (const m of window.matchAll(ISSUER_RELATIVE)) last = m[1]!;
  return last;
}
