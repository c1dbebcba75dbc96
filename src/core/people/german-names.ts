// German capitalises every noun, so a name whose given name the lexicon lacks ("Irme Stetter-Karp", "Deniz Yücel")
// reads as a run of nouns. The story vouches for it when the last word comes back alone, without an article, as
// someone who speaks or is given an age ("berichtete Yücel", "Stetter-Karp (65) folgt …"): nouns take articles.
import type { NameMention } from './names.ts';
import { isSpeechVerb } from '../lexicon/index.ts';

// An article or a preposition fused with one right before a word makes it a noun ("die Bahn", "im Bistum").
const ARTICLE_BEFORE = /(?:^|[\s(])(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines|im|am|vom|zum|zur|beim|ins|(?:sein|ihr|unser|euer|mein|dein|kein)(?:e|en|em|er|es)?)\s+$/i;
// A declined adjective right before a run makes it a noun phrase ("des größten deutschen Rüstungskonzern Rheinmetall").
const ADJECTIVE_BEFORE = /(?:^|\s)\p{Ll}+(?:en|em|er|es)\s+$/u;

/**
 * Marks as a person each two-word run classed as neither person nor organisation whose last word recurs alone at
 * least twice without an article, one of its mentions next to a verb of saying or an age in brackets.
 * Example: in "Deniz Yücel saß im Gefängnis. … begann Yücel … berichtete Yücel.", "Deniz Yücel" becomes a person.
 */
export function vouchGermanNames(text: string, mentions: NameMention[], lowerWords: ReadonlySet<string>): void {
  const alone = new Map<string, NameMention[]>();
  for (const m of mentions) {
    if (m.words.length !== 1 || m.kind !== 'unknown') continue;
    if (ARTICLE_BEFORE.test(text.slice(Math.max(0, m.start - 10), m.start))) continue;
    const list = alone.get(m.words[0]!) ?? [];
    list.push(m);
    alone.set(m.words[0]!, list);
  }
  // "Thomas Weikert … seinen Nachfolger Weikert": a surname a person already has is theirs.
  const surnames = new Set(mentions.filter((m) => m.kind === 'person').map((m) => m.words[m.words.length - 1]!));
  for (const m of mentions) {
    if (m.kind !== 'other' || m.words.length !== 2 || m.title || surnames.has(m.words[1]!)) continue;
    // "Deutsche Bahn": a first word also written in lower case is an adjective or a common word.
    const before = text.slice(Math.max(0, m.start - 24), m.start);
    if (lowerWords.has(m.words[0]!.toLowerCase()) || ARTICLE_BEFORE.test(before)) continue;
    const adjective = ADJECTIVE_BEFORE.exec(before);
    if (adjective && !isSpeechVerb(adjective[0].trim())) continue;
    const later = (alone.get(m.words[1]!) ?? []).filter((x) => x.start > m.start);
    if (later.length >= 2 && [m, ...later].some((x) => vouched(text, x))) m.kind = 'person';
  }
}

// A verb of saying right before or after the mention, or an age in brackets after it.
function vouched(text: string, m: NameMention): boolean {
  const before = /(\p{L}+)\s*,?\s*$/u.exec(text.slice(Math.max(0, m.start - 24), m.start));
  const after = /^\s*,?\s*(\p{L}+)/u.exec(text.slice(m.end, m.end + 24));
  return (!!before && isSpeechVerb(before[1]!)) || (!!after && isSpeechVerb(after[1]!)) || /^\s*\(\d{1,3}\)/.test(text.slice(m.end, m.end + 8));
}
