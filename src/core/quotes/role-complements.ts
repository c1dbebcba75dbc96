// A description whose role word differs from the one the article gave, but whose complement is the same (issue 15):
// "O titular da Defesa respondeu" after "o ministro da Defesa, general Paulo Sérgio Nogueira"; "le patron de Renault"
// after "Luca de Meo, directeur général de Renault". The complement ("da Defesa", "de Renault") names the office; when
// the text ties exactly one named person to it, the description is that person. Two people, or none: no link.

// The article and preposition that join a role to its complement in French, Spanish, Portuguese and German.
const COMPLEMENT = /^(?:da|do|de|del|du|des|der|de\s+la|de\s+l[’'])$/u;

/**
 * The one person the text ties to `complement` by an appositive ("X, ministro da Defesa", "ministro da Defesa,
 * general X"), found with `personOf`, or null. `own` is where the description itself stands, which does not count.
 * Example: with `personOf` knowing Paulo Sérgio Nogueira, `complementHolder('… o ministro da Defesa, general Paulo
 * Sérgio Nogueira. …', 'da Defesa', …)` is that person.
 */
export function complementHolder<P>(text: string, complement: string, own: number, personOf: (name: string) => P | null): P | null {
  const words = complement.split(/\s+/);
  if (words.length < 2 || !COMPLEMENT.test(words.slice(0, -1).join(' ')) || !/^\p{Lu}/u.test(words.at(-1)!)) return null;
  let found: P | null = null;
  for (let at = text.indexOf(complement); at >= 0; at = text.indexOf(complement, at + 1)) {
    if (at === own || /\p{L}/u.test(text[at + complement.length] ?? '')) continue;
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
