// Languages that decline names (Czech, Polish, Finnish…) write one person several ways: "David Moyes", "Davida
// Moyese", "Davidem Moyesem". The people pass groups by exact words, so those forms become one person here.
import type { PersonEntity } from './types.ts';
import { primaryLanguage } from '../text/index.ts';

// Languages whose nouns take case endings, names included; und-Cyrl covers Russian, Ukrainian, Serbian…
const DECLINING = new Set(['cs', 'sk', 'pl', 'sl', 'hr', 'sr', 'bs', 'lt', 'lv', 'et', 'fi', 'hu', 'ru', 'uk', 'be', 'bg', 'und']);

// A case ending is short: "Moyes" → "Moyese", "Souček" → "Součka", "Coufal" → "Coufalovi".
const MAX_ENDING = 3;
const MIN_STEM = 3;

/** Whether names decline in this language: `declinesNames('cs') === true`, `declinesNames('en') === false`. */
export function declinesNames(lang: string | null): boolean {
  return !!lang && DECLINING.has(primaryLanguage(lang));
}

/**
 * Whether two words are forms of one name: they share a stem of at least three letters and differ only in an ending
 * of at most three letters. Example: `sameNameWord('Davida', 'David') === true`, `sameNameWord('Dana', 'Dan')` too, which is why
 * this is used only for languages that decline names.
 */
export function sameNameWord(a: string, b: string): boolean {
  if (a === b) return true;
  let k = 0;
  while (k < a.length && k < b.length && a[k] === b[k]) k++;
  return k >= MIN_STEM && a.length - k <= MAX_ENDING && b.length - k <= MAX_ENDING && k >= Math.min(a.length, b.length) - 2
    && ENDING.test(a.slice(k)) && ENDING.test(b.slice(k));
}

// What case endings are made of: vowels, and m, h, v, w, k, j between them ("-em", "-ovi", "-ho", "-ek"/"-ka");
// "Lee" / "Leeds" differ by more than an ending.
const ENDING = /^[aeiouyáéíóúýěůąęó]{0,2}[mhvwkj]?[aeiouyáéíóúýěůąęó]{0,2}$/u;

/**
 * Merges people whose names are the same words in other cases, keeping the shortest form (the nominative, mostly)
 * as the name, else the most mentioned; the other becomes an alias. Quadratic in the number of people, who are few.
 * Example: "David Moyes" (3 mentions) and "Davida Moyese" (1) become one person "David Moyes".
 */
export function mergeInflectedPeople(people: readonly PersonEntity[]): PersonEntity[] {
  const out: PersonEntity[] = [];
  for (const p of people) {
    const words = p.name.split(' ');
    const same = out.find((q) => {
      const other = q.name.split(' ');
      return other.length === words.length && other.every((w, i) => sameNameWord(w, words[i]!));
    });
    if (!same) { out.push(p); continue; }
    // The nominative is usually the shortest form ("David Moyes", not "Davida Moyese"); else the most mentioned.
    const first = p.name.length !== same.name.length ? p.name.length < same.name.length : p.mentions.length > same.mentions.length;
    const [keep, drop] = first ? [p, same] : [same, p];
    const merged: PersonEntity = {
      ...keep,
      aliases: [...new Set([...keep.aliases, drop.name, ...drop.aliases])].filter((a) => a !== keep.name),
      role: keep.role ?? drop.role,
      gender: keep.gender ?? drop.gender,
      mentions: [...keep.mentions, ...drop.mentions].sort((x, y) => x.start - y.start),
    };
    out[out.indexOf(same)] = merged;
  }
  return out;
}
