// The article's header as the page prints it (issue 16): the headline without the site's name or section that
// <title> adds, the byline as names only, the site's name and the date where the page gives them.

/**
 * Character references a page printed as text in its metadata ("this&amp;nbsp;game" shows "this&nbsp;game"), decoded
 * by the browser's own HTML parser on an inert document: "<" is escaped first, so only references are read, never
 * markup, and nothing runs or loads. (The core decodes its text with core/text/char-refs.ts; importing the core's text
 * part here would put its word lists in the content script.)
 */
function decodeReferences(text: string, doc: Document): string {
  if (!text.includes('&')) return text;
  const Parser = doc.defaultView?.DOMParser ?? (typeof DOMParser === 'undefined' ? null : DOMParser);
  if (!Parser) return text;
  // Twice escaped: "&amp;nbsp;" is read as "&nbsp;", then as a space.
  let out = text;
  for (let i = 0; i < 2 && out.includes('&'); i++) {
    out = new Parser().parseFromString(`<!doctype html><body>${out.replace(/</g, '&lt;')}`, 'text/html').body.textContent ?? out;
  }
  return out.replace(/\u00a0/g, ' ');
}

export interface ArticleHeader {
  title: string;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
}

// " | ", " - ", " – ", " — ", " : ", " :: ", " · ", " » ": what sites put between the headline and their name.
const TITLE_SEPARATOR = /\s+(?:\||-|–|—|:|::|·|»|\/\/)\s+/;

/** Lower-case letters and digits only, for comparing names ("TheHill" ~ "The Hill" ~ "thehill.com" minus its TLD). */
function squash(text: string): string {
  return text.toLowerCase().normalize('NFKD').replace(/[^\p{L}\p{N}]/gu, '');
}

function hostWords(url: string | null): string | null {
  if (!url) return null;
  try {
    const host = new URL(url).hostname.replace(/^www\d?\./, '');
    return squash(host.split('.').slice(0, -1).join(''));
  } catch {
    return null;
  }
}

// A part of the <title> names the site when it is the site's name, its host name, or one contains the other.
function namesSite(part: string, siteName: string | null, host: string | null): boolean {
  const p = squash(part);
  if (p.length < 3) return false;
  const names = [siteName ? squash(siteName) : '', host ?? ''].filter((n) => n.length >= 3);
  return names.some((n) => n === p || (p.length >= 4 && (n.includes(p) || p.includes(n))));
}

/**
 * The headline as the article prints it. The <title> often adds the site, its section or the author after a separator
 * ("Sweden drops Assange rape investigation | TheHill"); the page's <h1> or its metadata headline does not. A suffix is
 * dropped when a printed headline equals what comes before it, or when it names the site or the author.
 * Example: `cleanTitle('Tutoring results | Quanta Magazine', ['Tutoring results'], 'Quanta Magazine', null, null)`
 * gives "Tutoring results".
 */
export function cleanTitle(raw: string, printed: readonly string[], siteName: string | null, byline: string | null, url: string | null): string {
  const title = raw.replace(/\s+/g, ' ').trim();
  const parts = title.split(TITLE_SEPARATOR);
  if (parts.length < 2) return title;
  const heads = printed.map((h) => squash(h)).filter((h) => h.length >= 8);
  const host = hostWords(url);
  const author = byline ? squash(byline.replace(/^\s*by\s+/i, '')) : '';
  // The longest run of leading parts that a printed headline matches: the headline itself may hold a separator.
  for (let n = parts.length - 1; n >= 1; n--) {
    const lead = leadingParts(title, n);
    // A short printed line can be a kicker above the headline ("UN-Klimakonferenz in Glasgow - DRK: Immer mehr…"):
    // what is dropped must be short, a name or a section, not the rest of the headline.
    const rest = title.slice(lead.length);
    if (heads.includes(squash(lead)) && ((rest.match(/\p{L}+/gu)?.length ?? 0) <= 5 || rest.length * 2 <= lead.length)) return lead;
  }
  // Otherwise drop trailing parts while each names the site, the author or the section the URL files it under
  // ("… in Rajshahi | District" at /district/343604).
  const sections = pathSections(url);
  let n = parts.length;
  while (n > 1) {
    const last = parts[n - 1]!;
    if (namesSite(last, siteName, host) || (author.length >= 6 && squash(last) === author) || sections.includes(squash(last))) n--;
    else break;
  }
  // A leading part that names the site ("Slashdot - Stanford grads…") goes too.
  let start = 0;
  if (n === parts.length && parts.length >= 2 && namesSite(parts[0]!, siteName, host) && squash(parts[0]!).length < squash(title).length / 2) start = 1;
  return start === 0 ? leadingParts(title, n) : title.split(TITLE_SEPARATOR).slice(start, n).join(' - ');
}

