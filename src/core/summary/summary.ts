// The one-paragraph summary (issue 5): rank sentences, pick the best that fit the length without repeating one
// another, repair their openings, and give them back in article order. Extractive: every word is the article's.
import type { SummaryLength } from '../types.ts';
import type { TextDoc } from '../text/index.ts';
import type { Entities, PersonEntity } from '../people/index.ts';
import { sentenceFeatures, scoreSentences, contentTerms, storyNames, summaryWords, FALLBACK_REASONS, type RankedSentence } from './rank-sentences.ts';
import { repairOpening, type PronounResolver } from './repair-sentence.ts';
import { introducePeople } from './introduce-people.ts';
import { other } from '../lexicon/index.ts';
import { openingShape, openingShapeAnyLanguage, subjectSentence, type OpeningShape } from './opening.ts';

/** Target words per length setting; a summary is always 40–120 words when the article has enough usable text. */
export const WORD_TARGET: Record<SummaryLength, number> = { short: 50, medium: 65, long: 100 };
export const MIN_WORDS = 40;
export const MAX_WORDS = 120;

// Two sentences sharing this share of the smaller one's content words say the same thing.
const REDUNDANT_OVERLAP = 0.5;

/**
 * Summarises the document in one paragraph of whole article sentences.
 * Example: `summarize(buildTextDoc(article), 'medium')` gives about 65–85 words, lead first, in article order.
 */
export function summarize(doc: TextDoc, length: SummaryLength, entities?: Entities): string {
  // Chinese and Japanese sentences follow one another without a space.
  return summarySentences(doc, length, entities).reduce((text, s) => !text ? s : /[。！？」』）]$/.test(text) && CJK_START.test(s) ? text + s : `${text} ${s}`, '');
}

const CJK_START = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}「『（]/u;

