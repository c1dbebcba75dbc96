// Orders people by how central they are to the story: mentions, speaking, the headline, an early first mention.
import type { PersonEntity } from './types.ts';
import { execAll, type TextDoc, type Paragraph } from '../text/index.ts';
import { speaksAfter } from './names.ts';
import { inferGenders } from './pronouns.ts';
import { firstNameGender } from '../lexicon/index.ts';

/**
 * Sets each person's salience and returns them most central first.
 * Example: a person in the headline and mentioned five times ranks above one mentioned once at the end.
 */
export function rankPeople(doc: TextDoc, people: PersonEntity[]): PersonEntity[] {
  const title = ` ${doc.title.toLowerCase().replace(/[^\p{L}\p{M}'’-]+/gu, ' ')} `;
  const length = Math.max(1, doc.text.length);
  const lede = doc.paragraphs.filter(isStoryParagraph).slice(0, 2);
  const carried = subjectPronouns(doc, people);
  for (const p of people) {
    const first = p.mentions[0]?.start ?? length;
    const surname = p.name.split(' ').pop()!.toLowerCase();
    const inTitle = title.includes(` ${surname} `) || title.includes(` ${surname}’s `) || title.includes(` ${surname}'s `);
    const speaking = p.mentions.filter((m) => speaksAfter(doc.text, m.end) || /\bsaid\s*$|\bsays\s*$/.test(doc.text.slice(Math.max(0, m.start - 8), m.start))).length;
    // The lede's people are who the story is about, even when others are quoted more.
    const inLede = lede.map((para) => p.mentions.some((m) => m.start >= para.start && m.end <= para.end));
    const ledeBonus = inLede[0] ? LEDE_BONUS : inLede[1] ? LEDE_BONUS / 2 : 0;
    // A lede paragraph's first sentence opening with the person ("American Kevin King and Australian Timothy Weeks, both
    // professors …, were handed over"): its subject is whom the story is about.
    const subject = lede.some((para) => p.mentions.some((m) => m.start >= para.start && m.start - para.start <= OPENING
      && opensWith(doc.text.slice(para.start, m.start))));
    p.salience = p.mentions.length + Math.min(carried.get(p) ?? 0, 5) + Math.min(speaking, 5) + (inTitle ? 4 : 0)
      + 2 * (1 - first / length) + ledeBonus + (subject ? SUBJECT_BONUS : 0);
  }
  return people.sort((a, b) => (b.salience ?? 0) - (a.salience ?? 0));
}

// What a person in the story's first paragraph gains, and half that in its second.
const LEDE_BONUS = 3;
// What the subject of a lede paragraph's first sentence gains beyond that.
const SUBJECT_BONUS = 2;

// How far into a paragraph its first sentence's subject may start (past a dateline).
const OPENING = 200;

// Whether the words before a mention at the start of a paragraph are only a dateline, names, titles, descriptors,
// "and" and commas: the mention is (part of) the first sentence's subject.
function opensWith(before: string): boolean {
  const rest = before.replace(/^[\p{Lu}][\p{Lu}\s,.]+(?:\([^)]*\))?\s*[—–-]\s*/u, '');
  return rest.length < 120 && /^(?:(?:\p{Lu}[\p{L}\p{M}.'’-]*|and|former|the|[,–—-])\s*)*$/u.test(rest);
}

// A paragraph of the story itself: a sentence of some length, not a dateline, byline, caption or heading.
function isStoryParagraph(p: Paragraph): boolean {
  return /[.!?"”’)]$/.test(p.text.trimEnd()) && p.text.split(/\s+/).length >= 15;
}

// How far back a sentence's "He" or "She" still reaches the person last named or last so called.
const PRONOUN_REACH = 600;

// "He" or "She" opening a sentence, maybe after a short opening phrase: one pattern object for execAll (text/exec-all.ts).
const SUBJECT_PRONOUN = /(?:^|[.!?]["”’]?\s+|\n)(?:[^,.!?;:"“”\n]{1,40},\s+|(?:And|But|Yet|So|Then|Later|Now)\s+)?(He|She|he|she)\s/gu;

/**
 * Sentences that open with "He" or "She" (maybe after a short opening phrase), per person: the one last named or
 * last so called, within reach, whose gender fits. A story about someone keeps calling them so ("Similarly, Shaheda
 * Begum … She said … She added … Recalling her past hardships, she said … But she …").
 */
function subjectPronouns(doc: TextDoc, people: PersonEntity[]): Map<PersonEntity, number> {
  const out = new Map<PersonEntity, number>();
  if (people.length === 0) return out;
  // A known given name says more than the first pronoun after a mention, which is often someone else's ("Howlett
  // examined her legacy"); the text decides only for the others.
  // Worked out at the first such sentence: a page of thousands of names and no "He" or "She" (issue 17) needs none.
  let genders: Map<PersonEntity, string | null> | null = null;
  let named: { p: PersonEntity; at: number }[] = [];
  const recent: { p: PersonEntity; at: number }[] = [];
  let k = 0;
  for (const s of execAll(SUBJECT_PRONOUN, doc.text)) {
    if (!genders) {
      const inferred = inferGenders(doc, people);
      genders = new Map(people.map((p) => [p, (p.name.includes(' ') ? firstNameGender(p.name.split(' ')[0]!) : null) ?? inferred.get(p) ?? null]));
      named = people.flatMap((p) => p.mentions.map((m) => ({ p, at: m.end }))).sort((a, b) => a.at - b.at);
    }
    const at = s.index + s[0].length;
    while (k < named.length && named[k]!.at <= at) recent.push(named[k++]!);
    const gender = s[1]!.toLowerCase() === 'he' ? 'male' : 'female';
    for (let i = recent.length - 1; i >= 0 && at - recent[i]!.at <= PRONOUN_REACH; i--) {
      const p = recent[i]!.p;
      if (genders.get(p) !== gender) continue;
      out.set(p, (out.get(p) ?? 0) + 1);
      recent.push({ p, at });
      break;
    }
  }
  return out;
}
