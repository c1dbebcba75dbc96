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
  return IMPERSONAL_AFTER.test(after.replace(/^[”“"»«„’‘']+/u, ''));
}

const BARE_STATEMENT = new RegExp(String.raw`^${STATEMENT}$`, 'iu');

/** A speaker that is a statement with no issuer: "le communiqué", "die Mitteilung", "la nota", "o comunicado". */
export function isBareStatement(speaker: string): boolean {
  return BARE_STATEMENT.test(speaker.trim());
}
