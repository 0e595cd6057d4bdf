// Times the two slowest breakdowns ("by judge" and "by language", ten years) on the database at
// DATABASE_URL: the whole module (complianceByDimension) and its SQL alone (dimensionCounts), median and
// p95 of 25 warm runs as in measure-queries.ts; with EXPLAIN=1 also prints the plan of the SQL.
// Usage: DATABASE_URL=… BENCH_PERIOD=2016-12-01,2026-11-30 node --conditions=react-server --import tsx scripts/bench/measure-dimensions.ts
import { prisma } from "../../lib/db.ts";
import { dimensionCounts } from "../../lib/reports/dimension-counts.ts";
import { complianceByDimension } from "../../lib/reports/dimension-queries.ts";
import type { Dimension } from "../../lib/reports/dimensions.ts";
import { defaultFilter } from "../../lib/reports/filter.ts";
import { reportReference } from "../../lib/reports/reference-queries.ts";
import { resolveFilter } from "../../lib/reports/resolve-filter.ts";
import { timeIt } from "./timing.mjs";

const [from, to] = (process.env.BENCH_PERIOD ?? "2016-12-01,2026-11-30").split(",");
const reference = await reportReference();
const filter = await resolveFilter({ ...defaultFilter(10), from: from!, to: to! });
const ms = (t: { median: number; p95: number }) => `${t.median.toFixed(1)} / ${t.p95.toFixed(1)} ms`;

for (const dimension of ["judge", "language"] as Dimension[]) {
  const whole = await timeIt(() => complianceByDimension(filter, dimension, reference), { warmup: 5, runs: 25 });
  const counts = await timeIt(() => dimensionCounts(filter, dimension), { warmup: 5, runs: 25 });
  console.log(`${dimension} ${from}..${to}: module ${ms(whole)}, dimensionCounts ${ms(counts)} (${(counts.last as unknown[]).length} count rows)`);
}
if (process.env.EXPLAIN) {
  const original = prisma.$queryRaw.bind(prisma);
  (prisma as unknown as { $queryRaw: unknown }).$queryRaw = (query: { text: string; values: unknown[] }) =>
    prisma.$queryRawUnsafe(`EXPLAIN (ANALYZE, BUFFERS) ${query.text}`, ...query.values);
  for (const dimension of ["judge", "language"] as Dimension[]) {
    const plan = (await dimensionCounts(filter, dimension)) as unknown as { "QUERY PLAN": string }[];
    console.log(`--- ${dimension}\n${plan.map((r) => r["QUERY PLAN"]).join("\n")}`);
  }
  (prisma as unknown as { $queryRaw: unknown }).$queryRaw = original;
}
await prisma.$disconnect();
