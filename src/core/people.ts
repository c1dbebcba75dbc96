import type { Span } from './types.ts';
import type { TextDoc } from './text.ts';

export interface PersonEntity {
  name: string;
  aliases: string[];
  role: string | null;
  gender: 'male' | 'female' | null;
  mentions: Span[];
}

export interface OrganizationEntity {
  name: string;
  aliases: string[];
  mentions: Span[];
}

export interface Entities {
  people: PersonEntity[];
  organizations: OrganizationEntity[];
}

const TITLES = /^(?:Mr|Mrs|Ms|Dr|President|Prime Minister|Sen|Senator|Rep|Gov|Governor)\.?$/;
const NOT_NAMES = new Set([
  'The', 'A', 'An', 'In', 'On', 'At', 'He', 'She', 'It', 'They', 'We', 'I', 'But', 'And', 'If', 'When', 'This', 'That',
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday',
]);

/** First version: capitalised word pairs as people, single capitalised words merged by surname. */
export function findEntities(doc: TextDoc): Entities {
  const byName = new Map<string, PersonEntity>();
  const re = /\b(\p{Lu}[\p{L}'’-]+)\s+(\p{Lu}[\p{L}'’-]+)\b/gu;
  for (const m of doc.text.matchAll(re)) {
    const [first, last] = [m[1]!, m[2]!];
    if (NOT_NAMES.has(first) || NOT_NAMES.has(last) || TITLES.test(first)) continue;
    const name = `${first} ${last}`;
    const entity = byName.get(name) ?? { name, aliases: [last], role: null, gender: null, mentions: [] };
    entity.mentions.push({ start: m.index!, end: m.index! + m[0].length });
    byName.set(name, entity);
  }
  const people = [...byName.values()].sort((a, b) => b.mentions.length - a.mentions.length);
  return { people, organizations: [] };
}