/** The summary's sentences, repaired and in article order (for evaluation, which scores sentence by sentence). */
export function summarySentences(doc: TextDoc, length: SummaryLength, entities?: Entities): string[] {
  const ranked = rankForSummary(doc).ranked;
  const target = WORD_TARGET[length];
  const resolverFor = (r: RankedSentence, before: string): PronounResolver => (pronoun) => resolvePronoun(doc, r, pronoun, before, entities);
  // Text of each sentence if it stands alone (null: its opening cannot be repaired, so it needs its predecessor).
  const standalone = new Map<number, string | null>();
  const alone = (r: RankedSentence): string | null => {
    if (!standalone.has(r.sentence.index)) standalone.set(r.sentence.index, repairOpening(r.sentence.text, resolverFor(r, '')));
    return standalone.get(r.sentence.index)!;
  };

  const candidates = ranked.filter((r) => !r.rejected).sort((a, b) => b.score - a.score);
  const chosen = new Map<number, RankedSentence>();
  let words = 0;
  // Whether the sentence could join the summary, word limit aside: new, not a repeat, and readable where it would stand.
  const fits = (r: RankedSentence): boolean =>
    !chosen.has(r.sentence.index) && !isRedundant(r, chosen) && (alone(r) !== null || chosen.has(r.sentence.index - 1));
  const tryAdd = (r: RankedSentence, limit: number): boolean => {
    if (words + r.words > limit || !fits(r)) return false;
    chosen.set(r.sentence.index, r);
    words += r.words;
    return true;
  };
  // Best first, up to the target; a sentence that would overshoot it by more than a third is passed over.
  for (const r of candidates) {
    if (words >= target) break;
    tryAdd(r, Math.min(MAX_WORDS, Math.round(target * 1.35)));
  }
  // Too short to read as a summary: take the next best that still fit the hard limit, then, for an article of
  // questions or quotes, the best of those too.
  const fallback = ranked.filter((r) => r.rejected && FALLBACK_REASONS.has(r.rejected)).sort((a, b) => b.score - a.score);
  for (const r of [...candidates, ...fallback]) {
    if (words >= MIN_WORDS) break;
    tryAdd(r, MAX_WORDS);
  }

  // Coverage: the people and places the story is about must appear; add the best sentence naming each one missing.
  const coverageLimit = Math.min(MAX_WORDS, Math.round(target * 1.5));
  // Adds a sentence, making room when needed by giving up the weakest chosen one (never the best one, nor one a
  // later sentence leans on). The swap only stands if the new sentence can follow what is left.
  const addOrSwap = (best: RankedSentence, onlyForBetter = false): boolean => {
    // Nor the sentence the new one leans on: without it the new one could not be read, and the swap would fail.
    const leansOn = alone(best) === null ? best.sentence.index - 1 : -1;
    const weakest = [...chosen.values()].slice(1).filter((r) => r.sentence.index !== leansOn && !(chosen.has(r.sentence.index + 1) && alone(ranked[r.sentence.index + 1]!) === null))
      .sort((a, b) => a.score - b.score)[0];
    if (words + best.words > coverageLimit && weakest && words - weakest.words + best.words <= coverageLimit && (!onlyForBetter || best.score > weakest.score)) {
      chosen.delete(weakest.sentence.index);
      words -= weakest.words;
      if (tryAdd(best, coverageLimit)) return true;
      chosen.set(weakest.sentence.index, weakest);
      words += weakest.words;
      return false;
    }
    return tryAdd(best, coverageLimit);
  };
  const terms = keyTerms(doc);
  terms.forEach((term, i) => {
    if ([...chosen.values()].some((r) => r.terms.has(term))) return;
    // The story's most named person may take the place of a weaker sentence; the others only join if there is room.
    // A capitalised term that is no person the story names ("GenAI", a brand, a place) only joins if there is room:
    // it is not who the story is about, and giving up a sentence for it loses what the story says.
    const swap = i === 0 && (!entities || namesPerson(term, entities.people));
    candidates.some((r) => r.terms.has(term) && (swap ? r.words <= coverageLimit : words + r.words <= coverageLimit) && fits(r) && addOrSwap(r));
  });

  // The story's topic word (the content word most sentences share, e.g. "prices") must appear too.
  const topic = topicTerm(doc, ranked);
  if (topic && ![...chosen.values()].some((r) => hasFolded(r, topic))) {
    const best = candidates.find((r) => hasFolded(r, topic) && r.words <= coverageLimit && fits(r));
    if (best) addOrSwap(best);
  }

  // And the headline's subject word (the headline word the text repeats most, e.g. "mapuche"), in any language.
  const headlineWord = headlineTopic(doc, ranked);
  if (headlineWord && ![...chosen.values()].some((r) => hasFolded(r, headlineWord))) {
    // The best sentence carrying it that can join, in place of the weakest if need be.
    candidates.some((r) => hasFolded(r, headlineWord) && r.words <= coverageLimit && fits(r) && addOrSwap(r));
  }

  writerFirst(chosen, candidates, fits, (n) => { words += n; });

  const out: string[] = [];
  let previous = -2;
  for (const r of writerOrder([...chosen.values()].sort((a, b) => a.sentence.index - b.sentence.index))) {
    const before = out.join(' ');
    const text = entities ? introducePeople(doc, r.sentence, entities.people, before, MAX_WORDS - words) : r.sentence.text;
    words += summaryWords(text) - r.words;
    const follows = previous === r.sentence.index - 1;
    previous = r.sentence.index;
    const repaired = follows ? text : repairOpening(text, resolverFor(r, before)) ?? text;
    // A standfirst printed without a full stop gets one (rank-sentences.ts).
    out.push(/[\p{L}\d]$/u.test(repaired) ? `${repaired}.` : repaired);
  }
  return out;
}

/**
 * The sentences ranked for the summary, and whether the article was read as a report or a feature. A feature's
 * summary starts at the sentence that states its subject (opening.ts); a report's at its lead.
 * Example: `rankForSummary(doc).shape` is 'report' for a story opening "Police arrested two men on Monday…".
 */
