// Text: the article as paragraphs and sentences with offsets, tokens, spans, cleaning, credit lines and language.
export { cleanArticleText } from './clean.ts';
export { bylineWords, creditSpans, spanTest } from './credits.ts';
export { articleLanguage, primaryLanguage, supportedLanguage } from './language.ts';
export { isAbbreviation, splitAllSentences } from './sentences.ts';
export { countBelow, overlapTest } from './spans.ts';
export { execAll } from './exec-all.ts';
export { countWords, joinParagraphs } from './text.ts';
export type { Paragraph, Sentence, TextDoc } from './text.ts';
export { tokenize } from './tokens.ts';
export type { Token } from './tokens.ts';
export { wholeWordStarts } from './word-starts.ts';
