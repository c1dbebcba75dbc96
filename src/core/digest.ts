import type { Article, Digest, DigestOptions, NoticeCode, Quote, UnusableCode } from './types.ts';
import { cleanArticleText } from './text/index.ts';
import { joinParagraphs, countWords, execAll, type TextDoc } from './text/index.ts';
import { splitAllSentences } from './text/index.ts';
import { findEntities, type Entities } from './people/index.ts';
import { findQuotes } from './quotes/index.ts';
import { attributeSpeakers } from './quotes/index.ts';
import { summarize } from './summary/index.ts';
import { chooseKeyQuotes } from './quotes/index.ts';
import { articleLanguage, supportedLanguage } from './text/index.ts';
import { cautiousSpeakers, isQuoteMark } from './quotes/index.ts';

export const DEFAULT_DIGEST_OPTIONS: DigestOptions = { summaryLength: 'medium', keyQuotes: 4 };

// An average adult reads about 230 words a minute.
const WORDS_PER_MINUTE = 230;
// Under this many words there is too little to summarise or quote from.
const SHORT_ARTICLE_WORDS = 80;
/** How much text the core reads, counted three ways: the passes' costs grow with words, with names, or with quotes. */
export interface ReadingBudget {
  words: number;
  /** Words that start with a capital letter: every one is a candidate name for the people passes. */
  capitalised: number;
  /** Quotation marks and apostrophes (isQuoteMark): every one is a candidate quote for the quote passes. */
  marks: number;
  /** Distinct capitalised words: the people passes work per person, and a crowd of names is a crowd of people. */
  names: number;
}

// The most of an article the core reads (issue 17); past any of the four the rest is left out. Above any corpus page
// (the most: 18,109 words, 6,539 capitalised words, 786 marks and 1,572 distinct capitalised words, all on
// wikipedia-2), and low enough that every pass stays within a few hundred milliseconds however the text is built: a
// storm of marks or a crowd of names spends its budget of marks or names long before 20,000 words. Names: 4,000, so a
// 20,000-character paragraph of bylines (2,900 distinct names on the huge-metadata page) still leaves the story read.
// Marks: 1,200, half again the corpus's most; news runs under 0.05 marks a word (20,000 words read), dialogue up to 0.11
// (fiction: about 11,000 words read). A storm of 2,000 marks cost the core over 300 ms on its first run (quote-storm).
export const READING_BUDGET: Readonly<ReadingBudget> = { words: 20_000, capitalised: 8_000, marks: 1_200, names: 4_000 };
export const WORD_BUDGET = READING_BUDGET.words;
// With no summary and no quotes: a text whose people and organisations make up this share of its words is a list of
// names, and one with at least this many quotation marks, and more marks than words, is a storm of marks.
const NAMES_SHARE = 0.5;
const MIN_MARKS = 20;

/** The notices in English, for the command line; the popup translates the code. */
export const NOTICE_MESSAGES: Readonly<Record<NoticeCode, string>> = {
  'too-short': 'This article is too short for a full digest.',
  'unread-language': 'Lede reads this language only in part: a quote shows a speaker only where a known person is named beside it.',
  'over-budget': 'This article is very long: the digest covers only its beginning.',
  'no-sentences': 'Lede found no sentences to summarise or quote on this page.',
  'only-names': 'This page is mostly a list of names, with no sentences to summarise or quote.',
  'only-marks': 'This page is mostly quotation marks, with no text to summarise or quote.',
};

const CAPITALISED_WORD = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{N}]*/gu;

/**
 * What a piece of text spends of a ReadingBudget, given the capitalised words already read (`seen`, not changed):
 * its `names` are the capitalised words new to it, listed in `newNames`.
 * Example: `measureText('“Ann met Ann”')` is 3 words, 2 capitalised, 2 marks and 1 name.
 */