export function rankForSummary(doc: TextDoc): { ranked: RankedSentence[]; shape: OpeningShape; subject: number | null } {
  // A feature is ranked twice (from its lead, then from its subject): what does not depend on that is read once.
  const features = sentenceFeatures(doc);
  const ranked = scoreSentences(doc, features);
  const usable = ranked.filter((r) => !r.rejected);
  // The opening's shape is read from English words (news verbs, times); other languages keep the lead.
  const english = !doc.lang || /^en\b/i.test(doc.lang);
  const firstTwo = usable.slice(0, 2).map((r) => r.sentence.text);
  const shape = english ? openingShape(firstTwo, doc.title, !!doc.dateline) : openingShapeAnyLanguage(firstTwo, doc.title, !!doc.dateline);
  if (shape === 'report') return { ranked, shape, subject: null };
  const subject = subjectSentence(doc, ranked.map((r) => ({ sentence: r.sentence, centrality: r.centrality, usable: !r.rejected && repairOpening(r.sentence.text, () => 'X') !== null, quoted: isMostlyQuoted(r.sentence.text) })));
  if (subject === null || subject <= (usable[0]?.sentence.index ?? 0)) return { ranked, shape, subject };
  return { ranked: scoreSentences(doc, features, undefined, subject), shape, subject };
}

