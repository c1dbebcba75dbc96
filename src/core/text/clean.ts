// Drops page furniture that Readability lets through, once, before anything reads the text (issue 5).
// Every rule is conservative: it only looks at short lines and needs a strong pattern, because a cleaning rule that
// eats a sentence of the article costs more than a stray "Share this story" (checked against the extraction
// benchmark's ground truth in test/pages/clean-benchmark.test.ts).
import { PLACES } from '../lexicon/index.ts';
import { decodeCharacterReferences } from './char-refs.ts';

export { decodeCharacterReferences };

export interface CleanContext {
  byline?: string | null;
  siteName?: string | null;
}

export interface CleanedText {
  paragraphs: string[];
  /** The place named by a dateline ("WASHINGTON (AP) —" gives "Washington"), or null. */
  dateline: string | null;
}

// Lines longer than this are article prose, whatever words they contain.
const SHORT_LINE = 200;

const MONTH = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const WEEKDAY = '(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\\.?';
// News agencies and networks that sign datelines and photo credits.
const AGENCY = '(?:AP|Reuters|AFP|CNN|UPI|dpa|DPA|Bloomberg|PA|EFE|ANSA|Xinhua|IANS|PTI|TASS|AAP|CP|Sputnik|NBC News|ABC News|CBS News|Fox News|BBC)';

