// People for an article in a language the core does not read well: capitals alone do not make a person there.
import type { PersonEntity } from './types.ts';
import { isFirstName } from '../lexicon/index.ts';

/**
 * The people of an article in a language the core does not read, keeping those something beyond capitals vouches
 * for: a known given name first, a role, or two mentions or more ("Batteria Elettronica Portatile" goes).
 * Example: `surePeople([{ name: 'Gary Lineker', … }, { name: 'Web Football', mentions: [one] … }])` keeps Gary Lineker.
 */
export function surePeople(people: readonly PersonEntity[]): PersonEntity[] {
  return people.filter((p) => isFirstName(p.name.split(' ')[0]!) || p.role !== null || p.mentions.length >= 2);
}
