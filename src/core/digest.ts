import type { Article, Digest, DigestOptions, NoticeCode, Quote } from './types.ts';
import { cleanArticleText } from './text/index.ts';
import { joinParagraphs, countWords, type TextDoc } from './text/index.ts';
import { splitAllSentences } from './text/index.ts';
import { findEntities } from './people/index.ts';
import { findQuotes } from './quotes/index.ts';
import { attributeSpeakers } from './quotes/index.ts';
import { summarize } from './summary/index.ts';
import { chooseKeyQuotes } from './quotes/index.ts';
import { articleLanguage, supportedLanguage } from './text/index.ts';
import { cautiousSpeakers } from './quotes/index.ts';

export const DEFAULT_DIGEST_OPTIONS: DigestOptions = { summaryLength: 'medium', keyQuotes: 4 };

// An average adult reads about 230 words a minute.
const WORDS_PER_MINUTE = 230;
// Under this many words there is too little to summarise or quote from.
const SHORT_ARTICLE_WORDS = 80;

/** The notices in English, for the command line; the popup translates the code. */
export const NOTICE_MESSAGES: Readonly<Record<NoticeCode, string>> = {
  'too-short': 'This article is too short for a full digest.',
  'unread-language': 'Lede reads this language only in part: a quote shows a speaker only where a known person is named beside it.',
};

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
  const doc = buildTextDoc(article);
  const wordCount = countWords(doc.text);
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
  const noticeCode: NoticeCode | null = wordCount < SHORT_ARTICLE_WORDS ? 'too-short' : supportedLanguage(doc.lang) ? null : 'unread-language';
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
    summary: summarize(doc, options.summaryLength, entities),
    quotes,
    people,
    organizations,
    text: doc.text,
    notice: noticeCode ? NOTICE_MESSAGES[noticeCode] : null,
    noticeCode,
  };
}
