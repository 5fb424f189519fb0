// The benches' summary figures, defined once: a percentile is the nearest-rank
// one (the smallest sample with at least p % of the samples at or below it),
// the median the middle sample or the mean of the two middle ones.

/** The nearest-rank `p`th percentile (0–100) of `values`, NaN ones left out; NaN when none is left. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = values.filter((v) => !Number.isNaN(v)).sort((a, b) => a - b);
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]! : NaN;
}

/** The median of `values`: the middle one, or the mean of the two middle ones. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
