export interface Summary { count: number; median: number; p95: number; p99: number; min: number; max: number; mean: number }
export function summarize(timings: number[]): Summary;
