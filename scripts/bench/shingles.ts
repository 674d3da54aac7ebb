// The zyte article-extraction benchmark's metric (../shared/corpus/README.md): \w+ tokens (Unicode), counts of
// 4-token shingles; per page TP/FP/FN; precision and recall averaged over pages; F1 of the means.
export function shingles(text: string): Map<string, number> {
  const tokens = text.match(/[\p{L}\p{N}_]+/gu) ?? [];
  const counts = new Map<string, number>();
  if (tokens.length < 4 && tokens.length > 0) counts.set(tokens.join(' '), 1);
  for (let i = 0; i + 4 <= tokens.length; i++) {
    const key = tokens.slice(i, i + 4).join(' ');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

export interface PageScore {
  tp: number;
  fp: number;
  fn: number;
}

export function scorePage(predicted: string, truth: string): PageScore {
  const p = shingles(predicted);
  const t = shingles(truth);
  let tp = 0;
  let fp = 0;
  for (const [key, n] of p) {
    const m = t.get(key) ?? 0;
    tp += Math.min(n, m);
    fp += Math.max(0, n - m);
  }
  let fn = 0;
  for (const [key, m] of t) fn += Math.max(0, m - (p.get(key) ?? 0));
  return { tp, fp, fn };
}

export function aggregate(scores: PageScore[]): { precision: number; recall: number; f1: number } {
  const precisions: number[] = [];
  const recalls: number[] = [];
  for (const { tp, fp, fn } of scores) {
    if (fp === 0 && fn === 0) {
      precisions.push(1);
      recalls.push(1);
      continue;
    }
    if (tp + fp > 0) precisions.push(tp / (tp + fp));
    if (tp + fn > 0) recalls.push(tp / (tp + fn));
  }
  const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
  const precision = mean(precisions);
  const recall = mean(recalls);
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}
