// A summary sentence taken from deep in an article often names someone the way the article does by then, by surname
// alone ("…, said Bhatt."), while the sentence that gave the full name stayed out. A reader meets a stranger. Here the
// first mention of each person in the summary gets the full name the article itself printed ("said Monica Bhatt").
import type { TextDoc, Sentence } from './text.ts';
import type { PersonEntity } from './people.ts';

// The full form a short mention stands for: two to four capitalised words, as printed in the article.
const FULL_NAME = /^\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){1,3}$/u;

/**
 * The sentence's text with each person it names by one word only, and whom `before` (the summary so far) never
 * named in full, spelled out as the article first named them in full. `budget` caps the words added.
 * Example: with "Monica Bhatt" earlier in the article, "“It works,” said Bhatt." becomes "“It works,” said Monica Bhatt."
 */
export function introducePeople(doc: TextDoc, sentence: Sentence, people: readonly PersonEntity[], before: string, budget: number): string {
  const named: { person: PersonEntity; start: number; end: number }[] = [];
  for (const person of people) {
    for (const m of person.mentions) if (m.start >= sentence.start && m.end <= sentence.end) named.push({ person, ...m });
  }
  named.sort((a, b) => a.start - b.start);
  const seen = new Set<PersonEntity>();
  let out = '';
  let at = sentence.start;
  let left = budget;
  for (const { person, start, end } of named) {
    if (seen.has(person)) continue;
    seen.add(person);
    const said = doc.text.slice(start, end);
    if (/\s/.test(said)) continue;
    const forms = fullForms(doc, person);
    if (forms.some((f) => before.includes(f))) continue;
    const full = fullName(person, forms, said);
    if (!full) continue;
    const added = full.split(' ').length - 1;
    if (added > left) continue;
    left -= added;
    out += doc.text.slice(at, start) + full;
    at = end;
  }
  return at === sentence.start ? sentence.text : out + doc.text.slice(at, sentence.end);
}

// The person's name when the article prints it, else the shortest printed form: a mention that opens a sentence can
// carry a word before the name ("Roboticist Josh Bongard").
function fullName(person: PersonEntity, forms: readonly string[], said: string): string | undefined {
  const fits = forms.filter((f) => f.endsWith(` ${said}`) || f.startsWith(`${said} `));
  if (fits.includes(person.name)) return person.name;
  return fits.sort((a, b) => a.length - b.length)[0];
}

/** The person's mentions of more than one word, as printed, in article order. */
function fullForms(doc: TextDoc, person: PersonEntity): string[] {
  const forms: string[] = [];
  for (const m of [...person.mentions].sort((a, b) => a.start - b.start)) {
    const text = doc.text.slice(m.start, m.end);
    if (FULL_NAME.test(text) && !forms.includes(text)) forms.push(text);
  }
  return forms;
}