// A sentence that opens on a quotation, or is mostly one, is the source's, not the writer's.
function isQuoteLed(text: string): boolean {
  return /^[“"«„‘']/.test(text);
}

/**
 * A summary never opens on a quotation (issue 16): a story told in its sources' words still gets a first sentence of
 * the writer's. A writer's sentence that comes before the quote joins the summary; failing that the quote goes and
 * the writer's best sentences fill its place. When the article has none that fit, the summary stays as it was.
 */
function writerFirst(chosen: Map<number, RankedSentence>, candidates: readonly RankedSentence[], fits: (r: RankedSentence) => boolean, addWords: (n: number) => void): void {
  const first = (): RankedSentence | undefined => [...chosen.values()].sort((a, b) => a.sentence.index - b.sentence.index)[0];
  const total = (): number => [...chosen.values()].reduce((n, r) => n + r.words, 0);
  const lead = first();
  if (!lead || !isQuoteLed(lead.sentence.text)) return;
  const before = new Map(chosen);
  const start = total();
  const writers = candidates.filter((r) => !isQuoteLed(r.sentence.text));
  const earlier = writers.find((r) => r.sentence.index < lead.sentence.index && total() + r.words <= MAX_WORDS && fits(r));
  if (earlier) chosen.set(earlier.sentence.index, earlier);
  else {
    // Drop the opening quotes (and a sentence that leaned on one), then fill with the writer's sentences.
    for (let r = first(); r && isQuoteLed(r.sentence.text); r = first()) {
      chosen.delete(r.sentence.index);
      if (chosen.size === 0) break;
    }
    for (const r of writers) {
      if (total() >= MIN_WORDS) break;
      if (total() + r.words <= MAX_WORDS && fits(r)) chosen.set(r.sentence.index, r);
    }
    const opening = first();
    if (!opening || isQuoteLed(opening.sentence.text) || total() < MIN_WORDS) {
      chosen.clear();
      for (const [k, v] of before) chosen.set(k, v);
    }
  }
  addWords(total() - start);
}

/**
 * Article order, except that quotations opening it wait behind the writer's first sentence, for a story the writer
 * tells almost only in its sources' words: `writerOrder([quote, quote, fact])` gives fact, quote, quote.
 */
function writerOrder(sentences: RankedSentence[]): RankedSentence[] {
  const firstOwn = sentences.findIndex((r) => !isQuoteLed(r.sentence.text));
  if (firstOwn <= 0) return sentences;
  return [sentences[firstOwn]!, ...sentences.slice(0, firstOwn), ...sentences.slice(firstOwn + 1)];
}

// A sentence a third or more of which is inside quotation marks speaks in a source's words, not the writer's.
function isMostlyQuoted(text: string): boolean {
  let quoted = 0;
  for (const m of text.matchAll(/[“«„"]([^”»“"]*)[”»"]/g)) quoted += m[1]!.length;
  return quoted * 3 >= text.length;
}

/** Whether a lower-cased term is a word of a person's name: `namesPerson('fontana', [Luigi Fontana])` is true. */
export function namesPerson(term: string, people: readonly PersonEntity[]): boolean {
  return people.some((p) => [p.name, ...p.aliases].some((n) => n.toLowerCase().split(/[\s'’-]+/).includes(term)));
}

/**
 * Who and where a summary of this story must mention: names in the headline that recur in the text, and the three
 * names the text repeats most (three mentions or more).
 */
function keyTerms(doc: TextDoc): string[] {
  const names = storyNames(doc);
  const titleTerms = new Set(contentTerms(doc.title));
  const topNames = [...names.entries()].filter(([, n]) => n >= 3).sort((a, b) => b[1] - a[1]).slice(0, 3).map(([t]) => t);
  const inTitle = [...titleTerms].filter((t) => (names.get(t) ?? 0) >= 2);
  return [...new Set([...inTitle, ...topNames])];
}

// "prices" and "price" are one topic word.
function fold(term: string): string {
  return term.length > 4 && /[^s]s$/.test(term) ? term.slice(0, -1) : term;
}

function hasFolded(r: RankedSentence, folded: string): boolean {
  for (const t of r.terms) if (fold(t) === folded) return true;
  return false;
}

/** The content word (names aside) that the most sentences share, when at least ten and a seventh of them do. */
function topicTerm(doc: TextDoc, ranked: readonly RankedSentence[]): string | null {
  const names = storyNames(doc);
  const counts = new Map<string, number>();
  for (const r of ranked) {
    const seen = new Set<string>();
    for (const t of r.terms) if (!names.has(t)) seen.add(fold(t));
    for (const t of seen) counts.set(t, (counts.get(t) ?? 0) + 1);
  }
  let best: string | null = null;
  let bestCount = Math.max(10, Math.ceil(ranked.length / 7)) - 1;
  for (const [t, n] of counts) if (n > bestCount) { best = t; bestCount = n; }
  return best;
}

/**
 * The headline's subject word: of the headline's content words (function words of any language aside), the one the
 * most sentences carry, when at least three do. "Una solución no violenta para la cuestión mapuche" gives "mapuche".
 */
const DETERMINERS: ReadonlySet<string> = new Set(other.DETERMINERS);

export function headlineTopic(doc: TextDoc, ranked: readonly RankedSentence[]): string | null {
  const wanted = new Set(contentTerms(doc.title).filter((t) => !other.isFunctionWord(t) && !DETERMINERS.has(t)).map(fold));
  if (wanted.size === 0) return null;
  const counts = new Map<string, number>();
  for (const r of ranked) {
    const seen = new Set<string>();
    for (const t of r.terms) { const f = fold(t); if (wanted.has(f)) seen.add(f); }
    for (const t of seen) counts.set(t, (counts.get(t) ?? 0) + 1);
  }
  let best: string | null = null;
  let bestCount = 2;
  for (const [t, n] of counts) if (n > bestCount) { best = t; bestCount = n; }
  return best;
}

function isRedundant(r: RankedSentence, chosen: ReadonlyMap<number, RankedSentence>): boolean {
  for (const c of chosen.values()) {
    const [small, large] = r.terms.size <= c.terms.size ? [r.terms, c.terms] : [c.terms, r.terms];
    if (small.size === 0) continue;
    let shared = 0;
    for (const t of small) if (large.has(t)) shared++;
    if (shared / small.size >= REDUNDANT_OVERLAP) return true;
  }
  return false;
}

/**
 * The person an opening "He"/"She" points to: the last person named before the sentence, when the sentence before it
 * names only that person and their gender, where known, agrees. Null when that is not clear.
 */
function resolvePronoun(doc: TextDoc, r: RankedSentence, pronoun: 'he' | 'she', chosenText: string, entities?: Entities): string | null {
  if (!entities || entities.people.length === 0) return null;
  const prev = doc.sentences[r.sentence.index - 1];
  if (!prev) return null;
  const named: { person: PersonEntity; at: number }[] = [];
  for (const person of entities.people) {
    for (const m of person.mentions) {
      if (m.start >= prev.start && m.end <= prev.end) named.push({ person, at: m.start });
    }
  }
  const people = new Set(named.map((n) => n.person));
  if (people.size !== 1) return null;
  const person = named[0]!.person;
  if (person.gender && person.gender !== (pronoun === 'he' ? 'male' : 'female')) return null;
  // A reader who has just seen the full name gets the surname, as the article itself would write it.
  const surname = person.aliases.find((a) => person.name.endsWith(` ${a}`));
  return chosenText.includes(person.name) && surname ? surname : person.name;
}

