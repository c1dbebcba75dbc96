// Scores each sentence as a summary candidate: position, centrality, title overlap and coverage of the people and
// names the story is about (issue 5). One pass over the words of the document; no model, no network.
import type { TextDoc, Sentence } from './text.ts';
import { countWords } from './text.ts';

export interface RankedSentence {
  sentence: Sentence;
  words: number;
  /** Lower-cased content words (stop words dropped), for centrality and redundancy. */
  terms: Set<string>;
  score: number;
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

/** Why this sentence cannot be used as it stands, or null. */
export function rejectReason(s: Sentence, openAtStart: boolean, words: number): string | null {
  const t = s.text;
  if (words < 6) return 'too short';
  if (words > 70) return 'too long';
  if (openAtStart) return 'starts inside a quote';
  if (!/[.!?…]["”’'»)\]]*$/.test(t)) return 'no sentence end';
  if (/^\p{Ll}/u.test(t)) return 'starts mid-sentence';
  if (/https?:\/\/|www\.|pic\.twitter|\s\|\s|\bclick here\b|\bsubscribe\b|\bnewsletter\b/i.test(t)) return 'link or prompt';
  if (/\?["”’]?$/.test(t)) return 'question';
  const opens = (t.match(OPEN_MARKS) ?? []).length;
  const closes = (t.match(CLOSE_MARKS) ?? []).length;
  const straight = (t.match(/"/g) ?? []).length;
  if (opens !== closes || straight % 2 === 1) return 'half a quote';
  if (openingSingleQuotes(t) > closingSingleQuotes(t)) return 'half a quote';
  return null;
}

// ‘ opens a quote after a space or at the start; ’ closes one before a space or punctuation (not an apostrophe in "it’s").
function openingSingleQuotes(t: string): number {
  return (t.match(/(?:^|[\s(—–-])‘/g) ?? []).length;
}
function closingSingleQuotes(t: string): number {
  return (t.match(/[\p{L}\p{N}.,!?;:]’(?=[\s.,;:!?)—–-]|$)/gu) ?? []).length - (t.match(/\p{L}s’(?=\s)/gu) ?? []).length;
}

/** Quotation marks in a text, counted so a paragraph's open quotes can be tracked sentence by sentence. */
function quoteMarks(text: string): { double: number; straight: number; single: number } {
  return {
    double: (text.match(OPEN_MARKS) ?? []).length - (text.match(CLOSE_MARKS) ?? []).length,
    straight: (text.match(/"/g) ?? []).length,
    single: openingSingleQuotes(text) - closingSingleQuotes(text),
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
 * Scores every sentence of the document for the summary; higher is better. Rejected sentences keep a score of 0.
 * Example: `rankSentences(doc)[0].score` is usually the highest, since news puts the main event first.
 */
export function rankSentences(doc: TextDoc, weights: RankWeights = DEFAULT_WEIGHTS): RankedSentence[] {
  const docTerms = new Map<string, number>();
  const perSentence = doc.sentences.map((s) => {
    const terms = contentTerms(s.text);
    for (const t of new Set(terms)) docTerms.set(t, (docTerms.get(t) ?? 0) + 1);
    return new Set(terms);
  });
  const names = storyNames(doc);
  const topNames = [...names.entries()].filter(([, n]) => n >= 2).sort((a, b) => b[1] - a[1]).slice(0, 5);
  const topNameWeight = topNames.reduce((sum, [, n]) => sum + n, 0) || 1;
  const titleTerms = new Set(contentTerms(doc.title));

  const ranked: RankedSentence[] = [];
  let paragraph = -1;
  let open = { double: 0, straight: 0, single: 0 };
  let usable = 0;
  doc.sentences.forEach((s, i) => {
    if (s.paragraph !== paragraph) { paragraph = s.paragraph; open = { double: 0, straight: 0, single: 0 }; }
    const openAtStart = open.double > 0 || open.straight % 2 === 1 || open.single > 0;
    const marks = quoteMarks(s.text);
    open = { double: open.double + marks.double, straight: open.straight + marks.straight, single: Math.max(0, open.single + marks.single) };
    const words = countWords(s.text);
    const terms = perSentence[i]!;
    const rejected = rejectReason(s, openAtStart, words);
    if (rejected) { ranked.push({ sentence: s, words, terms, score: 0, rejected }); return; }
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
    usable++;
    const score = weights.position * position + weights.centrality * centrality + weights.title * title
      + weights.names * (nameHits / topNameWeight);
    ranked.push({ sentence: s, words, terms, score, rejected: null });
  });
  return ranked;
}
