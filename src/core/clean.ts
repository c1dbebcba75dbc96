// Drops page furniture that Readability lets through, before anything reads the text (issue 5).

const BOILERPLATE = [
  /^(read|see) (also|more)\b/i,
  /^related(:| stories| articles| coverage)?\b/i,
  /^(watch|listen)\b.{0,80}(episode|video|podcast|live)/i,
  /^(sign up|subscribe|follow us|get our|join our)\b/i,
  /newsletter/i,
  /^(©|copyright\b)/i,
  /^(photo|image|picture)s?( credit)?:/i,
  /^advertisement$/i,
];

/** Removes boilerplate lines: `cleanParagraphs(['READ ALSO: x', 'Body.'])` gives `['Body.']`. */
export function cleanParagraphs(paragraphs: readonly string[]): string[] {
  const out: string[] = [];
  for (const raw of paragraphs) {
    const text = raw.replace(/\s+/g, ' ').trim();
    if (!text) continue;
    if (text.length < 200 && BOILERPLATE.some((re) => re.test(text))) continue;
    out.push(text);
  }
  return out;
}
