// A digest quote as the popup asks the content script to show it in the page (issue 13).

/** What the popup knows about a quote: its words, its paragraph's words, and where it sits in that paragraph. */
export interface QuoteTarget {
  text: string;
  paragraph: string;
  /** Offset of the quote in `paragraph` (quote.span.start − quote.paragraphSpan.start in the digest text). */
  offsetInParagraph: number;
}

export type ShownAs = 'highlight' | 'selection';
