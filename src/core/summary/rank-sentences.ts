// Scores each sentence as a summary candidate: position, centrality, title overlap and coverage of the people and
// names the story is about (issue 5). One pass over the words of the document; no model, no network.
import type { TextDoc, Sentence } from '../text/index.ts';
import { countWords } from '../text/index.ts';

export interface RankedSentence {
  sentence: Sentence;
  words: number;
  /** Lower-cased content words (stop words dropped), for centrality and redundancy. */
  terms: Set<string>;
  score: number;
  /** How many other sentences share this one's words (0 for a rejected sentence). */
  centrality: number;
  /** Why a sentence cannot stand in a summary (headline-like, caption, half a quote…); null when it can. */
  rejected: string | null;
}

// Function words carry no topic; a short public-domain-style list is enough for English news.
const STOP_WORDS = new Set(`a about above after again against all also am an and any are as at be because been before being
below between both but by can could did do does doing down during each few for from further had has have having he her here
hers herself him himself his how i if in into is it its itself just me more most my myself no nor not now of off on once only
or other our ours out over own said same says say she should so some such than that the their theirs them themselves then
there these they this those through to too under until up very was we were what when where which while who whom why will with
would you your yours yourself told tell added according year years new one two three time last first mr mrs ms like get got
make made may might must many much well even back still just us per since around week day days`.split(/\s+/));