export function measureText(text: string, seen: ReadonlySet<string> = new Set()): ReadingBudget & { newNames: Set<string> } {
  let marks = 0;
  for (let i = 0; i < text.length; i++) if (isQuoteMark(text[i])) marks++;
  let capitalised = 0;
  const newNames = new Set<string>();
  for (const [word] of execAll(CAPITALISED_WORD, text)) {
    capitalised++;
    if (!seen.has(word)) newNames.add(word);
  }
  return { words: countWords(text), capitalised, marks, names: newNames.size, newNames };
}

const fits = (used: ReadingBudget, more: ReadingBudget, budget: ReadingBudget) =>
  used.words + more.words <= budget.words && used.capitalised + more.capitalised <= budget.capitalised
  && used.marks + more.marks <= budget.marks && used.names + more.names <= budget.names;
const add = (used: ReadingBudget, more: ReadingBudget & { newNames: Set<string> }, seen: Set<string>) => {
  used.words += more.words;
  used.capitalised += more.capitalised;
  used.marks += more.marks;
  used.names += more.names;
  for (const name of more.newNames) seen.add(name);
};

/**
 * The article's paragraphs while they fit the budget (READING_BUDGET): whole paragraphs, then the one that crosses it
 * cut after the last word that fits; `dropped` is how many words were left out. Linear in the text: each paragraph,
 * and each chunk of the crossing one, is measured once.
 * Example: `withinBudget(['a b', 'c d e'], { words: 3, capitalised: 9, marks: 9, names: 9 })` is `{ paragraphs: ['a b', 'c'], dropped: 2 }`.
 */
export function withinBudget(paragraphs: readonly string[], budget: ReadingBudget = READING_BUDGET): { paragraphs: string[]; dropped: number } {
  const kept: string[] = [];
  const used: ReadingBudget = { words: 0, capitalised: 0, marks: 0, names: 0 };
  const seen = new Set<string>();
  let full = false;
  let dropped = 0;
  for (const paragraph of paragraphs) {
    if (full) { dropped += countWords(paragraph); continue; }
    const cost = measureText(paragraph, seen);
    if (fits(used, cost, budget)) { kept.push(paragraph); add(used, cost, seen); continue; }
    // The crossing paragraph, chunk by chunk between white space, so a word is never split.
    let end = 0;
    for (const chunk of paragraph.split(/(?<=\s)(?=\S)/)) {
      const more = measureText(chunk, seen);
      if (!fits(used, more, budget)) break;
      add(used, more, seen);
      end += chunk.length;
    }
    const head = paragraph.slice(0, end).trimEnd();
    if (head) kept.push(head);
    dropped += cost.words - countWords(head);
    full = true;
  }
  return { paragraphs: kept, dropped };
}

/**
 * Why a digest with neither summary nor quotes has nothing to offer, or null when there is too little text to tell
 * (the too-short notice says that). Linear in the text and the mentions.
 * Example: a page of 30,000 "Ann Lee said." sentences is 'only-names'.
 */
export function unusableReason(text: string, words: number, entities: Entities): UnusableCode | null {
  let marks = 0;
  for (let i = 0; i < text.length; i++) if (isQuoteMark(text[i])) marks++;
  if (marks >= MIN_MARKS && marks >= words) return 'only-marks';
  if (words < SHORT_ARTICLE_WORDS) return null;
  let named = 0;
  for (const entity of [...entities.people, ...entities.organizations]) {
    for (const m of entity.mentions) named += countWords(text.slice(m.start, m.end));
  }
  return named >= NAMES_SHARE * words ? 'only-names' : 'no-sentences';
}

/** The one notice a digest carries: no usable digest first, then too short, cut to the budget, language read in part. */
function noticeFor(usable: boolean, reason: () => UnusableCode | null, words: number, cut: boolean, supported: boolean): NoticeCode | null {
  const unusable = usable ? null : reason();
  if (unusable) return unusable;
  if (words < SHORT_ARTICLE_WORDS) return 'too-short';
  if (cut) return 'over-budget';
  return supported ? null : 'unread-language';
}

