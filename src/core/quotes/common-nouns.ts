// Common nouns that a capitalised-word test takes for names (issue 15): German capitalises every noun ("Die Nachfrage
// der Airlines sei hoch", "Das Büro der Firma"), and French, Spanish and Portuguese nouns open sentences. A word the
// article itself writes after an article or a demonstrative is a thing, not a person who speaks.
import { wholeWordStarts } from '../text/index.ts';

// Articles and demonstratives that stand before nouns and never before a personal name in news copy. Words that also
// join names ("da Silva", "de la Raudière", "von der Leyen", "dos Santos", "du Bellay", "del Potro") are left out.
const NOUN_DETERMINERS = new Set([
  'der', 'die', 'das', 'den', 'dem', 'ein', 'eine', 'einen', 'einem', 'einer', 'eines', 'kein', 'keine', 'keinen',
  'keinem', 'keiner', 'dieser', 'diese', 'dieses', 'diesem', 'diesen', 'jeder', 'jede', 'jedes', 'jedem', 'jeden',
  'im', 'am', 'vom', 'zum', 'zur', 'beim', 'ins',
  'le', 'la', 'les', 'un', 'une', 'au', 'aux', 'ce', 'cet', 'cette', 'ces',
  'el', 'los', 'las', 'una', 'unos', 'unas', 'al', 'este', 'esta', 'estos', 'estas',
  'os', 'as', 'um', 'uma', 'uns', 'umas', 'ao', 'aos', 'pelo', 'pela', 'pelos', 'pelas', 'esse', 'essa',
  // Possessives: "In ihrer Bewerbungsrede", "son Gouvernement", "su Partido", "seu Governo".
  'ihr', 'ihre', 'ihrer', 'ihren', 'ihrem', 'ihres', 'sein', 'seine', 'seiner', 'seinen', 'seinem', 'seines', 'unser',
  'unsere', 'unserer', 'unseren', 'unserem', 'son', 'sa', 'ses', 'leur', 'leurs', 'notre', 'nos', 'su', 'sus',
  'nuestro', 'nuestra', 'seu', 'sua', 'seus', 'suas', 'nosso', 'nossa',
]);

// The two words before a word: an article right before it, or before one lower-case adjective ("der weltweite
// Luftverkehrsmarkt", "une nouvelle Loi").
const BEFORE = /(?:(\p{L}+)\s+)?(\p{L}+)\s+$/u;
// "von der Leyen", "van den Berg": an article after these particles is part of a name.
const NAME_PARTICLE_BEFORE = /(?:^|[^\p{L}])(?:von|van|vom)\s+\p{L}+\s+$/iu;

/**
 * Whether a single capitalised word is a common noun in this text: somewhere the text puts an article or a
 * demonstrative before it. Names of several words never are.
 * Example: in "Die Nachfrage sei hoch. Nachfrage …", `isCommonNoun(text, 'Nachfrage') === true`;
 * in "Merkel sagte …", `isCommonNoun(text, 'Merkel') === false`.
 */
export function isCommonNoun(text: string, word: string): boolean {
  if (word.includes(' ') || !/^\p{Lu}\p{Ll}/u.test(word)) return false;
  let seen = 0;
  for (const start of wholeWordStarts(text, word)) {
    if (++seen > 200) break;
    const window = text.slice(Math.max(0, start - 40), start);
    const before = BEFORE.exec(window);
    if (!before || NAME_PARTICLE_BEFORE.test(window)) continue;
    const [, second, last] = before;
    if (NOUN_DETERMINERS.has(last!.toLowerCase())) return true;
    if (second && /^\p{Ll}/u.test(last!) && NOUN_DETERMINERS.has(second.toLowerCase())) return true;
  }
  return false;
}