// The folders of the URL's path, squashed (the last part, the story's own slug or number, aside): its sections.
function pathSections(url: string | null): string[] {
  if (!url) return [];
  try {
    return new URL(url).pathname.split('/').filter(Boolean).slice(0, -1).map(squash).filter((p) => p.length >= 3);
  } catch {
    return [];
  }
}

// The first n parts of the title with the separators it printed between them.
function leadingParts(title: string, n: number): string {
  const re = new RegExp(TITLE_SEPARATOR.source, 'g');
  let count = 0;
  for (let m = re.exec(title); m; m = re.exec(title)) {
    if (++count === n) return title.slice(0, m.index).trim();
  }
  return title;
}

// What is not a name in a byline: a reading time, a date or time, an "Updated …" stamp, a handle, an e-mail address,
// a social network's name, a role after a comma ("CNN Editor-at-large").
const MONTH = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const DATE = new RegExp(`(?:\\b(?:updated|published|posted|last updated)\\b:?\\s*)?(?:\\b${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\b\\d{1,2}\\s+${MONTH},?\\s+\\d{4}|\\b\\d{1,4}[./-]\\d{1,2}[./-]\\d{2,4}|\\b\\d{4}-\\d{2}-\\d{2}(?:T[\\d:.+-]+Z?)?)(?:,?\\s*(?:at\\s+)?\\d{1,2}[:.]\\d{2}\\s*(?:[ap]\\.?m\\.?)?(?:\\s*[A-Z]{2,4}\\b)?)?`, 'gi');
const NOT_NAME = [
  /\b\d+\s*(?:min(?:ute)?s?|minuten)\.?(?:\s*(?:read|lesezeit|de lecture|de leitura|de lectura))?\b/gi,
  /\b(?:lesezeit|reading time|temps de lecture|tempo de leitura|tiempo de lectura)\s*:?\s*(?:ca\.?\s*)?\d*\s*(?:min\w*)?/gi,
  /\b(?:updated|published|posted|last updated)\b:?/gi,
  /\b\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,4}\b)?/gi,
  /[\w.+-]+@[\w-]+\.[\w.]+/g,
  /@\w+/g,
  /\b(?:twitter|facebook|instagram|linkedin|follow(?: me| us)?(?: on)?|email(?: me)?|bio)\b/gi,
];
// Words that open a byline in the languages Lede reads, or a label before the names.
const BY = /^(?:(?:written |words |text |story |reporting |analysis |an analysis |opinion |photos? )?by|par|von|por|auteur|autor(?:in)?|author)\b\s*:?\s*/i;

/**
 * The byline as names only. Example: `cleanByline('By\n Sarah Schwartz\n — November 18, 2025')` gives "Sarah Schwartz";
 * `cleanByline('By')` gives null.
 */
