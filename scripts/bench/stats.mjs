/** Median, 95th percentile and the rest of a list of durations in milliseconds. */
export function summarize(timings) {
  const sorted = [...timings].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
  const round = (ms) => Math.round(ms * 10) / 10;
  return {
    count: sorted.length,
    median: round(at(0.5)),
    p95: round(at(0.95)),
    p99: round(at(0.99)),
    min: round(sorted[0]),
    max: round(sorted[sorted.length - 1]),
    mean: round(sorted.reduce((s, t) => s + t, 0) / sorted.length),
  };
}
