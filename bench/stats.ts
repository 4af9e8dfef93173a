/** The p-th percentile by nearest rank (p in 0–100), rounded to a tenth. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)))
  return Math.round(sorted[rank - 1]! * 10) / 10
}
