// Organisations of an article, each once, with acronyms linked to their expansion.
import type { OrganizationEntity } from './types.ts';
import type { NameMention } from './names.ts';
import { speaksAsOrganization, shortForms as companyShortForms } from './org-cues.ts';

const SMALL = new Set(['of', 'the', 'and', 'for', 'on', '&', 'de', 'du', 'des', 'del']);

/** Initials of an organisation's name: `acronymOf('Shanghai Cooperation Organization') === 'SCO'`. */
export function acronymOf(name: string): string {
  return name.split(/[\s-]+/).filter((w) => w && !SMALL.has(w)).map((w) => w[0]!.toUpperCase()).join('');
}

/**
 * Groups organisation mentions by name; an acronym in brackets after a name, or matching its initials, becomes an alias.
 * Example: "Shanghai Cooperation Organization (SCO) … the SCO" gives one organisation with alias "SCO".
 */
export function groupOrganizations(text: string, mentions: readonly NameMention[],
  unclaimed: readonly NameMention[] = []): OrganizationEntity[] {
  const byName = new Map<string, OrganizationEntity>();
  const byAlias = new Map<string, OrganizationEntity>();
  for (const m of mentions) {
    if (m.kind !== 'organization') continue;
    const name = m.text.replace(/^the /i, '');
    let org = byName.get(name) ?? byAlias.get(name);
    if (!org) {
      org = { name, aliases: [], mentions: [] };
      byName.set(name, org);
      if (name.includes(' ')) byAlias.set(acronymOf(name), org);
      // "Magna" after "Magna International Inc": the company's short names lead back to it.
      for (const form of companyShortForms(m.words).slice(1)) if (!byAlias.has(form)) byAlias.set(form, org);
    }
    if (org.name !== name && !org.aliases.includes(name)) org.aliases.push(name);
    org.mentions.push({ start: m.start, end: m.end });
    // "Shanghai Cooperation Organization (SCO)": the bracketed acronym is this organisation's alias.
    const bracket = /^\s*\(([\p{Lu}][\p{Lu}\p{Ll}.&-]{1,9})\)/u.exec(text.slice(m.end, m.end + 14));
    if (bracket && !org.aliases.includes(bracket[1]!)) {
      org.aliases.push(bracket[1]!);
      byAlias.set(bracket[1]!, org);
    }
  }
  // A lone word no person claimed: an organisation's short form ("Colts" after "Indianapolis Colts"), or one that
  // speaks like an organisation ("Exxon said").
  const shortForms = new Map<string, OrganizationEntity>();
  for (const org of byName.values()) {
    const last = org.name.split(' ').pop()!;
    if (org.name.includes(' ') && /s$/.test(last)) shortForms.set(last, org);
  }
  for (const m of unclaimed) {
    if (m.words.length !== 1) continue;
    let org = byName.get(m.text) ?? byAlias.get(m.text) ?? shortForms.get(m.text);
    if (!org && (speaksAsOrganization(text, m, true) || orgContext(text, m))) {
      org = { name: m.text, aliases: [], mentions: [] };
      byName.set(m.text, org);
    }
    if (!org) continue;
    org.mentions.push({ start: m.start, end: m.end });
    if (org.name !== m.text && !org.aliases.includes(m.text)) org.aliases.push(m.text);
  }
  // Acronyms met before their expansion: fold them in now.
  for (const [name, org] of [...byName]) {
    const target = byAlias.get(name);
    if (!target || target === org) continue;
    target.mentions.push(...org.mentions);
    if (!target.aliases.includes(name)) target.aliases.push(name);
    byName.delete(name);
  }
  const orgs = [...byName.values()];
  for (const o of orgs) o.mentions.sort((a, b) => a.start - b.start);
  return orgs.sort((a, b) => b.mentions.length - a.mentions.length || a.mentions[0]!.start - b.mentions[0]!.start);
}

// Words before a lone name that say it is a team or a company: "against Udinese", "joined Feyenoord", "(Benfica)".
const ORG_BEFORE = /(?:\bagainst|\bv\.?|\bvs\.?|\bbeat|\bbeating|\bjoined|\bclub|\bside|\bfirm|\bcompany|\bgroup)\s+$/;

function orgContext(text: string, m: NameMention): boolean {
  if (ORG_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start))) return true;
  // "Antonio Folha (Porto)": a bracketed word right after a name, in a list of players or officials.
  return text.charAt(m.start - 1) === '(' && text.charAt(m.end) === ')' && /\p{Lu}\p{Ll}+ \($/u.test(text.slice(Math.max(0, m.start - 20), m.start));
}
