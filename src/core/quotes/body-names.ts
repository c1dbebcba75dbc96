// A body the article names in full once and short afterwards (issue 15): "o Supremo" after "o Supremo Tribunal
// Federal", "STF" after "Supremo Tribunal Federal (STF)". The full name is the speaker, as the labels give it; the
// link is made only where the text makes it certain: one full name begins with the short one, or the acronym follows
// the full name in brackets and spells its initials.

// Lower-case words that may join a body's capitalised words ("Tribunal de Justiça", "Institut für Demoskopie").
const JOINERS = String.raw`(?:of|for|and|the|de|del|do|da|dos|das|du|des|la|für|und|der|y|e|et)`;
const CAP = String.raw`\p{Lu}[\p{L}-]*`;

/**
 * The full names a text gives its bodies, indexed once (a page may name thousands): by first word ("Supremo" →
 * "Supremo Tribunal Federal") and by the acronym bracketed after them ("STF").
 */
export class BodyNames {
  private readonly byFirst = new Map<string, Set<string>>();
  private readonly acronyms = new Map<string, string>();

  constructor(text: string) {
    const run = new RegExp(String.raw`(?<![\p{L}-])\p{Lu}\p{Ll}+(?:\s+(?:${JOINERS}\s+)*${CAP})+`, 'gu');
    for (const m of text.matchAll(run)) {
      // Every capitalised word but the last opens a full name: "Die Bundesagentur für Arbeit" gives "Bundesagentur
      // für Arbeit" too. Runs are a few words, so this stays linear in the text.
      const words = m[0].split(/\s+/).slice(0, 12);
      for (let k = 0; k < words.length - 1; k++) {
        if (!/^\p{Lu}\p{Ll}+$/u.test(words[k]!)) continue;
        const names = this.byFirst.get(words[k]!) ?? new Set<string>();
        names.add(words.slice(k).join(' '));
        this.byFirst.set(words[k]!, names);
      }
    }
    for (const m of text.matchAll(/\((\p{Lu}{2,6})\)/gu)) {
      if (this.acronyms.has(m[1]!)) continue;
      const full = expandAcronym(text.slice(Math.max(0, m.index - 200), m.index), m[1]!);
      if (full) this.acronyms.set(m[1]!, full);
    }
  }

  /**
   * The full name of a body named by `short`, or null: with `new BodyNames('O Supremo Tribunal Federal (STF) decidiu.
   * O Supremo afirmou …')`, `full('Supremo')` and `full('STF')` are both `Supremo Tribunal Federal`.
   */
  full(short: string): string | null {
    if (/^\p{Lu}{2,6}$/u.test(short)) return this.acronyms.get(short) ?? null;
    const names = this.byFirst.get(short);
    if (!names || names.size !== 1) return null;
    const [name] = names;
    return name!;
  }
}

/** `fullBodyName(text, short)` is `new BodyNames(text).full(short)`, for one look-up. */
export function fullBodyName(text: string, short: string): string | null {
  return new BodyNames(text).full(short);
}

/** "Supremo Tribunal Federal": the words at the end of `before` whose initials spell the acronym. */
function expandAcronym(before: string, acronym: string): string | null {
  const words = before.trim().split(/\s+/);
  // Walk back over the capitalised words and joiners until the initials spell the acronym.
  let initials = '';
  const taken: string[] = [];
  for (let k = words.length - 1; k >= 0 && initials.length < acronym.length; k--) {
    const w = words[k]!;
    if (/^\p{Lu}/u.test(w)) initials = w[0] + initials;
    else if (!new RegExp(`^${JOINERS}$`, 'u').test(w) || taken.length === 0) return null;
    taken.unshift(w);
  }
  return initials === acronym && /^\p{Lu}/u.test(taken[0] ?? '') ? taken.join(' ') : null;
}
