// A description whose role word differs from the one the article gave, but whose complement is the same (issue 15):
// "O titular da Defesa respondeu" after "o ministro da Defesa, general Paulo Sérgio Nogueira"; "le patron de Renault"
// after "Luca de Meo, directeur général de Renault". The complement ("da Defesa", "de Renault") names the office; when
// the text ties exactly one named person to it, the description is that person. Two people, or none: no link.

// The article and preposition that join a role to its complement in French, Spanish, Portuguese and German.
const COMPLEMENT = /^(?:da|do|de|del|du|des|der|de\s+la|de\s+l[’'])$/u;

// Every complement in the text, a preposition (perhaps with its article) and capitalised words: "da Defesa".
const COMPLEMENTS = /(?<![\p{L}])(?:da|do|de|del|du|des|der|de\s+la|de\s+l[’'])\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*/gu;

/** Where each complement stands in a text, indexed once: "da Defesa" → its positions. */
export function complementIndex(text: string): Map<string, number[]> {
  const index = new Map<string, number[]>();
  for (const m of text.matchAll(COMPLEMENTS)) {
    const at = index.get(m[0]) ?? [];
    at.push(m.index);
    index.set(m[0], at);
  }
  return index;
}

/**
 * The one person the text ties to `complement` by an appositive ("X, ministro da Defesa", "ministro da Defesa,
 * general X"), found with `personOf`, or null. `own` is where the description itself stands, which does not count;
 * `index` is the text's complementIndex.
 * Example: with `personOf` knowing Paulo Sérgio Nogueira, `complementHolder(text, 'da Defesa', …)` for `… o ministro
 * da Defesa, general Paulo Sérgio Nogueira. …` is that person.
 */
export function complementHolder<P>(text: string, complement: string, own: number, personOf: (name: string) => P | null,
  index: ReadonlyMap<string, readonly number[]>): P | null {
  const words = complement.split(/\s+/);
  if (words.length < 2 || !COMPLEMENT.test(words.slice(0, -1).join(' ')) || !/^\p{Lu}/u.test(words.at(-1)!)) return null;
  let found: P | null = null;
  for (const at of index.get(complement) ?? []) {
    if (at === own) continue;
    // "ministro da Defesa, general Paulo Sérgio Nogueira": a name after a comma and perhaps a rank or title.
    const after = /^,\s+(?:\p{Ll}+\s+)?((?:\p{Lu}[\p{L}'’-]+\s?){2,4})/u.exec(text.slice(at + complement.length, at + complement.length + 80));
    // "Paulo Sérgio Nogueira, ministro da Defesa": a name, a comma and one or two lower-case role words before it.
    const before = /((?:\p{Lu}[\p{L}'’-]+\s){1,3}\p{Lu}[\p{L}'’-]+),\s+(?:\p{Ll}+\s+){1,2}$/u.exec(text.slice(Math.max(0, at - 90), at));
    for (const m of [after, before]) {
      const person = m ? personOf(m[1]!.trim()) : null;
      if (!person) continue;
      if (found && found !== person) return null;
      found = person;
    }
  }
  return found;
}
