// Repeated warm timings for the benchmarks: a few runs to warm caches, then N timed runs.
import { performance } from "node:perf_hooks";

/** The value below which `p` of the sorted samples fall (nearest rank). */
export function percentile(sorted, p) {
  if (!sorted.length) return null;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))];
}

/**
 * @param {() => Promise<unknown>} fn
 * @param {{ warmup?: number, runs?: number }} [options]
 * @returns {Promise<{ median: number, p95: number, min: number, runs: number, last: unknown }>}
 */
export async function timeIt(fn, { warmup = 3, runs = 25 } = {}) {
  let last;
  for (let i = 0; i < warmup; i++) last = await fn();
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    last = await fn();
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  return { median: percentile(samples, 0.5), p95: percentile(samples, 0.95), min: samples[0], runs, last };
}
