import type { SummaryLength } from './types.ts';
import type { TextDoc } from './text.ts';
import { countWords } from './text.ts';

const WORD_BUDGET: Record<SummaryLength, number> = { short: 60, medium: 90, long: 120 };

/** First version: the lead sentences up to the word budget. */
export function summarize(doc: TextDoc, length: SummaryLength): string {
  const budget = WORD_BUDGET[length];
  const chosen: string[] = [];
  let words = 0;
  for (const s of doc.sentences) {
    const n = countWords(s.text);
    if (words + n > budget && words >= 40) break;
    chosen.push(s.text);
    words += n;
    if (words >= budget) break;
  }
  return chosen.join(' ');
}