/** Named line rules: each returns true for a whole line that is page furniture, not article text. */
export const BOILERPLATE_RULES: readonly { name: string; test: (line: string) => boolean }[] = [
  { name: 'related link', test: (s) => /^(?:à )?(?:lire aussi|lire|lesen sie auch|auch auf [\w. ]+|mehr zum thema|leia também|leia mais|lee también|leggi anche)\s*(?::|$)/i.test(s) || /^\[?\s*(?:read|see|watch|listen)(?: also| more| next|ing)?\s*(?::|[-–—|»›]|$)/i.test(s) || /^(?:read|see) (?:also|more)\b/i.test(s) || /^\[(?:read|see|related|more|watch|video|photos?)\b[^\]]*\]$/i.test(s) || /^related(?: stories| articles| coverage| content| reading| links?)?\s*:/i.test(s) || /^(?:more|also|recommended|don[’']t miss|must read|trending)\s*:/i.test(s) || /^(?:>{2,}|»{2,}|→)\s*\S/.test(s) },
  { name: 'related heading', test: (s) => /^(?:related|more|most|top|trending|recommended|popular|latest)(?: [\w’'-]+){0,4}$/i.test(s) && /^(?:related(?: \w+)?|more (?:from|on|stories|news|in)\b.*|most (?:read|popular|viewed|shared)\b.*|(?:top|trending|latest|popular) (?:stories|news|now|articles)\b.*|recommended(?: for you| stories| reading)?)$/i.test(s) },
  { name: 'continue reading', test: (s) => /^(?:continue|keep) reading\b/i.test(s) && s.length < 60 },
  { name: 'newsletter prompt', test: (s) => /\bnewsletters?\b/i.test(s) && /\b(?:sign up|subscribe|get|receive|join|delivered|inbox|free)\b/i.test(s) || /\byour inbox\b/i.test(s) && /\b(?:sign up|subscribe|get|receive|join|delivered|meet)\b/i.test(s)
    // The same box in the other languages Lede reads ("Abonnieren Sie unser Daily Briefing … in Ihrer Inbox").
    || /(?:^|[.?!] )(?:jetzt )?abonnieren sie\b|\babonnez-vous\b|\bsuscr[íi]bete\b|\binscreva-se\b|\b(?:in )?ihre[rm]? (?:inbox|postfach)\b/i.test(s) },
  { name: 'subscribe prompt', test: (s) => /^(?:sign up|subscribe)(?: now| here| today)?\s*(?:[:!.]|$)|^sign up (?:for|to) (?:our|my)\b/i.test(s) || /^(?:subscribe|join us|get (?:breaking|our|the latest|news alerts)|download (?:our|the) app|support (?:independent|our) journalism)\b/i.test(s) || /^(?:breaking news (?:emails|alerts)|subscribe( now)?)$/i.test(s)
    // The same prompt in the other languages Lede reads.
    || /^(?:(?:jetzt )?abonnieren sie|jetzt abonnieren|melden sie sich (?:hier |jetzt )?(?:für|zu)|abonnez-vous|inscrivez-vous|suscr[íi]b(?:e|i)te|assine|inscreva-se|cadastre-se)\b/i.test(s) },
  { name: 'podcast or video prompt', test: (s) => /^(?:watch|listen(?: to)?)\b.{0,120}\b(?:episode|video|podcast|live|clip|here|below|above)\b/i.test(s) || /\bsubscribe to our (?:channel|podcast)\b/i.test(s) },
  { name: 'live coverage prompt', test: (s) => /^(?:revivez|suivez|relive|follow|verfolgen sie) (?:le |la |our |the |all the )?(?:direct|live|en direct)\b/i.test(s) && s.length < 120 },
  { name: 'follow us', test: (s) => /^(?:follow (?:us|him|her|them|me|@|\p{Lu})|like us on|connect with us)\b/iu.test(s) && s.length < 120 },
  { name: 'republication note', test: (s) => /^(?:this|the) (?:article|story|piece|post|essay|column) (?:was |is |has been )?(?:first |originally )?(?:published|appeared|posted|republished)\b/i.test(s) },
  { name: 'photo credit', test: (s) => isCredit(s) },
  { name: 'copyright', test: (s) => /^(?:©|\(c\)\s|copyright\s*(?:©|ⓒ|\(c\)|@|\d{4}))/i.test(s) || /\ball rights reserved\.?$/i.test(s) },
  { name: 'share widget', test: (s) => /^(?:share(?: this(?: story| article)?| on \w+| via \w+)?|tweet|email|print|comments?|show comments|view comments|\d+ comments?|reuse this content|order reprints|advertisement|ad|sponsored|facebook|twitter|whatsapp|linkedin|pinterest|reddit|copy link|save|bookmark)(?: ?[|·•,] ?(?:facebook|twitter|whatsapp|linkedin|pinterest|reddit|email|print|share|copy link))*$/i.test(s) },
  { name: 'reporting credit', test: (s) => /^\(?(?:reporting|additional reporting|writing|editing) by\b/i.test(s) || /^[\p{Lu}][\p{L}.'’ -]{2,60} contributed (?:to )?(?:this )?report(?:ing)?\.?$/u.test(s) },
];

const CREDIT_WORDS = '(?:Getty Images|AP Photo|AFP(?:\\/Getty)?|Reuters|EPA(?:-EFE)?|Shutterstock|iStock(?:photo)?|Alamy|PA(?: Wire| Images)?|Bloomberg|Xinhua|Supplied|File)';

/** True for an image caption's credit or a credit line ("(Photo: Jane Doe/AP)", "Source: Supplied", "Getty Images"). */
function isCredit(s: string): boolean {
  if (/^(?:photo|image|picture|video|graphic|illustration)s?(?: credit| courtesy| by)?\s*[:|]/i.test(s)) return true;
  if (/^(?:image (?:copyright|caption|source)|media caption|caption|credit|photograph|view photo|view this image|view image)\b/i.test(s)) return true;
  if (/\((?:photo|image|picture)s?(?: credit)?\s*(?::|by\b)[^)]*\)\s*$/i.test(s)) return true;
  if (CREDIT_AT_END.test(s)) return true;
  if (CREDIT_ALONE.test(s)) return true;
  return false;
}
// Built once, not on every call (isCredit runs on every paragraph).
const CREDIT_AT_END = new RegExp(`(?:\\(|\\b(?:photo|photograph|picture|image|credit|source)s?:\\s*|[/|]\\s*)${CREDIT_WORDS}[^()]{0,40}\\)?\\s*$`, 'i');
const CREDIT_ALONE = new RegExp(`^${CREDIT_WORDS}$`, 'i');

const DATE_BITS = new RegExp(
  [
    `\\b${WEEKDAY}`,
    `\\b${MONTH}(?=[\\s,\\d]|$)`,
    '\\b\\d{1,4}(?:[/.-]\\d{1,2}(?:[/.-]\\d{2,4})?)?(?:st|nd|rd|th)?\\b',
    '\\b\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?',
    '\\b[ap]\\.?m\\.?(?=\\s|$)',
    '\\b(?:[ECMP][SD]T|GMT|UTC|BST|CET|CEST|IST|AEST|AEDT|ET|PT)\\b',
    '\\b(?:updated|published|posted|first published|last updated|modified|on|at|am|pm|ago|hours?|minutes?|mins?|days?)\\b',
  ].join('|'),
  'gi',
);
const DATE_SEPARATORS = /[\s·|•,;/–—:()-]+/g;
// Built once, not on every call (isBylineOrDate runs on every short paragraph).
const HAS_DATE = new RegExp(`\\b${MONTH}\\s+\\d|\\d\\s+${MONTH}|\\b\\d{1,2}/\\d{1,2}/\\d{2,4}\\b|\\b\\d{1,2}:\\d{2}\\b`, 'i');

/** A byline or date line: "By Staff Reporter · September 2, 2025", "Updated on: November 19, 2019 / 10:07 AM / CBS News". */
function isBylineOrDate(s: string, context: CleanContext): boolean {
  // A full stop usually ends a sentence of the story, but not after "a.m.", "Dec." or in "Posted on … by Ann Lee."
  const stamp = /^(?:posted|published|updated|last updated|first published|originally published|last modified|by)\b/i.test(s);
  if (s.length > 120 || /[.!?]["”’]?$/.test(s) && !stamp && !/\b[ap]\.?m\.$|\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.$/i.test(s)) return false;
  const known = [context.byline, context.siteName].filter((x): x is string => !!x).map((x) => squash(x.replace(/^\s*by\s+/i, '')));
  const bare = squash(s.replace(/^by\s*/i, ''));
  if (bare && known.includes(bare)) return true;
  if (/^by$/i.test(s)) return true;
  const hasDate = HAS_DATE.test(s);
  const byline = /^by\s+\p{Lu}/iu.test(s);
  if (!hasDate && !byline) return false;
  // What is left once dates, times and separators are gone must look like a name or an outlet: a few capitalised words.
  const rest = s.replace(/\.$/, '').replace(/(\d)(?!(?:st|nd|rd|th)\b)(\p{L})/gu, '$1 $2').replace(DATE_BITS, ' ').replace(/^\s*by\b|\bby\b/gi, ' ').replace(DATE_SEPARATORS, ' ').trim();
  if (!rest) return hasDate;
  const words = rest.split(' ');
  if (words.length > 6) return false;
  return words.every((w) => /^(?:\p{Lu}[\p{L}.'’&-]*|and|&|de|van|von|da|del|of|the|staff|reporter|correspondent|editor|writer)$/u.test(w));
}

function squash(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

// "WASHINGTON (AP) —", "LONDON, Sept 2 (Reuters) -", "BEIJING —", "Washington (CNN) --", "(CNN)".
const PLACE = "[\\p{Lu}][\\p{Lu}\\p{Ll}.'’ -]{1,40}?(?:,\\s*[\\p{Lu}][\\p{L}.]+(?:\\s[\\p{Lu}][\\p{L}.]+)?)?";
const DASH = '(?:—|–|--|-|:)';
const DATELINES = [
  // A place with an agency in brackets, optionally dated.
  new RegExp(`^(${PLACE})(?:,?\\s+${MONTH}\\s+\\d{1,2}(?:,\\s*\\d{4})?)?\\s*\\(${AGENCY}\\)\\s*${DASH}?\\s*`, 'u'),
  // An all-capitals place followed by a dash ("BEIJING —", "SAN JUAN, Puerto Rico —", "DUBAI, United Arab Emirates —").
  new RegExp(`^(\\p{Lu}[\\p{Lu}.'’ -]{1,30}\\p{Lu}\\.?(?:,\\s*[\\p{Lu}][\\p{L}.]+(?:\\s[\\p{Lu}][\\p{L}.]+){0,2})?)(?:,?\\s+${MONTH}\\s+\\d{1,2})?\\s*(?:—|–|--)\\s*`, 'u'),
  // An all-capitals place, perhaps dated, with a station's call sign or an agency's initials, its one-word name or a
  // date in brackets ("NEW JERSEY (WABC) --", "RAJSHAHI, Dec 20, 2025 (BSS) -", "HONOLULU, Hawaii (HawaiiNewsNow) -",
  // "WASHINGTON (January 24, 2017) —").
  new RegExp(`^(\\p{Lu}[\\p{Lu}.'’ -]{1,30}\\p{Lu}\\.?(?:,\\s*[\\p{Lu}][\\p{L}.]+)?)(?:,?\\s+${MONTH}\\s+\\d{1,2}(?:,\\s*\\d{4})?)?\\s*\\((?:[A-Z][A-Z0-9-]{1,7}|[A-Z][a-z]+(?:[A-Z][a-z]+)+|${MONTH}\\s+\\d{1,2}(?:,\\s*\\d{4})?)\\)\\s*(?:—|–|--|-)\\s*`, 'u'),
  // The agency alone ("(CNN) --", "(CNN)The …").
  new RegExp(`^()\\(${AGENCY}\\)\\s*${DASH}?\\s*`, 'u'),
  // A date alone, as health and trade sites print it ("Feb. 23, 2015 -- Life-threatening peanut allergies…").
  new RegExp(`^()(?:${WEEKDAY},?\\s+)?${MONTH}\\s+\\d{1,2},?\\s+\\d{4}\\s*(?:—|–|--)\\s*`, 'u'),
];

/**
 * Splits a dateline off the start of a paragraph: `takeDateline('BEIJING (AP) — Putin said…')` gives
 * `{ place: 'Beijing', text: 'Putin said…' }`; a paragraph without one comes back unchanged with `place: null`.
 */
export function takeDateline(text: string): { place: string | null; text: string } {
  for (const re of DATELINES) {
    const m = re.exec(text);
    if (!m) continue;
    const rest = text.slice(m[0].length);
    // The article text must go on after the dateline, starting like a sentence.
    if (!/^["“‘'(]?[\p{Lu}\p{N}]/u.test(rest) || rest.length < 20) continue;
    const place = m[1]!.trim().replace(/[,\s]+$/, '');
    return { place: place ? titleCase(place) : null, text: rest };
  }
  return colonDateline(text) ?? { place: null, text };
}

// "NEW DELHI:", "WASHINGTON, DC, United States:": a place in capitals and a colon. Headlines use the same shape
// ("BREAKING NEWS:", "DEAR ABBY:", "NCIS:"), so it counts only when the capitals name a known place.
const COLON_DATELINE = /^(\p{Lu}[\p{Lu}.'’ -]{1,30}\p{Lu})((?:,\s*\p{Lu}[\p{L}.]+(?:\s\p{Lu}[\p{L}.]+){0,2}){0,2})\s*:\s+/u;

function colonDateline(text: string): { place: string; text: string } | null {
  const m = COLON_DATELINE.exec(text);
  if (!m || !PLACES.has(titleCase(m[1]!))) return null;
  const rest = text.slice(m[0].length);
  if (!/^["“‘'(]?[\p{Lu}\p{N}]/u.test(rest) || rest.length < 20) return null;
  return { place: titleCase(m[1]!) + m[2]!, text: rest };
}

// "SAN JUAN, Puerto Rico" → "San Juan, Puerto Rico"; abbreviations with inner dots ("N.Y.", "U.S.") stay as printed.
function titleCase(place: string): string {
  return place.replace(/\p{Lu}[\p{Lu}'’]+\.?(?![\p{L}.])/gu, (w) => w[0] + w.slice(1).toLowerCase());
}

// Photo captions run long, but they say what they are: they open "In this (date) photo…" or end with the credit in
// brackets ("… in Baikonur.(Oleg Urusov/Roscosmos Press Service photo via AP)", "… (AP Photo/Alan Diaz, File)").
const CAPTION_LINE = 800;
const CAPTION_OPENING = /^In this (?:[\w.,’' -]{0,60} )?(?:file )?(?:photo|image|picture|photograph|video(?: still| image)?)\b/i;
const CAPTION_CREDIT = /\((?=[^()]*\b(?:photo|photograph|picture|image)s?\b)[^()]*(?:\bvia\b|\/|\bby\b|\bAP\b|\bGetty\b|\bReuters\b|\bAFP\b|\bEPA\b|courtesy|credit)[^()]*\)\s*$/i;
// Sponsorship and affiliate disclosures open a post, so they would open its summary too.
const DISCLOSURE = /\b(?:contains?|includes?) (?:affiliate|sponsored|referral)\b|\baffiliate (?:links?|commissions?)\b|\b(?:has|have) been compensated\b|\bwe may (?:earn|receive) (?:a )?(?:small )?(?:commission|compensation)\b/i;

// A box introducing the experts a health or lifestyle piece quotes ("Meet the experts: Scott Keatley, R.D., is…").
const EXPERT_BOX = /^meet (?:the|our) (?:experts?|panel(?:ists)?|sources?)\s*:/i;

/** Which rule, if any, marks this line as page furniture: `boilerplateRule('READ ALSO: x')` gives 'related link'. */
export function boilerplateRule(line: string, context: CleanContext = {}): string | null {
  if (line.length <= CAPTION_LINE && CAPTION_CREDIT.test(line)) return 'photo credit';
  if (line.length <= CAPTION_LINE && EXPERT_BOX.test(line)) return 'expert box';
  if (line.length <= CAPTION_LINE && CAPTION_OPENING.test(line)) return 'photo caption';
  if (isAuthorBio(line, context)) return 'author bio';
  if (line.length > SHORT_LINE) return null;
  if (DISCLOSURE.test(line)) return 'disclosure';
  for (const rule of BOILERPLATE_RULES) if (rule.test(line)) return rule.name;
  if (isBylineOrDate(line, context)) return 'byline or date';
  return null;
}

// A closing note on the writer ("Lucas Nolan is a reporter for Breitbart Tech covering…"): it opens with the byline's
// name and says what the writer is or does. Bios run longer than other furniture, so the line limit is the caption one.
function isAuthorBio(line: string, context: CleanContext): boolean {
  // The first writer's name, two or three capitalised words ("by Lucas Nolan22 Dec 2016" gives "Lucas Nolan").
  const name = /^\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){1,2}/u.exec(context.byline?.replace(/^\s*by\s+/i, '') ?? '')?.[0];
  if (!name || line.length > CAPTION_LINE || line.slice(0, name.length).toLowerCase() !== name.toLowerCase()) return false;
  return /^(?:,? (?:is|was|has been|writes|covers|reports)\b|,? an? )/.test(line.slice(name.length));
}

// A live update's time stamp opening a paragraph ("12:00 PM PT -- Sheriff's deputies were…", "UPDATE 3:15 p.m.: …").
const UPDATE_STAMP = /^(?:UPDATE[:\s]*)?\d{1,2}:\d{2}\s*[AaPp]\.?[Mm]\.?(?:\s*[A-Z]{1,4})?\s*(?:--|—|–|:)\s+(?=\p{Lu})/u;
// Lookarounds, not a leading \p{Ll}{3,}: that form backtracks quadratically on a long run of letters (issue 6 fuzz).
const GLUED_SENTENCES = /(?<=\p{Ll}{3})([.!?]["”’]?)(?=\p{Lu}\p{Ll}{2})/gu;
// A screen reader's note on a link, glued to the link's text ("the company saidOpens a new window that…").
const LINK_NOTE = /(?<=\p{L})Opens (?:in )?a new (?:window|tab)\b|\s*\(opens (?:in )?a new (?:window|tab)\)/giu;
// A person card shown on hover, kept in the text by extraction: the name again in full, glued to the name in the
// sentence, then the person's latest headlines and "MORE" ("Gov. Kristi NoemKristi Lynn NoemSouth Dakota drops… MORE (R)
// is defending…"). The sentence keeps the name it printed.
const HOVER_CARD = /(\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?)((?:\p{Lu}[\p{L}'’.-]* ){1,3}\1)(?![\p{Ll}])[^]{0,1200}? MORE(?=[\s.,;:)]|$)/gu;

/**
 * Cleans the article's paragraphs once for every pass: drops boilerplate lines and exact repeats, and turns a
 * dateline into the place. Example: `cleanArticleText(['By Ann Lee · May 2, 2025', 'LONDON (Reuters) - Rain fell.'])`
 * gives `{ paragraphs: ['Rain fell.'], dateline: 'London' }`.
 */
export function cleanArticleText(paragraphs: readonly string[], context: CleanContext = {}): CleanedText {
  const out: string[] = [];
  const seen = new Set<string>();
  let dateline: string | null = null;
  // After a "Read more:" or "More from UK" heading, the headline-like lines that follow are its links.
  let inLinkList = false;
  // Paragraphs of story text kept so far: navigation lines Readability lets through ("Sign In", "Home") do not count.
  let prose = 0;
  for (const raw of paragraphs) {
    // Blocks that lost their whitespace in extraction read "physician.Police arrested…": put the space back.
    let text = (raw.includes('&') ? decodeCharacterReferences(raw) : raw).replace(/\s+/g, ' ').trim().replace(GLUED_SENTENCES, '$1 ').replace(UPDATE_STAMP, '').replace(LINK_NOTE, '');
    if (text.includes(' MORE')) text = text.replace(HOVER_CARD, '$1');
    if (!text) continue;
    if (inLinkList && text.length < 160 && !/[.!?:"”’)]$/.test(text)) continue;
    const rule = boilerplateRule(text, context);
    inLinkList = rule === 'related heading' || (rule === 'related link' && /^\W*\w+(?: \w+)?\W*$/.test(text));
    if (rule) continue;
    // Datelines open one of the first paragraphs of the story, never a later one.
    if (dateline === null && prose < 3) {
      const taken = takeDateline(text);
      if (taken.place !== null || taken.text !== text) {
        dateline = taken.place;
        text = taken.text;
      }
    }
    // Readability sometimes keeps a short line twice (a standfirst repeated as a caption, a date above and below).
    const key = text.length < SHORT_LINE ? squash(text) : '';
    if (key && seen.has(key)) continue;
    if (key) seen.add(key);
    out.push(text);
    if (isProse(text)) prose++;
  }
  return { paragraphs: out, dateline };
}

// A paragraph of the story rather than a menu entry or heading: a long line, or a sentence of some length.
function isProse(text: string): boolean {
  const words = text.split(' ').length;
  return words >= 15 || (words >= 6 && /[.!?]["”’)]?$/.test(text));
}

/** Removes boilerplate lines: `cleanParagraphs(['READ ALSO: x', 'Body.'])` gives `['Body.']`. */
export function cleanParagraphs(paragraphs: readonly string[], context: CleanContext = {}): string[] {
  return cleanArticleText(paragraphs, context).paragraphs;
}
