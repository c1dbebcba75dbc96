// The text model every core pass reads: cleaned paragraphs joined into one string, with offsets.

export interface Paragraph {
  index: number;
  text: string;
  start: number;
  end: number;
}

export interface Sentence {
  /** Index in TextDoc.sentences. */
  index: number;
  paragraph: number;
  text: string;
  start: number;
  end: number;
}

export interface TextDoc {
  title: string;
  /** The article's byline, so that its names are not listed as people in the story. */
  byline?: string | null;
  lang: string | null;
  /** Paragraphs joined with PARAGRAPH_SEPARATOR; every span points into this string. */
  text: string;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  /** The place a dateline named ("WASHINGTON (AP) —" gives "Washington"); cleaning removes the dateline itself. */
  dateline?: string | null;
}

export const PARAGRAPH_SEPARATOR = '\n\n';

/** Joins paragraphs into one text with offsets: `joinParagraphs(['A.', 'B.'])[1].start === 4`. */
export function joinParagraphs(texts: readonly string[]): { text: string; paragraphs: Paragraph[] } {
  const paragraphs: Paragraph[] = [];
  let offset = 0;
  texts.forEach((text, index) => {
    if (index > 0) offset += PARAGRAPH_SEPARATOR.length;
    paragraphs.push({ index, text, start: offset, end: offset + text.length });
    offset += text.length;
  });
  return { text: texts.join(PARAGRAPH_SEPARATOR), paragraphs };
}

/** Words as a reader counts them: runs of letters or digits. */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu)?.length ?? 0;
}