export function cleanByline(raw: string | null, siteName: string | null = null, url: string | null = null): string | null {
  if (!raw) return null;
  let text = raw.replace(/\s+/g, ' ').trim().replace(/^['"“‘]+|['"”’]+$/g, '');
  // Glued fields: "Lucas Nolan22 Dec 2016651", "ERIC TUCKERAssociated Press".
  text = text.replace(/(\p{Ll})(\d)/gu, '$1 $2').replace(/(\p{Lu}{2,})(\p{Lu}\p{Ll})/gu, '$1, $2');
  text = text.replace(DATE, ' ');
  for (const re of NOT_NAME) text = text.replace(re, ' ');
  // Labels before names ("content: MarketingSherpa, design: Scott McDaniel") and leftover numbers.
  text = text.replace(/\b\p{L}+\s*:\s*/gu, (label) => (/^(?:by|von|par|por)\b/i.test(label) ? label : ' ')).replace(/\b\d+\b/g, ' ');
  text = text.replace(/\s+/g, ' ').trim();
  for (let before = ''; before !== text;) { before = text; text = text.replace(BY, '').trim(); }
  // "Chris Cillizza, CNN Editor-at-large": a role after a comma is not a name.
  text = text.replace(/,\s*[^,]*\b(?:editor|correspondent|reporter|writer|columnist|contributor|producer|staff|at-large|chief|senior|bureau)\b[^,]*$/i, '');
  // What is left, field by field: the fields that still hold a word.
  const fields = text.split(/\s*[|·•—–;,:]\s*|\s+-\s+/).map((f) => f.trim()).filter((f) => /\p{L}{2}/u.test(f));
  // The publisher is not a name: the site itself ("BBC News" on BBC News), a web address ("hessenschau.de"), its staff
  // or desk ("Jerusalem Post Staff", "Newsdesk"). After the publisher, single words are its address
  // ("Süddeutsche.de GmbH, Munich, Germany"), not people.
  const host = hostWords(url);
  const publisher = (f: string): boolean => namesSite(f, siteName, host) || WEB_ADDRESS.test(f) || DESK.test(f);
  const names = fields.filter((f) => !publisher(f));
  if (names.length < fields.length && fields[0] && publisher(fields[0]) && names.every((f) => !/\s/.test(f))) return null;
  return names.length ? names.join(', ') : null;
}

// "hessenschau.de", "Süddeutsche.de GmbH", "JPost.com".
const WEB_ADDRESS = /\p{L}\.(?:com|net|org|de|fr|es|it|at|ch|nl|co\.uk|uk|br|ar|in|info)\b/iu;
// A desk, the staff or no one: what a site prints where a reporter's name would go.
const DESK = /^(?:[\p{L}'’. -]+\s)?(?:staff|staff reporter|staff writer|newsdesk|news desk|web ?desk|webmaster|editorial team|redaktion|rédaction|redacción|redação|anónimo|anonymous)$/iu;

/** A date the page gives, or null for a placeholder ("0001-01-01T00:00:00Z") or an empty one. */
export function cleanPublishedTime(raw: string | null): string | null {
  const text = raw?.trim();
  if (!text) return null;
  const year = /\b(\d{4})\b/.exec(text)?.[1];
  return year && Number(year) < 1900 ? null : text;
}

/** The site's name as a name: a bare address ("http://www.tmz.com") becomes its host ("tmz.com"). */
export function cleanSiteName(raw: string | null): string | null {
  const text = raw?.replace(/\s+/g, ' ').trim();
  if (!text) return null;
  const url = /^https?:\/\/(?:www\.)?([^/\s]+)\/?$/i.exec(text);
  return url ? url[1]! : text;
}

/** The headlines the page prints: its <h1>s and its metadata headline (og:title, twitter:title). */
export function printedHeadlines(doc: Document): string[] {
  const out: string[] = [];
  const h1s = doc.getElementsByTagName('h1');
  for (let i = 0, n = Math.min(4, h1s.length); i < n; i++) {
    const text = h1s[i]!.textContent?.replace(/\s+/g, ' ').trim();
    if (text) out.push(text);
  }
  for (const name of ['og:title', 'twitter:title']) {
    const text = metaNamed(doc, name)?.getAttribute('content')?.replace(/\s+/g, ' ').trim();
    if (text) out.push(text);
  }
  return out;
}

/**
 * The first `<meta>` whose property or name is `name`, as `querySelector('meta[property="…"], meta[name="…"]')` finds
 * it: jsdom's selector engine took some 5 ms a query on a news page (half the header's time), its tag index answers at
 * once. Values compare case-sensitively, as the selector's do.
 */
function metaNamed(doc: Document, name: string): Element | null {
  const metas = doc.getElementsByTagName('meta');
  // Length read once and indices: see elementsWithTags in extract.ts on jsdom's live collections.
  for (let i = 0, n = metas.length; i < n; i++) {
    const meta = metas[i]!;
    if (meta.getAttribute('property') === name || meta.getAttribute('name') === name) return meta;
  }
  return null;
}

/**
 * The most of each metadata field (title, byline, site name, a printed headline) the header cleans: twenty lines' worth
 * of what the article keeps (MAX_TITLE, MAX_BYLINE in extract.ts), more than any real page prints. Cleaning a
 * 100,000-character byline took the header's task past 50 ms in Chromium (issue 17: huge-metadata); its first 4,000
 * characters give the same line.
 */
export const RAW_HEADER_TEXT = 4_000;

/** The header from Readability's metadata and the page: `articleHeader(parsed, doc, url).title` has no site suffix. */
export function articleHeader(parsed: { title: string | null; byline: string | null; siteName: string | null; publishedTime: string | null }, doc: Document, url: string | null): ArticleHeader {
  const decode = (text: string | null): string | null => (text === null ? null : decodeReferences(text.slice(0, RAW_HEADER_TEXT), doc));
  const siteName = cleanSiteName(decode(parsed.siteName));
  const byline = cleanByline(decode(parsed.byline), siteName, url);
  return {
    title: cleanTitle(decode(parsed.title ?? doc.title ?? '') ?? '', printedHeadlines(doc).map((h) => decode(h) ?? h.slice(0, RAW_HEADER_TEXT)), siteName, byline, url),
    byline,
    siteName,
    publishedTime: cleanPublishedTime(parsed.publishedTime),
  };
}
