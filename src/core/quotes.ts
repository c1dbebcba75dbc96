import type { Span } from './types.ts';
import type { TextDoc } from './text.ts';

export interface QuoteSpan {
  text: string;
  span: Span;
  paragraph: number;
  partial: boolean;
}

/** First version: text between curly or straight double quotes. */
export function findQuotes(doc: TextDoc): QuoteSpan[] {
  const quotes: QuoteSpan[] = [];
  for (const p of doc.paragraphs) {
    for (const m of p.text.matchAll(/[“"]([^”"]{2,})[”"]/g)) {
      const start = p.start + m.index! + 1;
      const text = m[1]!;
      quotes.push({ text, span: { start, end: start + text.length }, paragraph: p.index, partial: text.split(' ').length < 5 });
    }
  }
  return quotes;
}
