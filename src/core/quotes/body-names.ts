// A body the article names in full once and short afterwards (issue 15): "o Supremo" after "o Supremo Tribunal
// Federal", "STF" after "Supremo Tribunal Federal (STF)". The full name is the speaker, as the labels give it; the
// link is made only where the text makes it certain: one full name begins with the short one, or the acronym follows
// the full name in brackets and spells its initials.

// Lower-case words that may join a body's capitalised words ("Tribunal de Justiça", "Institut für Demoskopie").
const JOINERS = String.raw`(?:of|for|and|the|de|del|do|da|dos|das|du|des|la|für|und|der|y|e|et)`;
const CAP = String.raw`\p{Lu}[\p{L}-]*`;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The full name the text gives a body named by `short`, or null: `fullBodyName('O Supremo Tribunal Federal (STF)
 * decidiu. O Supremo afirmou …', 'Supremo')` is `Supremo Tribunal Federal`, and so is `… 'STF')`.
 */
export function fullBodyName(text: string, short: string): string | null {
  if (/^\p{Lu}{2,6}$/u.test(short)) return expandAcronym(text, short);
  if (!/^\p{Lu}\p{Ll}+$/u.test(short)) return null;
  const pattern = new RegExp(String.raw`(?<![\p{L}-])${escapeRegExp(short)}(?:\s+(?:${JOINERS}\s+)*${CAP})+`, 'gu');
  const names = new Set<string>();
  for (const m of text.matchAll(pattern)) {
    names.add(m[0]);
    if (names.size > 1) return null;
  }
  const [name] = names;
  return name ?? null;
}

/** "Supremo Tribunal Federal (STF)": the words before the bracket whose initials spell the acronym. */
function expandAcronym(text: string, acronym: string): string | null {
  const at = text.indexOf(`(${acronym})`);
  if (at < 0) return null;
  const words = text.slice(Math.max(0, at - 200), at).trim().split(/\s+/);
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
