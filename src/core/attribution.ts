import type { SpeakerKind } from './types.ts';
import type { TextDoc } from './text.ts';
import type { Entities } from './people.ts';
import type { QuoteSpan } from './quotes.ts';

export interface Attribution {
  speaker: string | null;
  speakerKind: SpeakerKind | null;
}

/** First version: the nearest person mentioned in the quote's paragraph. */
export function attributeSpeakers(doc: TextDoc, quotes: readonly QuoteSpan[], entities: Entities): Attribution[] {
  return quotes.map((q) => {
    const p = doc.paragraphs[q.paragraph]!;
    let best: { name: string; distance: number } | null = null;
    for (const person of entities.people) {
      for (const m of person.mentions) {
        if (m.start < p.start || m.end > p.end) continue;
        const distance = Math.abs(m.start - q.span.start);
        if (!best || distance < best.distance) best = { name: person.name, distance };
      }
    }
    return best ? { speaker: best.name, speakerKind: 'person' } : { speaker: null, speakerKind: null };
  });
}
