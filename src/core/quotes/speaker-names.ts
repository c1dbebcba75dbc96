// Name forms for attribution (issue 3): strip titles and roles off a speaker phrase, and find the fullest form of a
// name the article gives (Putin → Vladimir Putin), from the people pass and from the text itself.
import { execAll, type TextDoc } from '../text/index.ts';
import type { Entities, PersonEntity } from '../people/index.ts';
import { endsWithOne, isFirstName, lazy, other } from '../lexicon/index.ts';

// Titles and role words that precede a name ("Interior Minister Wolfgang Peschorn", "U.S. Attorney Nealy Cox").
const ROLE_WORDS = new Set([
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady', 'rev', 'reverend',
  'father', 'sister', 'brother', 'president', 'vice', 'prime', 'minister', 'secretary', 'senator', 'sen', 'rep',
  'representative', 'congressman', 'congresswoman', 'gov', 'governor', 'mayor', 'chief', 'director', 'attorney',
  'general', 'judge', 'justice', 'officer', 'commissioner', 'chairman', 'chairwoman', 'chair', 'spokesman',
  'spokeswoman', 'spokesperson', 'coach', 'manager', 'ceo', 'cfo', 'coo', 'founder', 'captain', 'capt', 'sergeant',
  'sgt', 'detective', 'det', 'inspector', 'leader', 'speaker', 'king', 'queen', 'prince', 'princess', 'pope',
  'cardinal', 'bishop', 'archbishop', 'ambassador', 'chancellor', 'lt', 'col', 'colonel', 'gen', 'major', 'maj',
  'lieutenant', 'admiral', 'adm', 'corporal', 'cpl', 'private', 'pvt', 'deputy', 'assistant', 'acting', 'former',
  'interior', 'foreign', 'defence', 'defense', 'finance', 'health', 'home', 'justice', 'state', 'u.s', 'u.k', 'us', 'uk',
  'us.', 'executive', 'senior', 'chairperson', 'head', 'house', 'senate', 'majority', 'minority', 'whip', 'sheriff',
  'police', 'premier', 'president-elect', 'first', 'candidate', 'nominee', 'democrat', 'republican', 'democratic',
  'gop', 'attorney-general', 'supt', 'superintendent', 'constable', 'agent', 'analyst', 'economist', 'editor',
  'correspondent', 'reporter', 'host', 'anchor', 'star', 'actor', 'actress', 'singer', 'rapper', 'striker',
  'midfielder', 'defender', 'goalkeeper', 'boss', 'owner', 'lawyer', 'professor', 'researcher', 'scientist',
  'author', 'writer', 'poet', 'dean', 'principal', 'headteacher', 'councillor', 'councilman', 'councilwoman',
  'alderman', 'delegate', 'co-founder', 'cofounder', 'chief-executive', 'president-elect', 'official', 'aide', 'adviser', 'advisor', 'mp', 'mep', 'msp', 'emir', 'sheikh', 'crown', 'duke', 'duchess', 'count', 'baron',
  // Job titles written before a name in trade and lifestyle copy ("Lead Planner Erica Vanco", "Chef Ann Hale").
  'lead', 'planner', 'designer', 'co-owner', 'partner', 'consultant', 'strategist', 'nutritionist', 'dietitian',
  'therapist', 'psychologist', 'engineer', 'coordinator', 'specialist', 'organizer', 'organiser', 'curator', 'chef',
]);

// Capitalised words that open a sentence or a clause but are not names.
const NOT_NAME_WORDS = new Set([
  'the', 'a', 'an', 'in', 'on', 'at', 'he', 'she', 'it', 'they', 'we', 'i', 'but', 'and', 'if', 'when', 'this', 'that',
  'as', 'after', 'before', 'while', 'his', 'her', 'their', 'our', 'my', 'its', 'for', 'from', 'with', 'by', 'to', 'of',
  'however', 'meanwhile', 'yet', 'so', 'then', 'also', 'still', 'there', 'here', 'these', 'those', 'what', 'why',
  'how', 'who', 'where', 'one', 'some', 'many', 'most', 'all', 'both', 'each', 'another', 'according', 'speaking',
  'asked', 'said', 'says', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january',
  'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'last', 'next', 'earlier', 'later', 'now', 'today', 'yesterday', 'tonight', 'no', 'not', 'even', 'just', 'only',
  'during', 'between', 'under', 'over', 'despite', 'although', 'though', 'unlike', 'since', 'until', 'once', 'whether',
  'because', 'perhaps', 'maybe', 'instead', 'indeed', 'while', 'amid', 'among', 'like', 'unless', 'although', 'thus',
  'every', 'any', 'such', 'several', 'both', 'either', 'neither', 'nor', 'few', 'other', 'editor’s', "editor's",
  'anyway', 'overall', 'finally', 'moreover', 'furthermore', 'besides', 'otherwise', 'nevertheless', 'nonetheless',
  'regardless', 'ultimately', 'clearly', 'obviously', 'politics', 'practice', 'read', 'see', 'watch', 'click', 'follow', 'share', 'photo', 'video', 'getty', 'instagram',
  'twitter', 'facebook', 'ap', 'reuters', 'afp', 'image', 'images', 'credit', 'source', 'note', 'update', 'updated',
  // Articles and pronouns of French, German, Spanish and Italian open sentences there too.
  'le', 'la', 'les', 'un', 'une', 'des', 'du', 'ce', 'ces', 'cette', 'il', 'elle', 'ils', 'elles', 'nous', 'vous', 'on',
  'mais', 'et', 'ou', 'donc', 'pour', 'dans', 'sur', 'avec', 'selon', 'der', 'die', 'das', 'den', 'dem', 'ein', 'eine',
  'er', 'sie', 'es', 'wir', 'und', 'aber', 'auch', 'el', 'los', 'las', 'una', 'lo', 'gli', 'il', 'uno',
]);

