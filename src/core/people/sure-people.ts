// People for an article outside English: capitals alone do not make a person there.
import type { PersonEntity } from './types.ts';
import { isFirstName, isSpeechVerb } from '../lexicon/index.ts';

// "Élisabeth", "Aurélie": the given-name list is mostly unaccented.
const unaccented = (w: string): string => w.normalize('NFD').replace(/\p{M}/gu, '');

/**
 * The people something beyond capitals vouches for: a known given name first, a role, two mentions or more, or a
 * verb of saying right before or after a mention ("a déclaré Élisabeth Borne", "Olaf Scholz sagte").
 * "Batteria Elettronica Portatile" and "Poder Ejecutivo" go.
 * Example: `surePeople([{ name: 'Gary Lineker', … }, { name: 'Web Football', mentions: [one] … }])` keeps Gary Lineker.
 */
export function surePeople(people: readonly PersonEntity[], text = ''): PersonEntity[] {
  return people.filter((p) => {
    const first = p.name.split(' ')[0]!;
    return isFirstName(first) || isFirstName(unaccented(first)) || p.role !== null || p.mentions.length >= 2
      || p.mentions.some((m) => speaks(text, m.start, m.end));
  });
}

function speaks(text: string, start: number, end: number): boolean {
  const before = /(\p{L}+)\s*,?\s*$/u.exec(text.slice(Math.max(0, start - 24), start));
  const after = /^\s*,?\s*(\p{L}+)/u.exec(text.slice(end, end + 24));
  return (!!before && isSpeechVerb(before[1]!)) || (!!after && isSpeechVerb(after[1]!));
}
