/** Median of a list of numbers (the mean of the middle two for an even count). */
export function median(values) {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** A / B, printed as "1.23" (or "—" when B is 0 or missing, e.g. two zero long-task totals). */
export function ratio(a, b) {
  if (b === 0 && a === 0) return '1.00 (both 0)';
  if (!b || !Number.isFinite(a / b)) return '—';
  return (a / b).toFixed(2);
}