// Spanish, Portuguese, French… titles, and function words that open sentences there ("Entre", "Ao", "Zatímco").
for (const w of other.ROLE_WORDS) ROLE_WORDS.add(w);
for (const w of other.FUNCTION_WORDS) NOT_NAME_WORDS.add(w);

// German writes roles as compounds whose last part is the role ("Konzernchef", "Bundesverkehrsminister",
// "Rheinmetall-Sprecher", "Branchenkenner", "ZdK-Chefin"): these endings, after at least three letters of a first part.
const GERMAN_ROLE_ENDINGS = ['chef', 'chefin', 'sprecher', 'sprecherin', 'leiter', 'leiterin', 'minister',
  'ministerin', 'präsident', 'präsidentin', 'direktor', 'direktorin', 'vorsitzende', 'vorsitzender', 'manager',
  'managerin', 'kenner', 'kennerin', 'experte', 'expertin', 'aktivist', 'aktivistin', 'trainerin', 'beauftragte',
  'beauftragter', 'kanzler', 'kanzlerin', 'bürgermeister', 'bürgermeisterin', 'abgeordnete', 'abgeordneter',
  'sekretär', 'sekretärin', 'gründer', 'gründerin', 'forscher', 'forscherin', 'politiker', 'politikerin', 'anwalt',
  'anwältin', 'richter', 'richterin', 'funktionär', 'funktionärin'];
// Built only once a word with one of these endings turns up (lazy): English text seldom has one.
const GERMAN_ROLE_ENDING = lazy('de', () => new RegExp(String.raw`^\p{L}[\p{L}-]{2,}(?:${GERMAN_ROLE_ENDINGS.join('|')})$`, 'u'));

