// A summary sentence taken from deep in an article often names someone the way the article does by then, by surname
// alone ("…, said Bhatt."), while the sentence that gave the full name stayed out. A reader meets a stranger. Here the
// first mention of each person in the summary gets the full name the article itself printed ("said Monica Bhatt").
import type { TextDoc, Sentence } from '../text/index.ts';
import type { PersonEntity } from '../people/index.ts';

// Lower-case particles inside names ("Luis de Miranda", "Ludwig van Beethoven").
const PARTICLE = '(?:de|du|da|di|del|della|der|den|van|von|la|le|bin|ibn|al|el)';
// The full form a short mention stands for: two to four capitalised words, particles aside, as printed in the article.
const FULL_NAME = new RegExp(`^\\p{Lu}[\\p{L}'’.-]*(?: ${PARTICLE})*(?: \\p{Lu}[\\p{L}'’.-]*(?: ${PARTICLE})*){0,2} \\p{Lu}[\\p{L}'’.-]*$`, 'u');
// A particle printed before a surname ("…, de Miranda makes") belongs to the short form.
const PARTICLE_BEFORE = new RegExp(`(?<=^|\\s)${PARTICLE}\\s$`, 'i');

/**
 * The sentence's text with each person it names by a short form only ("Bhatt", "Harden Bradford"), and whom `before`
 * (the summary so far) never named in full, spelled out as the article first named them in full. `budget` caps the words added.
 * Example: with "Monica Bhatt" earlier in the article, "“It works,” said Bhatt." becomes "“It works,” said Monica Bhatt."
 */
export function introducePeople(doc: TextDoc, sentence: Sentence, people: readonly PersonEntity[], before: string, budget: number): string {
  const named: { person: PersonEntity; start: number; end: number }[] = [];
  for (const person of people) {
    for (const m of person.mentions) if (m.start >= sentence.start && m.end <= sentence.end) named.push({ person, ...m });
  }
  named.push(...missedSurnames(doc, sentence, people, named));
  named.sort((a, b) => a.start - b.start);
  const seen = new Set<PersonEntity>();
  let out = '';
  let at = sentence.start;
  let left = budget;
  for (const { person, start: mentioned, end } of named) {
    if (seen.has(person)) continue;
    seen.add(person);
    const particle = PARTICLE_BEFORE.exec(doc.text.slice(Math.max(sentence.start, mentioned - 8), mentioned))?.[0] ?? '';
    const start = mentioned - particle.length;
    const said = doc.text.slice(start, end);
    const forms = fullForms(doc, person);
    if (forms.some((f) => before.includes(f))) continue;
    const full = fullName(person, forms, said);
    // The sentence may print the rest of the name just before a mention the recogniser cut short ("actress, Kate Henshaw").
    if (!full || doc.text.slice(Math.max(0, end - full.length), end) === full) continue;
    const added = full.split(' ').length - said.split(' ').length;
    if (added > left) continue;
    left -= added;
    out += doc.text.slice(at, start) + full;
    at = end;
  }
  return at === sentence.start ? sentence.text : out + doc.text.slice(at, sentence.end);
}

/**
 * Mentions the recogniser missed here but not elsewhere: a surname it took alone for one person only ("Cairo" for
 * Hannah Cairo), printed in this sentence where no mention covers it ("Cairo grew up in the Bahamas").
 */
function missedSurnames(doc: TextDoc, sentence: Sentence, people: readonly PersonEntity[], named: readonly { start: number; end: number }[]) {
  const owners = new Map<string, PersonEntity | null>();
  for (const person of people) {
    for (const word of new Set(person.mentions.map((m) => doc.text.slice(m.start, m.end)))) {
      if (/\s/.test(word) || !person.name.endsWith(` ${word}`)) continue;
      owners.set(word, owners.has(word) && owners.get(word) !== person ? null : person);
    }
  }
  const found: { person: PersonEntity; start: number; end: number }[] = [];
  for (const [word, person] of owners) {
    if (!person) continue;
    for (let at = sentence.text.indexOf(word); at >= 0; at = sentence.text.indexOf(word, at + 1)) {
      const start = sentence.start + at;
      const end = start + word.length;
      // A whole word, and not part of another name ("the Tasman Sea", "Evidence Action Beta", "T-Swift").
      if (/[\p{L}\p{N}'’-]/u.test(doc.text[start - 1] ?? '') || /[\p{L}\p{N}'’-]/u.test(doc.text[end] ?? '')) continue;
      if (/\p{Lu}[\p{L}.]*\s$/u.test(doc.text.slice(Math.max(sentence.start, start - 20), start)) || /^\s\p{Lu}/u.test(doc.text.slice(end, end + 2))) continue;
      if (!named.some((n) => start < n.end && n.start < end)) found.push({ person, start, end });
    }
  }
  return found;
}

// The person's name when the article prints it, else the shortest printed form: a mention that opens a sentence can
// carry a word before the name ("Roboticist Josh Bongard").
function fullName(person: PersonEntity, forms: readonly string[], said: string): string | undefined {
  // A mention of two words or more is only ever lengthened to the person's own name ("Joy Harden Bradford"), and not
  // by a title ("Hon. Funke Adedoyin").
  if (/\s/.test(said)) {
    const extra = person.name.slice(0, -said.length - 1);
    return person.name.endsWith(` ${said}`) && forms.includes(person.name) && /^\p{Lu}\p{Ll}+$/u.test(extra) ? person.name : undefined;
  }
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
