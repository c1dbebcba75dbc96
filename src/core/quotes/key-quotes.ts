// Chooses the 3–5 quotes the popup shows first (issue 3): whole quotes before fragments, informative before phatic,
// central people first, no near-duplicates, several speakers where the article has them.

export interface QuoteCandidate {
  text: string;
  speaker: string | null;
  partial: boolean;
}

// Words that carry no information on their own.
const STOPWORDS = new Set([
  'the', 'a', 'an', 'and', 'or', 'but', 'of', 'to', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'is', 'are', 'was',
  'were', 'be', 'been', 'it', 'its', 'this', 'that', 'these', 'those', 'i', 'we', 'you', 'he', 'she', 'they', 'me',
  'us', 'him', 'her', 'them', 'my', 'our', 'your', 'his', 'their', 'not', 'no', 'so', 'very', 'just', 'have', 'has',
  'had', 'do', 'does', 'did', 'will', 'would', 'can', 'could', 'there', 'here', 'what', 'all', 'about', 'as', 'if',
  'think', 'know', 'really', 'going', 'get', 'got', 'lot', 'thing', 'things', 'yes', 'well', 'oh', 'okay', 'ok',
]);
// Greetings, thanks and stock phrases: true quotes, but they tell the reader nothing.
const PHATIC = /^(?:thank(?:s| you)|hello|hi|hey|good (?:morning|evening|night|luck)|congratulations|welcome|yes|no|ok(?:ay)?|no comment|we(?:'|’)ll see|i don(?:'|’)t know|see you)\b/i;

// A module pattern, not a literal in the function: String.match resets its lastIndex, and one object keeps its
// compiled code between calls.
const WORDS = /[\p{L}\p{N}]+/gu;

function contentWords(text: string): string[] {
  return (text.toLowerCase().match(WORDS) ?? []).filter((w) => !STOPWORDS.has(w) && w.length > 2);
}

function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / Math.min(a.size, b.size);
}

/** `content`: how many content words the quote has (contentWords, counted once per quote by the caller). */
function score(q: QuoteCandidate, centrality: ReadonlyMap<string, number>, content: number): number {
  const words = q.text.split(/\s+/).filter(Boolean).length;
  let s = Math.min(content, 25) / 5;
  if (q.partial) s -= 4;
  if (words < 6) s -= 2;
  if (words > 90) s -= 1;
  if (PHATIC.test(q.text.trim().replace(/^[^\p{L}]+/u, '')) && words < 12) s -= 3;
  if (q.speaker === null) s -= 2;
  else s += centrality.get(q.speaker) ?? 0;
  return s;
}

/**
 * Indexes of the key quotes, in article order: the best-scoring quote of each speaker first (central speakers ahead),
 * then the next best, skipping near-duplicates.
 * Example: `chooseKeyQuotes([{ text: 'Thanks.', speaker: 'A', partial: false }, …], new Map([['A', 5]]), 3)`.
 */
export function chooseKeyQuotes(
  quotes: readonly QuoteCandidate[],
  mentionsBySpeaker: ReadonlyMap<string, number>,
  count: number,
): number[] {
  if (count <= 0 || quotes.length === 0) return [];
  const maxMentions = Math.max(1, ...mentionsBySpeaker.values());
  const quoteCounts = new Map<string, number>();
  for (const q of quotes) if (q.speaker) quoteCounts.set(q.speaker, (quoteCounts.get(q.speaker) ?? 0) + 1);
  // Centrality: how much the article talks about and quotes the speaker, up to 2 points.
  const centrality = new Map<string, number>();
  for (const [speaker, n] of quoteCounts) {
    centrality.set(speaker, (mentionsBySpeaker.get(speaker) ?? 0) / maxMentions + Math.min(n, 5) / 5);
  }
  const ranked = quotes.map((q, i) => {
    const content = contentWords(q.text);
    return { i, s: score(q, centrality, content.length), words: new Set(content) };
  })
    .sort((a, b) => b.s - a.s || a.i - b.i);
  const chosen: typeof ranked = [];
  const isDuplicate = (c: (typeof ranked)[number]) => chosen.some((k) => overlap(k.words, c.words) >= 0.6);
  // First round: one quote per speaker, so several voices show; then the best of the rest.
  const speakersSeen = new Set<string | null>();
  for (const c of ranked) {
    if (chosen.length >= count) break;
    const speaker = quotes[c.i]!.speaker;
    // Whole quotes first: a fragment only fills a place no whole quote can.
    if (speakersSeen.has(speaker) || isDuplicate(c) || c.s < -1 || quotes[c.i]!.partial) continue;
    speakersSeen.add(speaker);
    chosen.push(c);
  }
  for (const partial of [false, true]) {
    for (const c of ranked) {
      if (chosen.length >= count) break;
      if (quotes[c.i]!.partial !== partial || chosen.includes(c) || isDuplicate(c)) continue;
      // A word or two in quote marks ("thrilled", "significantly") tells the reader nothing on its own.
      if (partial && quotes[c.i]!.text.split(/\s+/).filter(Boolean).length < 3) continue;
      chosen.push(c);
    }
  }
  return chosen.map((c) => c.i).sort((a, b) => a - b);
}
