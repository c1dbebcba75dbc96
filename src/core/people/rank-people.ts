// Orders people by how central they are to the story: mentions, speaking, the headline, an early first mention.
import type { PersonEntity } from './types.ts';
import type { TextDoc, Paragraph } from '../text/index.ts';
import { speaksAfter } from './names.ts';

/**
 * Sets each person's salience and returns them most central first.
 * Example: a person in the headline and mentioned five times ranks above one mentioned once at the end.
 */
export function rankPeople(doc: TextDoc, people: PersonEntity[]): PersonEntity[] {
  const title = ` ${doc.title.toLowerCase().replace(/[^\p{L}\p{M}'’-]+/gu, ' ')} `;
  const length = Math.max(1, doc.text.length);
  const lede = doc.paragraphs.filter(isStoryParagraph).slice(0, 2);
  for (const p of people) {
    const first = p.mentions[0]?.start ?? length;
    const surname = p.name.split(' ').pop()!.toLowerCase();
    const inTitle = title.includes(` ${surname} `) || title.includes(` ${surname}’s `) || title.includes(` ${surname}'s `);
    const speaking = p.mentions.filter((m) => speaksAfter(doc.text, m.end) || /\bsaid\s*$|\bsays\s*$/.test(doc.text.slice(Math.max(0, m.start - 8), m.start))).length;
    // The lede's people are who the story is about, even when others are quoted more.
    const inLede = lede.map((para) => p.mentions.some((m) => m.start >= para.start && m.end <= para.end));
    const ledeBonus = inLede[0] ? LEDE_BONUS : inLede[1] ? LEDE_BONUS / 2 : 0;
    p.salience = p.mentions.length + Math.min(speaking, 5) + (inTitle ? 4 : 0) + 2 * (1 - first / length) + ledeBonus;
  }
  return people.sort((a, b) => (b.salience ?? 0) - (a.salience ?? 0));
}

// What a person in the story's first paragraph gains, and half that in its second.
const LEDE_BONUS = 3;

// A paragraph of the story itself: a sentence of some length, not a dateline, byline, caption or heading.
function isStoryParagraph(p: Paragraph): boolean {
  return /[.!?"”’)]$/.test(p.text.trimEnd()) && p.text.split(/\s+/).length >= 15;
}
