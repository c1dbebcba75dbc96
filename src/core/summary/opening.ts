// Report or feature (issue 16): a news report states its subject in its first sentence (who did what, when), so the
// summary leads with it; a feature, profile, explainer or opinion piece opens on a hook (a scene, an anecdote, a
// question, a generalisation) and states its subject a few paragraphs later, in the "nut graf". Told apart by the
// opening's shape; for a feature the summary starts at the sentence that states the subject.
import type { TextDoc, Sentence } from '../text/index.ts';
import { contentTerms } from './rank-sentences.ts';

export type OpeningShape = 'report' | 'feature';

// Words that date the event in a news lead ("on Monday", "yesterday", "this week", "on March 3").
const NEWS_TIME = /\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|yesterday|today|tonight|this (?:week|month|morning|afternoon|evening|year)|last (?:week|month|night|year)|earlier this (?:week|month|year)|(?:Jan(?:uary)?|Feb(?:ruary)?|March|April|May|June|July|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.? \d{1,2}\b|\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December))/i;
// The verbs of a news lead: something was said, announced, found, decided, or happened to someone.
const NEWS_VERB = /\b(?:said|says|announced|announces|reported|confirmed|revealed|unveiled|launched|released|published|warned|told|ordered|approved|rejected|signed|filed|sued|charged|arrested|accused|killed|died|injured|won|lost|agreed|voted|ruled|plans?|will|has (?:been|become)|have been|was (?:arrested|charged|killed|found|named|sentenced|elected)|according to)\b/i;
// A hook: a question, a quotation, the reader or the writer addressed, an imperative to the reader.
const HOOK = /^(?:[“"‘'«„]|(?:I|I’m|I'm|I’ve|I've|We|You|Your|Imagine|Picture|Consider|Think|Explore|Meet|Ask)\b)|\?["”’]?$/;

/** Content words folded for comparison: plurals dropped and long words cut to a stem ("cells" ~ "cell", "effective" ~ "effectiveness"). */
export function stemTerms(text: string): Set<string> {
  const out = new Set<string>();
  for (const t of contentTerms(text)) {
    const singular = t.length > 3 && /[^s]s$/.test(t) ? t.slice(0, -1) : t;
    out.add(singular.slice(0, 5));
  }
  return out;
}

/** Share of the headline's stems a text carries (0–1). */
export function headlineOverlap(text: string, headline: ReadonlySet<string>): number {
  if (headline.size === 0) return 0;
  let hits = 0;
  const own = stemTerms(text);
  for (const t of headline) if (own.has(t)) hits++;
  return hits / headline.size;
}

// A name in running text: a capitalised word that does not open the sentence or follow a colon.
function namesSomeone(text: string): boolean {
  return /(?<![.:!?]\s|^)(?<=\s|\()\p{Lu}\p{Ll}+/u.test(text) || /\b\p{Lu}{2,}\b/u.test(text.slice(1));
}

/**
 * Whether the article opens like a report or like a feature. A report's first sentence dates the event, uses a verb of
 * news or names who it is about, and shares the headline's words; a feature's opens on a hook or on none of these.
 * Example: `openingShape(['The planarian is nobody's idea of a genius.'], 'Simple cells can think')` gives 'feature'.
 */
export function openingShape(first: readonly string[], title: string, hasDateline = false): OpeningShape {
  const lead = first[0];
  if (!lead || hasDateline) return 'report';
  const headline = stemTerms(title);
  // Without a headline there is nothing to compare the opening with: keep the lead.
  if (headline.size === 0) return 'report';
  const overlap = headlineOverlap(lead, headline);
  const opening = first.slice(0, 2).join(' ');
  if (HOOK.test(lead.trim())) return 'feature';
  // A lead that dates its event is a report's, whatever words the headline chose.
  if (NEWS_TIME.test(lead)) return 'report';
  // Nothing of the headline in the first two sentences: the story has not begun yet.
  if (headlineOverlap(opening, headline) === 0) return 'feature';
  const newsy = NEWS_VERB.test(lead) || namesSomeone(lead);
  return !newsy && overlap < 0.4 ? 'feature' : 'report';
}

export interface SubjectCandidate { sentence: Sentence; centrality: number; usable: boolean; quoted: boolean }

// The nut graf comes in the first part of a feature: within this many sentences, and within the first half.
const SUBJECT_WINDOW = 30;

/**
 * The sentence of a feature that states its subject: early, close to the headline and to the whole text, the writer's
 * own statement (not a quote, a question or a scene told in the past). Returns its index, or null.
 */
export function subjectSentence(doc: TextDoc, candidates: readonly SubjectCandidate[]): number | null {
  const standfirst = standfirstSentence(doc, candidates);
  if (standfirst !== null) return standfirst;
  const headline = stemTerms(doc.title);
  const limit = Math.min(SUBJECT_WINDOW, Math.max(8, Math.ceil(candidates.length / 2)));
  let best: number | null = null;
  let bestScore = 0;
  let usable = 0;
  for (const c of candidates.slice(0, limit)) {
    if (!c.usable) continue;
    usable++;
    if (c.quoted) continue;
    const overlap = headlineOverlap(c.sentence.text, headline);
    // Stating, not describing: a verb of the present or of findings rather than a scene told in the past.
    const states = /\b(?:is|are|can|could|may|might|has|have|shows?|showed|suggests?|found|finds|means|lies|remains?|seems?|appears?|turns out)\b/.test(c.sentence.text) ? 0.3 : 0;
    // A demonstrative pointing back ("heeded that call,", "these findings") leans on what came before it.
    const leans = /\b(?:[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose|[Ss]uch)\s+\p{Ll}+[,.;:]|\b(?:[Tt]hese|[Tt]hose|[Ss]uch) \p{Ll}/u.test(c.sentence.text) ? 0.5 : 0;
    const score = 1.6 * overlap + c.centrality + states - leans - 0.06 * usable;
    if (score > bestScore) { bestScore = score; best = c.sentence.index; }
  }
  return best;
}

/**
 * A standfirst (the deck under the headline: "Explore a shape that can't pass through itself, a teenage prodigy, and
 * two new kinds of infinity.") is the writer's own one-line statement of what the piece holds. It is the first usable
 * sentence, printed as a paragraph of its own in the first three, and the body it stands over opens with a paragraph
 * of several sentences (a report written one sentence a paragraph has no standfirst). Returns its index, or null.
 */
export function standfirstSentence(doc: TextDoc, candidates: readonly SubjectCandidate[]): number | null {
  const first = candidates.find((c) => c.usable);
  if (!first || first.quoted || first.sentence.paragraph > 2 || /[?？]["”’]?$/.test(first.sentence.text)) return null;
  const inParagraph = (p: number): number => doc.sentences.filter((s) => s.paragraph === p).length;
  if (inParagraph(first.sentence.paragraph) !== 1) return null;
  const words = first.sentence.text.split(/\s+/).length;
  if (words < 8 || words > 45) return null;
  // Set apart from the body: the paragraph after it is a heading (no sentence of it usable).
  const after = first.sentence.paragraph + 1;
  const heading = candidates.filter((c) => c.sentence.paragraph === after);
  return heading.length > 0 && heading.every((c) => !c.usable) ? first.sentence.index : null;
}
