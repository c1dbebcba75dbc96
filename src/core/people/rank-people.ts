// Orders people by how central they are to the story: mentions, speaking, the headline, an early first mention.
import type { PersonEntity } from './types.ts';
import type { TextDoc } from '../text/index.ts';
import { speaksAfter } from './names.ts';

/**
 * Sets each person's salience and returns them most central first.
 * Example: a person in the headline and mentioned five times ranks above one mentioned once at the end.
 */
export function rankPeople(doc: TextDoc, people: PersonEntity[]): PersonEntity[] {
  const title = ` ${doc.title.toLowerCase().replace(/[^\p{L}\p{M}'’-]+/gu, ' ')} `;
  const length = Math.max(1, doc.text.length);
  for (const p of people) {
    const first = p.mentions[0]?.start ?? length;
    const surname = p.name.split(' ').pop()!.toLowerCase();
    const inTitle = title.includes(` ${surname} `) || title.includes(` ${surname}’s `) || title.includes(` ${surname}'s `);
    const speaking = p.mentions.filter((m) => speaksAfter(doc.text, m.end) || /\bsaid\s*$|\bsays\s*$/.test(doc.text.slice(Math.max(0, m.start - 8), m.start))).length;
    p.salience = p.mentions.length + Math.min(speaking, 5) + (inTitle ? 4 : 0) + 2 * (1 - first / length);
  }
  return people.sort((a, b) => (b.salience ?? 0) - (a.salience ?? 0));
}
