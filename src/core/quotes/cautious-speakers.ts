// Passes for articles in a language the core does not read well (Czech, Italian, Dutch…): the English rules for
// speakers guess wrong there ("West Ham", "Jeho" as speakers), so fewer, surer answers replace them.
import type { TextDoc } from '../text/index.ts';
import type { Entities, PersonEntity } from '../people/index.ts';
import type { QuoteSpan } from './quote-spans.ts';
import type { Attribution } from './attribution.ts';
import { isFirstName } from '../lexicon/index.ts';

// A speaker named after a quote stands within this many characters of its closing mark ("…" přirovnává Heskey.).
const AFTER_REACH = 90;
// …and before an opening one ("Heskey dodal: „…“").
const BEFORE_REACH = 90;

/**
 * Speakers for an article in a language the core does not read: a person the people pass found, named (full name or
 * surname) in the words right after the quote up to the sentence end, or right before a quote introduced by a colon
 * or comma; when that is not exactly one person, no speaker. Verbs of saying are not needed, so it works in any
 * language that writes the speaker next to the quote.
 * Example: for `„Hraje skvěle,“ přirovnává Heskey.` with Emile Heskey known, the speaker is `Emile Heskey`.
 */
export function cautiousSpeakers(doc: TextDoc, quotes: readonly QuoteSpan[], entities: Entities): Attribution[] {
  const forms = nameForms(entities.people);
  return quotes.map((q) => {
    const p = doc.paragraphs[q.paragraph]!;
    const afterEnd = Math.min(p.end, q.marks.end + AFTER_REACH);
    const after = clauseAfter(doc.text.slice(q.marks.end, afterEnd));
    let found = peopleIn(after, forms);
    if (found.size === 0) {
      const before = doc.text.slice(Math.max(p.start, q.marks.start - BEFORE_REACH), q.marks.start);
      if (/[:,]\s*$/.test(before)) found = peopleIn(clauseBefore(before), forms);
    }
    if (found.size !== 1) return { speaker: null, speakerKind: null };
    const [person] = found;
    return { speaker: person!.name, speakerKind: 'person' };
  });
}

// The words after a closing mark up to the sentence end or the next quotation mark.
function clauseAfter(text: string): string {
  const stop = text.search(/[.!?;]\s|[„“”"«»]|\n/u);
  return stop >= 0 ? text.slice(0, stop) : text;
}

// The words before an opening mark back to the sentence start or the previous quotation mark.
function clauseBefore(text: string): string {
  let i = text.length;
  while (i > 0 && !/[.!?;„“”"«»\n]/u.test(text[i - 1]!)) i--;
  return text.slice(i);
}

// Every written form of each person that identifies them: the name, its aliases and the surname when no one else
// has it.
function nameForms(people: readonly PersonEntity[]): Map<string, PersonEntity | null> {
  const forms = new Map<string, PersonEntity | null>();
  const add = (form: string, person: PersonEntity) => {
    if (form.length < 3) return;
    const known = forms.get(form);
    forms.set(form, known === undefined || known === person ? person : null);
  };
  for (const p of people) {
    if (!p.name.includes(' ')) continue;
    for (const form of [p.name, ...p.aliases]) add(form, p);
    add(p.name.split(' ').at(-1)!, p);
  }
  return forms;
}

function peopleIn(clause: string, forms: ReadonlyMap<string, PersonEntity | null>): Set<PersonEntity> {
  const found = new Set<PersonEntity>();
  for (const m of clause.matchAll(/\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*/gu)) {
    const words = m[0].split(/\s+/);
    // The whole run, else its last word (a surname after a first name the people pass did not join).
    const person = forms.get(m[0]) ?? forms.get(words.at(-1)!);
    if (person) found.add(person);
  }
  return found;
}