// Words as runs of letters and digits (with inner apostrophes); splitting is several times faster than matchAll.
const NON_WORD = /[^\p{L}\p{N}'’]+/u;

function words(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.split(NON_WORD)) {
    const w = raw.charCodeAt(0) === 39 || raw.charCodeAt(0) === 8217 || /['’]$/.test(raw) ? raw.replace(/^['’]+|['’]+$/g, '') : raw;
    if (w) out.push(w);
  }
  return out;
}

/** Content words of a text, lower-cased: `contentTerms('The whales stranded on the beach')` gives whales, stranded, beach. */
export function contentTerms(text: string): string[] {
  const out: string[] = [];
  for (const word of words(text.toLowerCase())) {
    const w = word.endsWith('’s') || word.endsWith("'s") ? word.slice(0, -2) : word;
    if (w.length < 3 || STOP_WORDS.has(w) || /^\d+$/.test(w)) continue;
    out.push(w);
  }
  return out;
}

// Chinese and Japanese are written without spaces, so countWords sees a whole sentence as a word or two; two of their
// characters count as one word, about what an English word carries.
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;

/** Words for the summary's length limits: `summaryWords('He left.')` is 2, `summaryWords('后果很严重。')` is 3. */
export function summaryWords(text: string): number {
  const cjk = text.match(CJK)?.length ?? 0;
  return cjk ? countWords(text.replace(CJK, ' ')) + Math.ceil(cjk / 2) : countWords(text);
}

const namesCache = new WeakMap<TextDoc, Map<string, number>>();

/**
 * Names the story keeps returning to: capitalised words that are not sentence-initial, counted over the text.
 * Example: in a story about Vladimir Putin, `storyNames(doc)` ranks "putin" first.
 */
export function storyNames(doc: TextDoc): Map<string, number> {
  const cached = namesCache.get(doc);
  if (cached) return cached;
  const counts = new Map<string, number>();
  for (const s of doc.sentences) {
    const ws = words(s.text);
    for (let i = 1; i < ws.length; i++) {
      const w = ws[i]!;
      if (w.length < 3 || !/^\p{Lu}\p{Ll}/u.test(w)) continue;
      const key = w.toLowerCase().replace(/['’]s$/, '');
      if (!STOP_WORDS.has(key)) counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  namesCache.set(doc, counts);
  return counts;
}

// A sentence that opens inside a quotation, or leaves one open, would cut a quote in half.
const OPEN_MARKS = /[“«„]/g;
const CLOSE_MARKS = /[”»]/g;

const PROMOTION = /^(?:Get|Try|Download|Grab|Claim|Start|Unlock|Install)\b[^.!?]{0,160}\b(?:app|apps|free trial|for free|subscription|membership|premium|discount|promo code)\b|\bfree to (?:try|download|use)\b|\b(?:start|begin|claim) (?:your|a) free trial\b|\b(?:don[’']t|do not) (?:even )?(?:have|need) to (?:register|sign up)\b/i;

/** Why this sentence cannot be used as it stands, or null. */
export function rejectReason(s: Sentence, openAtStart: boolean, words: number): string | null {
  const t = foldDoubledMarks(s.text);
  if (words < 6) return 'too short';
  if (words > 70) return 'too long';
  if (openAtStart) return 'starts inside a quote';
  if (!/[.!?…。！？]["”’'»)\]」』）]*$/.test(t) && !isStandfirst(s, words)) return 'no sentence end';
  if (/^\p{Ll}/u.test(t)) return 'starts mid-sentence';
  if (/https?:\/\/|www\.|pic\.twitter|\s\|\s|\bclick here\b|\bsubscribe\b|\bnewsletter\b/i.test(t)) return 'link or prompt';
  if (t.includes('@') && /[\w.+-]+@[\w-]+\.[a-z]{2,}/i.test(t)) return 'link or prompt';
  // A pointer to a link ("You can view our June 2018 open thread here.") or to where to buy or stream the thing reviewed.
  if (/\b(?:view|read|see|find|watch|listen|download|check out|click|sign up|register|learn more)\b[^.!?]{0,80}\bhere\s*[.!]?["”’)]*$/i.test(t)) return 'link or prompt';
  if (/\b(?:available|out) (?:now )?on (?:DVD|Blu-ray|VOD|digital|demand)\b|\bavailable to (?:digitally )?(?:rent|buy|purchase|stream|pre-?order)\b/i.test(t)) return 'link or prompt';
  // An advertisement for the site's own product inside the body: "Get strategies … from the Price Strategist app",
  // "It's free to try", "Start your free trial today".
  if (PROMOTION.test(t)) return 'link or prompt';
  // A reference list's entry: a "^" back-link, an archive note or a "retrieved 7 March 2019" access date.
  if (/^\^|^archived from the original\b|\bretrieved (?:on )?(?:\d{1,2} \p{Lu}\p{Ll}+ \d{4}|\p{Lu}\p{Ll}+ \d{1,2}, \d{4})/iu.test(t)) return 'citation';
  // A site's comment policy ("Comments that… will not be approved by the moderator"), in any of the corpus's languages.
  if (/\bmodera/i.test(t) && /\b(?:comments?|comentários?|comentarios?|commentaires?|kommentare?)\b/iu.test(t)) return 'link or prompt';
  // Every longer word capitalised: a tagline or a headline ("Home of the Daily and Sunday Express."), not prose.
  if (isTitleCase(t)) return 'headline-like';
  // A sentence in brackets is an aside to the sentence before it.
  if (/^\(.*\)[.!?]?$|^\(.*[.!?]\)$/.test(t)) return 'aside';
  // A question the writer asks; a question inside a quotation ("…asking if there were “any un-angry fans?”") is reported.
  if (/[?？]$/.test(t) || (/\?["”’»]$/.test(t) && /^["“‘'«]/.test(t))) return 'question';
  const opens = (t.match(OPEN_MARKS) ?? []).length;
  const closes = (t.match(CLOSE_MARKS) ?? []).length;
  const straight = (t.match(/"/g) ?? []).length;
  if (opens !== closes || straight % 2 === 1) return 'half a quote';
  // Nothing but a quotation: its speaker is in another sentence, which the summary may leave out.
  if ((opens === 1 && /^[“«„]/.test(t) && /[”»]$/.test(t)) || (straight === 2 && /^".*"$/.test(t))) return 'quote without speaker';
  if (openSingleQuotes(t) > 0) return 'half a quote';
  return null;
}

// A standfirst (the line under the headline that says what the piece is about) is often printed without a full stop:
// "The young French label crafts ultralight tents and packs for climbers who believe…". It is the first or second
// paragraph, one sentence of prose; the summary gives it its stop (summary.ts).
function isStandfirst(s: Sentence, words: number): boolean {
  return s.paragraph <= 1 && words >= 12 && words <= 45 && /^\p{Lu}/u.test(s.text) && /[\p{Ll}\d]$/u.test(s.text)
    && /\s\p{Ll}{3,}/u.test(s.text) && !/["“”«»„:]/.test(s.text);
}

// "“What kind of wordchain?” Alden Thorn asked Haoyu as…": the split after a quoted question leaves its attribution
// ("Alden Thorn asked…") as a sentence of its own, which reads as a name asking nothing.
const ATTRIBUTION_OPENING = /^(?:\p{Lu}[\p{L}.'’-]*\s){1,3}(?:asked|asks|said|says|added|adds|replied|replies|shouted|yelled|wondered|continued|recalled|exclaimed|demanded|cried|whispered|told)\b/u;

function isAttributionTail(s: Sentence, prev: Sentence | undefined): boolean {
  return !!prev && prev.paragraph === s.paragraph && /[?!…]["”’»]$/.test(prev.text) && ATTRIBUTION_OPENING.test(s.text);
}

function isTitleCase(t: string): boolean {
  // Most sentences show a lower-case long word early; only the rest are counted.
  if (/(?:^|[\s(“"‘'-])\p{Ll}[\p{L}'’-]{3}/u.test(t)) return false;
  const long = t.match(/\p{L}[\p{L}'’-]{3,}/gu) ?? [];
  return long.length >= 3 && long.every((w) => /^\p{Lu}/u.test(w));
}

// Two single marks printed for a double one (“…mislead voters,’’ he said”) are a double mark.
// German quotes („…“) close with the mark English opens with: folded to “…” so marks are counted the English way.
function foldDoubledMarks(raw: string): string {
  const t = raw.includes('„') ? raw.replace(/„([^„“”]*)“/g, '“$1”') : raw;
  return t.includes('‘‘') || t.includes('’’') ? t.replace(/‘‘/g, '“').replace(/’’/g, '”') : t;
}

// ‘ opens a quote after a space or at the start, unless it is a misprinted apostrophe ("isn ‘t"); ’ closes one before
// a space or punctuation (not an apostrophe in "it’s"), and so does a misprinted ‘ after a word ("‘Jewels‘ and").
function openingSingleQuotes(t: string): number {
  return (t.match(/(?:^|[\s(—–-])‘(?!(?:t|s|re|ll|ve|d|m)\b)/g) ?? []).length;
}
// "s’ " is a plural possessive ("the players’ union") or a quote closing after an s ("the new ‘Arrangements’ range"):
// it closes a quote only while one is open.
function openSingleQuotes(t: string): number {
  const closing = (t.match(/[\p{L}\p{N}.,!?;:][’‘](?=[\s.,;:!?)—–-]|$)/gu) ?? []).length;
  const afterS = (t.match(/\p{L}s’(?=\s)/gu) ?? []).length;
  const open = openingSingleQuotes(t) - (closing - afterS);
  return open > 0 ? Math.max(0, open - afterS) : open;
}

/** Quotation marks in a text, counted so a paragraph's open quotes can be tracked sentence by sentence. */
function quoteMarks(raw: string): { double: number; straight: number; single: number } {
  const text = foldDoubledMarks(raw);
  return {
    double: (text.match(OPEN_MARKS) ?? []).length - (text.match(CLOSE_MARKS) ?? []).length,
    straight: (text.match(/"/g) ?? []).length,
    single: openSingleQuotes(text),
  };
}

export interface RankWeights {
  position: number;
  centrality: number;
  title: number;
  names: number;
}

// Tuned on FRANK's 75 validation articles of CNN/DailyMail (scripts/eval/summary.ts): news puts the main event
// first, so position dominates; centrality, the headline and the story's names decide among the early sentences.
export const DEFAULT_WEIGHTS: RankWeights = { position: 3, centrality: 0.6, title: 0.4, names: 0.4 };

/**
 * Rejections a summary may still use when the article has nothing better: whole sentences that read well on their
 * own but are a weaker lead (a question, a quote whose speaker is elsewhere, an aside). They keep their score.
 */
export const FALLBACK_REASONS: ReadonlySet<string> = new Set(['question', 'quote without speaker', 'aside']);

/**
 * Scores every sentence of the document for the summary; higher is better. Rejected sentences keep a score of 0,
 * except the FALLBACK_REASONS ones.
 * Example: `rankSentences(doc)[0].score` is usually the highest, since news puts the main event first.
 */
export function rankSentences(doc: TextDoc, weights: RankWeights = DEFAULT_WEIGHTS, lead = 0): RankedSentence[] {
  return scoreSentences(doc, sentenceFeatures(doc), weights, lead);
}

/** What rankSentences reads of each sentence whatever the lead: its words, content words and reason for rejection. */
export interface SentenceFeatures {
  docTerms: Map<string, number>;
  perSentence: Set<string>[];
  words: number[];
  /** rejectReason and the attribution-tail test, before the lead is known. */
  rejected: (string | null)[];
  topNames: [string, number][];
  titleTerms: Set<string>;
}

/** The lead-independent part of rankSentences, so a feature's second ranking (from its subject) does not redo it. */
export function sentenceFeatures(doc: TextDoc): SentenceFeatures {
  const docTerms = new Map<string, number>();
  const perSentence = doc.sentences.map((s) => {
    const terms = contentTerms(s.text);
    for (const t of new Set(terms)) docTerms.set(t, (docTerms.get(t) ?? 0) + 1);
    return new Set(terms);
  });
  const names = storyNames(doc);
  const topNames = [...names.entries()].filter(([, n]) => n >= 2).sort((a, b) => b[1] - a[1]).slice(0, 5);
  const titleTerms = new Set(contentTerms(doc.title));
  const words: number[] = [];
  const rejected: (string | null)[] = [];
  let paragraph = -1;
  let open = { double: 0, straight: 0, single: 0 };
  doc.sentences.forEach((s, i) => {
    if (s.paragraph !== paragraph) { paragraph = s.paragraph; open = { double: 0, straight: 0, single: 0 }; }
    const openAtStart = open.double > 0 || open.straight % 2 === 1 || open.single > 0;
    const marks = quoteMarks(s.text);
    open = { double: open.double + marks.double, straight: open.straight + marks.straight, single: Math.max(0, open.single + marks.single) };
    const n = summaryWords(s.text);
    words.push(n);
    rejected.push(rejectReason(s, openAtStart, n) ?? (isAttributionTail(s, doc.sentences[i - 1]) ? 'starts mid-sentence' : null));
  });
  return { docTerms, perSentence, words, rejected, topNames, titleTerms };
}

/** rankSentences from the features sentenceFeatures(doc) gave. */
export function scoreSentences(doc: TextDoc, features: SentenceFeatures, weights: RankWeights = DEFAULT_WEIGHTS, lead = 0): RankedSentence[] {
  const { docTerms, perSentence, topNames, titleTerms } = features;
  const topNameWeight = topNames.reduce((sum, [, n]) => sum + n, 0) || 1;
  const ranked: RankedSentence[] = [];
  let usable = 0;
  doc.sentences.forEach((s, i) => {
    const words = features.words[i]!;
    const terms = perSentence[i]!;
    // A feature's hook, before the sentence that states its subject (opening.ts), does not open its summary.
    const rejected = (i < lead ? 'before the subject' : null) ?? features.rejected[i]!;
    if (rejected && !FALLBACK_REASONS.has(rejected)) { ranked.push({ sentence: s, words, terms, score: 0, centrality: 0, rejected }); return; }
    // Centrality: how many other sentences share each of this sentence's words, per word of the sentence.
    let shared = 0;
    for (const t of terms) shared += Math.log(docTerms.get(t) ?? 1);
    const centrality = terms.size ? shared / Math.sqrt(terms.size) / Math.log(doc.sentences.length + 1) / 2 : 0;
    let titleHits = 0;
    for (const t of titleTerms) if (terms.has(t)) titleHits++;
    const title = titleTerms.size ? titleHits / titleTerms.size : 0;
    let nameHits = 0;
    for (const [name, n] of topNames) if (terms.has(name)) nameHits += n;
    const position = 1 / (1 + usable * 0.6);
    if (!rejected) usable++;
    const score = weights.position * position + weights.centrality * centrality + weights.title * title
      + weights.names * (nameHits / topNameWeight);
    ranked.push({ sentence: s, words, terms, score, centrality, rejected });
  });
  return ranked;
}
