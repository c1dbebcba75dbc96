// Where names are credits, not part of the story: bylines, photo credits, "Reporting by …", author notes.
import type { Span } from '../types.ts';
import { overlapTest } from './spans.ts';
import type { TextDoc } from './text.ts';
import { MONTHS_AND_DAYS } from '../lexicon/index.ts';

const CREDIT_START = /^(?:by|from|photos?|photograph(?:s|y)?|images?|pictures?|videos?|credits?|source|reporting|editing|edited|written|writing|additional reporting|compiled|contact|follow|email|illustrations?|graphics?|produced|story|words)\b/i;
const CREDIT_ANYWHERE = /contributed (?:reporting|to this (?:report|story|article))|\bis an? (?:\w+ )?(?:reporter|writer|correspondent|journalist|columnist|editor|contributor|producer)\b|\bfollow (?:him|her|them|us) on\b|\((?:additional )?reporting by\b|\bediting by\b|\bwriting by\b|\bphoto(?:graph)?s? by\b/i;
// A credit right before a name inside a paragraph: "Photograph: Jane Doe/AFP", "(Photo by Jane Doe)".
const CREDIT_BEFORE = /(?:photo(?:graph)?s?|image|picture|credit|illustration)(?: by)?\s*:?\s*$|\bby\s*$/i;

/** Spans of paragraphs (and inline credits) whose names are credits. `creditSpans(doc)` for "By Jane Doe" → its span. */
export function creditSpans(doc: TextDoc): Span[] {
  const spans: Span[] = [];
  for (const p of doc.paragraphs) {
    if ((p.text.length < 200 && CREDIT_START.test(p.text)) || (p.text.length < 400 && CREDIT_ANYWHERE.test(p.text))) {
      spans.push({ start: p.start, end: p.end });
      continue;
    }
    // Only the credit parts of a long paragraph: after "Photo:" or "By" up to the next sentence end.
    for (const m of p.text.matchAll(/(?:photo(?:graph)?s?|image|picture|credit|illustration)(?: by)?\s*:\s*|\((?:photo|reporting|editing) by\s+/gi)) {
      const from = p.start + m.index + m[0].length;
      const stop = p.text.slice(m.index + m[0].length).search(/[.;)\n]/);
      spans.push({ start: from, end: stop < 0 ? p.end : from + stop });
    }
  }
  return spans;
}

/**
 * A test for "is this offset inside one of the spans", in logarithmic time (thousands of paragraphs, many names).
 * Example: `spanTest([{ start: 0, end: 5 }])(3) === true`.
 */
export function spanTest(spans: readonly Span[]): (offset: number) => boolean {
  const overlaps = overlapTest(spans);
  return (offset) => overlaps(offset, offset + 1);
}

/** True when the words right before `start` introduce a credit ("Photo: ", "By "). */
export function creditBefore(text: string, start: number): boolean {
  return CREDIT_BEFORE.test(text.slice(Math.max(0, start - 25), start));
}

/** Lower-case surnames named in a byline: `bylineWords('By Jane Doe and John Roe')` has 'doe' and 'roe'. */
export function bylineWords(byline: string | null): Set<string> {
  const out = new Set<string>();
  if (!byline) return out;
  for (const part of byline.split(/,|\band\b|&|\||·|\//)) {
    const words = (part.replace(/^\s*by\s+/i, '').match(/\p{Lu}[\p{L}\p{M}'’-]+/gu) ?? []).filter((w) => !MONTHS_AND_DAYS.has(w));
    if (words.length >= 1 && words.length <= 4) out.add(words[words.length - 1]!.toLowerCase());
  }
  return out;
}
