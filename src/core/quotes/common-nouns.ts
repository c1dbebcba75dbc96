// Common nouns that a capitalised-word test takes for names (issue 15): German capitalises every noun ("Die Nachfrage
// der Airlines sei hoch", "Das Büro der Firma"), and French, Spanish and Portuguese nouns open sentences. A word the
// article itself writes after an article or a demonstrative is a thing, not a person who speaks.
import { wholeWordStarts } from '../text/index.ts';
import { other } from '../lexicon/index.ts';

const NOUN_DETERMINERS: ReadonlySet<string> = new Set(other.NOUN_DETERMINERS);

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