/** Builds the text model every pass reads: cleaned paragraphs, offsets and sentences. */
export function buildTextDoc(article: Article): TextDoc {
  const cleaned = cleanArticleText(article.paragraphs, { byline: article.byline, siteName: article.siteName });
  const { text, paragraphs } = joinParagraphs(cleaned.paragraphs);
  return {
    // The language the text is in when it says so clearly (sites often declare one for every page), else the declared one.
    title: article.title, byline: article.byline, lang: articleLanguage(article.lang, cleaned.paragraphs), text, paragraphs,
    sentences: splitAllSentences(paragraphs), dateline: cleaned.dateline,
  };
}

/**
 * Turns an extracted article into the popup's digest: summary, quotes with speakers, people, organisations.
 * Example: `digest({ title: 'T', paragraphs: ['“Hi,” Ann Lee said.'], … }).quotes[0].speaker === 'Ann Lee'`.
 */
export function digest(article: Article, options: DigestOptions = DEFAULT_DIGEST_OPTIONS): Digest {
  // Past the budget the digest covers what it read, and says so; the reading time still counts the whole article.
  const budget = withinBudget(article.paragraphs);
  const cut = budget.paragraphs.length < article.paragraphs.length || budget.dropped > 0;
  const doc = buildTextDoc(cut ? { ...article, paragraphs: budget.paragraphs } : article);
  const readWords = countWords(doc.text);
  const wordCount = readWords + budget.dropped;
  const entities = findEntities(doc);
  const spans = findQuotes(doc);
  // In a language the core does not read, only a known person named next to a quote is its speaker.
  const speakers = supportedLanguage(doc.lang) ? attributeSpeakers(doc, spans, entities) : cautiousSpeakers(doc, spans, entities);
  const quotes: Quote[] = spans.map((q, i) => ({
    text: q.text,
    speaker: speakers[i]!.speaker,
    speakerKind: speakers[i]!.speakerKind,
    key: false,
    partial: q.partial,
    span: q.span,
    paragraph: q.paragraph,
    paragraphSpan: { start: doc.paragraphs[q.paragraph]!.start, end: doc.paragraphs[q.paragraph]!.end },
  }));
  const mentions = new Map(entities.people.map((p) => [p.name, p.mentions.length]));
  for (const i of chooseKeyQuotes(quotes, mentions, options.keyQuotes)) quotes[i]!.key = true;
  // Quotes per speaker counted once, not every quote against every person (issue 17: no quadratic joins).
  const quotesBy = new Map<string, number>();
  for (const q of quotes) if (q.speaker !== null) quotesBy.set(q.speaker, (quotesBy.get(q.speaker) ?? 0) + 1);
  const people = entities.people.map((p) => ({
    name: p.name,
    aliases: p.aliases,
    role: p.role,
    mentions: p.mentions.length,
    quotes: quotesBy.get(p.name) ?? 0,
  }));
  // Speaking makes a person central (issue 4): re-rank by salience plus the quotes attributed to them.
  const salience = new Map(entities.people.map((p) => [p.name, p.salience ?? 0]));
  people.sort((a, b) => (salience.get(b.name)! + 1.5 * b.quotes) - (salience.get(a.name)! + 1.5 * a.quotes));
  const organizations = entities.organizations.map((o) => ({ name: o.name, aliases: o.aliases, mentions: o.mentions.length }));
  const summary = summarize(doc, options.summaryLength, entities);
  const noticeCode = noticeFor(summary !== '' || quotes.length > 0, () => unusableReason(doc.text, readWords, entities),
    wordCount, cut || article.truncated === true, supportedLanguage(doc.lang));
  return {
    article: {
      title: article.title,
      byline: article.byline,
      siteName: article.siteName,
      publishedTime: article.publishedTime,
      lang: article.lang,
      wordCount,
      readingMinutes: Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE)),
      dateline: doc.dateline ?? null,
    },
    summary,
    quotes,
    people,
    organizations,
    text: doc.text,
    notice: noticeCode ? NOTICE_MESSAGES[noticeCode] : null,
    noticeCode,
  };
}
