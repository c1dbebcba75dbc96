import type { TextDoc, Paragraph } from '../text/index.ts';
import { findNameMentions, collectLowerWords, type NameMention } from './names.ts';
import { groupPeople } from './group-people.ts';
import { groupOrganizations } from './organizations.ts';
import { markOrganizations } from './org-cues.ts';
import { linkDescriptions, rolesFromNextSentence } from './descriptions.ts';
import { rankPeople } from './rank-people.ts';
import { primaryLanguage, creditSpans, spanTest, bylineWords } from '../text/index.ts';
import { declinesNames, mergeInflectedPeople } from './inflections.ts';
import { surePeople } from './sure-people.ts';
import { vouchGermanNames } from './german-names.ts';
import type { Entities } from './types.ts';

/**
 * People and organisations of an article, each once, people ranked by importance, with roles and gender.
 * Example: for "Russian President Vladimir Putin said … Putin added", one person
 * `{ name: 'Vladimir Putin', aliases: ['Putin'], role: 'Russian President', gender: 'male', … }`.
 */
export function findEntities(doc: TextDoc): Entities {
  const lowerWords = collectLowerWords(doc.text);
  const german = capitalisesNouns(doc);
  const mentions = findNameMentions(doc.text, lowerWords, german);
  if (german) vouchGermanNames(doc.text, mentions, lowerWords);
  // Names in credit lines (bylines, photo credits, "Reporting by") do not count as mentions.
  const credits = creditSpans(doc);
  const inCredit = spanTest(credits);
  const body: NameMention[] = mentions.filter((m) => !inCredit(m.start) && doc.text[m.end] !== '/');
  markOrganizations(doc.text, body, lowerWords);
  const excluded = bylineWords(doc.byline ?? null);
  const inProse = spanTest(doc.paragraphs.filter(isProseParagraph));
  const grouped = groupPeople(doc.text, body, inProse)
    .filter((p) => !excluded.has(p.name.split(' ').pop()!.toLowerCase()));
  // "Davida Moyese" is David Moyes in Czech: where names decline, their forms are one person.
  const merged = declinesNames(doc.lang) ? mergeInflectedPeople(grouped) : grouped;
  // Outside English capitals alone do not make a person (German capitalises every noun; Spanish and French bodies,
  // ministries and prizes are runs of capitals): a given name, a role or a second mention must vouch for one.
  const people = primaryLanguage(doc.lang ?? 'en') === 'en' ? merged : surePeople(merged, doc.text);
  const claimed = new Set(people.flatMap((p) => p.mentions.map((m) => m.start)));
  const unclaimed = body.filter((m) => m.kind === 'unknown' && !claimed.has(m.start));
  const organizations = groupOrganizations(doc.text, body, unclaimed);
  linkDescriptions(doc.text, people);
  rolesFromNextSentence(doc.text, people);
  return { people: rankPeople(doc, people), organizations };
}

// German capitalises every noun; pages often declare a site-wide language, so the text itself decides too.
function capitalisesNouns(doc: TextDoc): boolean {
  if (doc.lang && primaryLanguage(doc.lang) === 'de') return true;
  // A cheap count of function words on the opening: full language detection costs more than this whole pass.
  const sample = doc.text.slice(0, 3000).toLowerCase();
  const german = sample.match(/\b(?:der|die|das|und|nicht|ist|mit|sich|auf|dem|den|ein|eine|wird|auch)\b/g)?.length ?? 0;
  const english = sample.match(/\b(?:the|and|of|to|is|that|with|for|was|he|she|it)\b/g)?.length ?? 0;
  return german >= 10 && german > 2 * english;
}

// Captions, headings and teaser links rarely end like sentences; story paragraphs do.
// A teaser cut off with an ellipsis ("…has been called out of retirement for active service. A notice dated Decembe...")
// is a link to another story, however long.
function isProseParagraph(p: Paragraph): boolean {
  const text = p.text.trimEnd();
  if (/\p{L}(?:\.\.\.|…)$/u.test(text)) return false;
  return /[.!?…"”’'):]$/.test(text) || p.text.split(' ').length > 30;
}
