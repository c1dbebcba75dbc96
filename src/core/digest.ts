import type { Article, Digest, DigestOptions, NoticeCode, Quote, UnusableCode } from './types.ts';
import { cleanArticleText } from './clean.ts';
import { joinParagraphs, countWords, type TextDoc } from './text.ts';
import { splitAllSentences } from './sentences.ts';
import { findEntities } from './people.ts';
import { findQuotes } from './quotes.ts';
import { attributeSpeakers } from './attribution.ts';
import { summarize } from './summary.ts';
import { chooseKeyQuotes } from './key-quotes.ts';
import { articleLanguage, supportedLanguage } from './language.ts';
import { cautiousSpeakers } from './unread-language.ts';
import { isQuoteMark } from './quote-marks.ts';
import type { Entities } from './people.ts';

export const DEFAULT_DIGEST_OPTIONS: DigestOptions = { summaryLength: 'medium', keyQuotes: 4 };

// An average adult reads about 230 words a minute.
const WORDS_PER_MINUTE = 230;
// Under this many words there is too little to summarise or quote from.
const SHORT_ARTICLE_WORDS = 80;
// The most of an article the core reads (issue 17): more than any news story (the longest corpus article has 18,000
// words), and few enough that every pass stays within a few hundred milliseconds however hostile the text.
export const WORD_BUDGET = 20_000;
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

/**
 * The article's paragraphs up to WORD_BUDGET words (counted as countWords does): whole paragraphs, then the one that
 * crosses the budget cut after the word that fills it; `dropped` is how many words were left out. Linear in the text.
 * Example: `withinBudget(['a b', 'c d e'], 3)` is `{ paragraphs: ['a b', 'c'], dropped: 2 }`.
 */
export function withinBudget(paragraphs: readonly string[], budget = WORD_BUDGET): { paragraphs: string[]; dropped: number } {
  const kept: string[] = [];
  let words = 0;
  let dropped = 0;
  for (const paragraph of paragraphs) {
    if (words >= budget) { dropped += countWords(paragraph); continue; }
    const count = countWords(paragraph);
    if (words + count <= budget) { kept.push(paragraph); words += count; continue; }
    // The crossing paragraph, chunk by chunk between white space, so a word is never split.
    let end = 0;
    for (const chunk of paragraph.split(/(?<=\s)(?=\S)/)) {
      const inChunk = countWords(chunk);
      if (words + inChunk > budget) break;
      words += inChunk;
      end += chunk.length;
    }
    const head = paragraph.slice(0, end).trimEnd();
    if (head) kept.push(head);
    dropped += count - countWords(head);
    words = budget;
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
  const doc = buildTextDoc(budget.dropped > 0 ? { ...article, paragraphs: budget.paragraphs } : article);
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
  const people = entities.people.map((p) => ({
    name: p.name,
    aliases: p.aliases,
    role: p.role,
    mentions: p.mentions.length,
    quotes: quotes.filter((q) => q.speaker === p.name).length,
  }));
  // Speaking makes a person central (issue 4): re-rank by salience plus the quotes attributed to them.
  const salience = new Map(entities.people.map((p) => [p.name, p.salience ?? 0]));
  people.sort((a, b) => (salience.get(b.name)! + 1.5 * b.quotes) - (salience.get(a.name)! + 1.5 * a.quotes));
  const organizations = entities.organizations.map((o) => ({ name: o.name, aliases: o.aliases, mentions: o.mentions.length }));
  const summary = summarize(doc, options.summaryLength, entities);
  const noticeCode = noticeFor(summary !== '' || quotes.length > 0, () => unusableReason(doc.text, readWords, entities),
    wordCount, budget.dropped > 0 || article.truncated === true, supportedLanguage(doc.lang));
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
