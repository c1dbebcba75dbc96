// Scores shared by the detection eval and the bench: confusion counts and bag-of-words overlap.

export interface Confusion { tp: number; fp: number; fn: number; tn: number }

export function emptyConfusion(): Confusion {
  return { tp: 0, fp: 0, fn: 0, tn: 0 };
}

export function addOutcome(c: Confusion, gold: boolean, predicted: boolean): void {
  if (gold && predicted) c.tp++;
  else if (gold) c.fn++;
  else if (predicted) c.fp++;
  else c.tn++;
}

/** Precision and recall; 1 when nothing was predicted (or nothing was there to find). */
export function precisionRecall(c: Confusion): { precision: number; recall: number; f1: number } {
  const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/**
 * Bag-of-words overlap of a prediction with the truth, tokens split on whitespace (as the corpus baselines measure it).
 * Example: `bagOfWords('a b b', 'a b c')` gives precision 2/3, recall 2/3.
 */
export function bagOfWords(predicted: string, truth: string): { precision: number; recall: number; f1: number } {
  const pred = predicted.split(/\s+/).filter(Boolean);
  const gold = truth.split(/\s+/).filter(Boolean);
  const common = commonTokens(pred, gold);
  const precision = pred.length === 0 ? (gold.length === 0 ? 1 : 0) : common / pred.length;
  const recall = gold.length === 0 ? 1 : common / gold.length;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

export function mean(values: readonly number[]): number {
  return values.length === 0 ? NaN : values.reduce((a, b) => a + b, 0) / values.length;
}

/** The q-quantile (0..1) by nearest rank; NaN for no values. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** How many tokens two lists share, each token counted as often as both have it: `commonTokens(['a', 'b', 'b'], ['b', 'b', 'b']) === 2`. */
export function commonTokens(a: readonly string[], b: readonly string[]): number {
  const pool = new Map<string, number>();
  for (const t of b) pool.set(t, (pool.get(t) ?? 0) + 1);
  let common = 0;
  for (const t of a) {
    const n = pool.get(t) ?? 0;
    if (n > 0) { common++; pool.set(t, n - 1); }
  }
  return common;
}
