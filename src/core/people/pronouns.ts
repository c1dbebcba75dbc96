// Gender of each person from the text itself (issue 3), so "he said" / "she added" find the right antecedent:
// a title before the name (Mr, Mrs, Ms) or the first personal pronoun after a mention.
import type { TextDoc } from '../text/index.ts';
import type { PersonEntity } from './types.ts';
import { firstNameGender } from '../lexicon/index.ts';

export type Gender = 'male' | 'female';

const MALE_TITLES = /(?:^|[^\p{L}])(?:Mr|Sir|Lord|King|Prince|Father|Brother|Mister|Duke|Sheikh|Emir|Pope)\.?\s+$/u;
const FEMALE_TITLES = /(?:^|[^\p{L}])(?:Mrs|Ms|Miss|Madam|Dame|Lady|Queen|Princess|Sister|Duchess)\.?\s+$/u;

/** The gender a pronoun asks for: `pronounGender('She') === 'female'`, `pronounGender('they') === null`. */
export function pronounGender(word: string): Gender | null {
  const w = word.toLowerCase();
  if (w === 'he' || w === 'him' || w === 'his' || w === 'himself') return 'male';
  if (w === 'she' || w === 'her' || w === 'hers' || w === 'herself') return 'female';
  return null;
}

/**
 * Gender per person: the people pass's answer when it has one, else votes from titles before mentions and the first
 * pronoun in the 250 characters after each mention.
 */
export function inferGenders(
  doc: TextDoc,
  people: readonly PersonEntity[],
  extraMentions: ReadonlyMap<PersonEntity, readonly number[]> = new Map(),
): Map<PersonEntity, Gender | null> {
  const out = new Map<PersonEntity, Gender | null>();
  for (const p of people) {
    const given = p.name.includes(' ') ? firstNameGender(p.name.split(' ')[0]!) : null;
    // The people pass reads the first pronoun after a mention, which is often someone else's ("according to Erica
    // Klarreich. When one mathematician announced his proof"): when the given name says otherwise, vote again.
    if (p.gender && (!given || given === p.gender)) { out.set(p, p.gender); continue; }
    let male = 0;
    let female = 0;
    const starts = [...p.mentions.map((m) => m.start), ...(extraMentions.get(p) ?? [])];
    const lastWord = p.name.split(' ').at(-1)!;
    for (const start of starts) {
      const end = doc.text.indexOf(lastWord, start) + lastWord.length;
      const m = { start, end: end > start ? end : start };
      const own = doc.text.slice(m.start, m.end);
      if (/^(?:Mr|Sir|Lord|King|Prince)\b/.test(own)) male += 2;
      if (/^(?:Mrs|Ms|Miss|Dame|Lady|Queen|Princess)\b/.test(own)) female += 2;
      const before = doc.text.slice(Math.max(0, m.start - 12), m.start);
      if (MALE_TITLES.test(before)) male += 2;
      if (FEMALE_TITLES.test(before)) female += 2;
      const after = doc.text.slice(m.end, m.end + 250);
      // Only a subject (sentence or clause start, or after a title) votes by the pronoun that follows it.
      const lead = doc.text.slice(Math.max(0, m.start - 30), m.start);
      if (!/(?:^|[.!?;:,"“”]\s*|\b(?:and|but)\s+|\p{Lu}[\p{L}.]*\s+)$/u.test(lead)) continue;
      const pronoun = /\b(he|him|his|she|her|hers)\b/i.exec(after);
      if (pronoun) {
        if (pronounGender(pronoun[1]!) === 'male') male++;
        else female++;
      }
    }
    // No cue in the text: the given name's usual gender ("Stephanie Grisham", "Tim Morrison").
    out.set(p, male > female ? 'male' : female > male ? 'female' : given);
  }
  return out;
}