/** A title or role that precedes a name: `isRoleWord('Minister') === true`, `isRoleWord('Putin') === false`. */
export function isRoleWord(word: string): boolean {
  const lower = word.toLowerCase().replace(/[’']s$/, '').replace(/\.$/, '');
  return ROLE_WORDS.has(lower) || (endsWithOne(lower, GERMAN_ROLE_ENDINGS, 3) && GERMAN_ROLE_ENDING().test(lower));
}

const CAPITALISED = /^(?:\p{Lu}[\p{L}'’-]*\.?|\p{Lu}\.)$/u;
// A Romance article that opens a name in English news: "Los Angeles Times", "Las Vegas police", "Le Pen", "El Paso".
// Elsewhere these words open sentences and stay out of names; before another capitalised word they belong to it.
const NAME_ARTICLE = /^(?:Los|Las|La|Le|El)$/;
const opensName = (w: string, next: string | undefined): boolean =>
  NAME_ARTICLE.test(w) && next !== undefined && CAPITALISED.test(next.replace(/^[("“‘]+|[)",;:.”’]+$|[’']s$/g, ''));

/**
 * The personal name inside a speaker phrase: the run of capitalised words after any title or role.
 * Example: `nameIn('Interior Minister Wolfgang Peschorn') === 'Wolfgang Peschorn'`; `nameIn('the ministry') === null`.
 */
export function nameIn(phrase: string): string | null {
  const words = phrase.replace(/[’']s\b/g, '').split(/\s+/).filter(Boolean);
  let best: string[] = [];
  let run: string[] = [];
  const flush = () => { if (run.length) best = run; run = []; };
  words.forEach((raw, i) => {
    const w = raw.replace(/^[("“‘]+|[)",;:”’]+$/g, '');
    const particle = run.length > 0 && /^(?:de|da|del|der|van|von|bin|al|el|la|le|di|du|dos|ter)$/.test(w);
    if (((CAPITALISED.test(w) || particle) && !NOT_NAME_WORDS.has(w.toLowerCase())) || opensName(w, words[i + 1])) {
      if (isRoleWord(w)) { run = []; return; }
      run.push(w);
    } else {
      flush();
    }
  });
  flush();
  while (best.length && /^(?:de|da|del|der|van|von|bin|al|el|la|le|di|du|dos|ter)$/.test(best.at(-1)!)) best.pop();
  return best.length ? best.join(' ') : null;
}

export interface NameRun { name: string; index: number; afterRole: boolean; afterPreposition: boolean; possessive: boolean; beforeRole: boolean }

const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'sir', 'dame', 'mx']);
const PARTICLE = /^(?:de|da|del|der|van|von|bin|al|el|la|le|di|du|dos|ter)$/;
const PREPOSITIONS = new Set(['of', 'for', 'from', 'at', 'in', 'on', 'to', 'with', 'by', 'about', 'against', 'into', 'over', 'under', 'than', 'like']);

/** Every run of capitalised words in a phrase, titles stripped, with what stands before it. */
export function nameRuns(phrase: string): NameRun[] {
  const words = phrase.split(/\s+/).filter(Boolean);
  const runs: NameRun[] = [];
  let run: string[] = [];
  let runStart = 0;
  let afterRole = false;
  let possessive = false;
  let prevLower = '';
  let startPrev = '';
  const flush = () => {
    while (run.length && PARTICLE.test(run.at(-1)!)) run.pop();
    if (run.length) runs.push({ name: run.join(' '), index: runStart, afterRole, afterPreposition: PREPOSITIONS.has(startPrev), possessive, beforeRole: false });
    run = [];
    possessive = false;
  };
  words.forEach((raw, i) => {
    const w = raw.replace(/^[("“‘]+|[)",;:”’]+$/g, '').replace(/[’']s$/, '');
    const isPossessive = /[’']s[,;:]?$/.test(raw);
    // Inside a name a particle may be capitalised too: "James Van Der Beek", "Ursula Von Der Leyen".
    // German "der" joins a name only after "von"/"van" ("Ursula von der Leyen"); after a surname it is a dative or a
    // genitive ("sagte Hörmann der Augsburger Allgemeinen").
    const dative = w.toLowerCase() === 'der' && !/^(?:von|van)$/i.test(run.at(-1) ?? '');
    // "von" after a first name opens a surname ("Ursula von der Leyen", "Richard von Weizsäcker"); after a full name it
    // names where the person comes from ("erklärte Nadja Michler von „Peta“").
    const origin = /^(?:von|vom)$/i.test(w) && run.length >= 2;
    const particle = run.length > 0 && PARTICLE.test(w.toLowerCase()) && !dative && !origin && i + 1 < words.length && CAPITALISED.test(words[i + 1]!.replace(/[’']s$|[,;:.]$/g, ''));
    if (particle || (CAPITALISED.test(w) && !NOT_NAME_WORDS.has(w.toLowerCase())) || opensName(w, words[i + 1])) {
      // "Mr. King", "Ms. Bishop": after an honorific even a role word is a surname.
      if (isRoleWord(w) && !HONORIFICS.has(prevLower.replace(/\.$/, ''))) {
        const justEnded = run.length > 0;
        flush();
        if (justEnded) runs.at(-1)!.beforeRole = true;
        afterRole = true;
        prevLower = w.toLowerCase();
        return;
      }
      if (run.length === 0) { runStart = i; startPrev = prevLower; }
      run.push(w);
      if (isPossessive) { possessive = true; flush(); afterRole = false; }
    } else {
      const justEnded = run.length > 0;
      flush();
      afterRole = isRoleWord(w);
      // "Whole Foods co-founder John Mackey": a name before a role word qualifies the role.
      if (justEnded && afterRole) runs.at(-1)!.beforeRole = true;
    }
    if (/[,;:]$/.test(raw)) { flush(); afterRole = false; }
    // "director of 50 Best": a number between a preposition and a name leaves the name after the preposition.
    if (!/^\d+$/.test(w) || run.length > 0) prevLower = w.toLowerCase();
  });
  flush();
  return runs;
}

/** A person's name, not a capitalised phrase: no title-only words, no sentence words, no possessive, no all caps. */
export function isPlausibleName(name: string): boolean {
  const words = name.split(/\s+/);
  if (isRoleWord(words[0]!)) return false;
  // A particle inside a name is fine even where it is also a sentence word elsewhere ("Van Der Beek", "der").
  return words.every((w, i) => (i > 0 && i < words.length - 1 && PARTICLE.test(w.toLowerCase()))
    || (!NOT_NAME_WORDS.has(w.toLowerCase()) && !/[’']s$/.test(w) && !/^\p{Lu}{2,}$/u.test(w)));
}

function lastToken(name: string): string {
  return name.split(' ').at(-1)!.toLowerCase();
}

// Runs of 2–5 capitalised words (or particles): one pattern object for execAll (text/exec-all.ts).
const NAME_RUN = /\p{Lu}[\p{L}'’.-]*(?:[ \u00a0]+(?:\p{Lu}[\p{L}'’.-]*|de|van|von|bin|al)){1,4}/gu;

/** Looks names up: the people pass's entities first, then full names seen anywhere in the text. */
export class NameIndex {
  private readonly byForm = new Map<string, PersonEntity>();
  private readonly bySurname = new Map<string, PersonEntity[]>();
  private readonly textForms = new Map<string, string>();
  private readonly firstNames = new Map<string, string | null>();

  constructor(doc: TextDoc, entities: Entities) {
    for (const p of entities.people) {
      if (!isPlausibleName(p.name)) continue;
      for (const form of [p.name, ...p.aliases]) if (!this.byForm.has(form.toLowerCase())) this.byForm.set(form.toLowerCase(), p);
      const list = this.bySurname.get(lastToken(p.name)) ?? [];
      list.push(p);
      this.bySurname.set(lastToken(p.name), list);
    }
    // Runs of 2–4 capitalised words in the text, titles stripped: the fullest form of each surname.
    for (const m of execAll(NAME_RUN, doc.text)) {
      // "David Plouffe. Uber stepped in": a run that crosses a sentence end is two names, not one.
      if (/\p{Ll}{2}\.\s/u.test(m[0])) continue;
      // "South America." at a sentence end: the period is the sentence's, not an initial's.
      let name = nameIn(m[0].replace(/(\p{Ll}{2})\.$/u, '$1'));
      if (!name || !name.includes(' ')) continue;
      // "envoy to Ukraine Kurt Volker": a place before a given name is not part of the name.
      const parts = name.split(' ');
      if (parts.length === 3 && !isFirstName(parts[0]!) && isFirstName(parts[1]!.split('-')[0]!)) name = parts.slice(1).join(' ');
      // At a sentence start the first word of a long run is often an ordinary word ("Anyway Bill Shorten").
      const atStart = m.index === 0 || /(?:[.!?]["”’]?\s+|\n)$/.test(doc.text.slice(Math.max(0, m.index - 3), m.index));
      if (atStart && name.split(' ').length >= 3) name = name.split(' ').slice(1).join(' ');
      if (name.split(' ').length > 3) continue;
      const first = name.split(' ')[0]!.toLowerCase();
      const known = this.firstNames.get(first);
      this.firstNames.set(first, known === undefined || known === name ? name : known?.endsWith(name.split(' ').at(-1)!) ? known : null);
      const key = lastToken(name);
      const seen = this.textForms.get(key);
      if (!seen || name.split(' ').length > seen.split(' ').length) this.textForms.set(key, name);
    }
  }

  /** Full names seen in the text that the people pass does not know (for pronouns and epithets to point back to). */
  unknownFullNames(): string[] {
    const known = new Set([...this.byForm.values()].map((p) => lastToken(p.name)));
    // Only runs that open with a given name: "Compote Bowl", "Dietary Guidelines" and headline words are no one.
    return [...new Set(this.textForms.values())]
      .filter((n) => !known.has(lastToken(n)) && isPlausibleName(n) && isFirstName(n.split(' ')[0]!));
  }

  /** The person entity a name form refers to, when the people pass knows it unambiguously. */
  person(form: string): PersonEntity | null {
    const exact = this.byForm.get(form.toLowerCase());
    if (exact) return exact;
    const list = this.bySurname.get(lastToken(form)) ?? [];
    if (list.length === 1) return list[0]!;
    // Several people share the surname: the one whose name ends with the whole form.
    return list.find((p) => p.name.toLowerCase().endsWith(form.toLowerCase())) ?? null;
  }

  /** Fullest form of a name: `fullest('Putin') === 'Vladimir Putin'` when the article gives both. */
  fullest(form: string): string {
    // A first name alone ("her mother, Fiona,") takes the full name the article gives once for it.
    if (!form.includes(' ') && !this.textForms.has(form.toLowerCase())) {
      const full = this.firstNames.get(form.toLowerCase());
      if (full) return full;
    }
    const entity = this.person(form);
    if (entity) return entity.name;
    if (form.includes(' ')) return form;
    return this.textForms.get(lastToken(form)) ?? form;
  }
}
