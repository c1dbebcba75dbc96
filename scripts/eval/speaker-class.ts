// The class of a labelled speaker, read from the label's shape (issue 15): a person's name, a description ("the
// singer", "a Republican strategist", "Sprecherin der Berliner Straßenreinigung") or an organisation or body ("the
// Department of Justice", "EPA", "Whole Foods"). The scoreboard gives speaker accuracy per class.
import { ORG_HEADS, other, isForeignPersonNoun, ROLE_NOUNS } from '../../src/core/lexicon/index.ts';

export type SpeakerClass = 'person' | 'description' | 'organisation';
export const SPEAKER_CLASSES: readonly SpeakerClass[] = ['person', 'description', 'organisation'];

// Heads of a body's proper name ("Food Standards Agency", "Whole Foods") and lower-case heads of bodies in the label
// languages ("US military", "gouvernement", "ministère des Affaires étrangères").
const NAME_HEADS = new Set([...ORG_HEADS].map((w) => w.replace(/\.$/, '')));
const BODY_WORDS = new Set([...other.ORG_HEAD_NOUNS, 'military', 'agency', 'government', 'police', 'ministry',
  'department', 'company', 'firm', 'office', 'administration', 'authorities', 'initiative', 'magazine', 'newspaper',
  'party', 'union', 'council', 'committee', 'court', 'board', 'group', 'team', 'club', 'university', 'school',
  'hospital', 'bank', 'army', 'commission', 'association', 'campaign', 'network'].map((w) => w.toLowerCase()));
const ROLE_WORDS = new Set([...ROLE_NOUNS].map((w) => w.toLowerCase()));
// Words after a head that open its complement: "a spokesperson for the ministry", "Sprecher von Gegenbauer".
const COMPLEMENT = new Set(['of', 'for', 'at', 'in', 'on', 'from', 'with', 'by', 'de', 'del', 'des', 'du', 'da', 'do',
  'dos', 'das', 'von', 'vom', 'der', 'bei', 'published', 'who', 'and', 'y', 'et', 'und', 'e']);
const DETERMINER = /^(?:the|a|an|one|some|his|her|their|its|le|la|les|l’|un|une|el|los|las|una|o|os|as|um|uma|der|die|das|ein|eine)$/i;

/** A role or a German, French, Spanish or Portuguese person noun: "analysts", "Aktivist", "Rheinmetall-Sprecher". */
function namesPeople(word: string): boolean {
  const w = word.toLowerCase().replace(/[’']s$/, '');
  const last = w.split('-').at(-1)!;
  return [w, last].some((x) => ROLE_WORDS.has(x) || isForeignPersonNoun(x));
}

/**
 * The class of a labelled speaker by its shape. A head noun of a body makes an organisation; a determiner, a
 * lower-case head or a person noun makes a description; what is left is a proper name, which the label's own kind
 * tells apart (a body's name looks like a person's: "Whole Foods", "Strava").
 * Example: `speakerClass('a Republican strategist')` is 'description'; `speakerClass('Eswar Prasad')` is 'person'.
 */
export function speakerClass(speaker: string, kind?: string): SpeakerClass {
  const words = speaker.trim().split(/\s+/);
  const cut = words.findIndex((w, k) => k > 0 && COMPLEMENT.has(w.toLowerCase()));
  const head = words[(cut > 0 ? cut : words.length) - 1]!.replace(/[’']s$/, '');
  if (/^(?:\p{Lu}\.?){2,6}$/u.test(speaker.replace(/\s+/g, '')) && words.length === 1) return 'organisation';
  const capitalised = /^\p{Lu}/u.test(head);
  if (capitalised ? NAME_HEADS.has(head) || BODY_WORDS.has(head.toLowerCase()) : BODY_WORDS.has(head)) return 'organisation';
  if (DETERMINER.test(words[0]!) || !capitalised) return 'description';
  // A capitalised head names people only as a German noun or a role ("Aktivist", "Rheinmetall-Sprecher"), not as a
  // surname that is also a noun ("Sawyer", "Pipers").
  if (words.length === 1 && namesPeople(head)) return 'description';
  if (kind === 'organization') return 'organisation';
  return kind === 'description' ? 'description' : 'person';
}
