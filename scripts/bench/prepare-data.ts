// Child of scripts/bench/reports.mjs: fills the bench database at DATABASE_URL with the demo accounts and
// N synthetic hearings over Y years, then prints what it did as one JSON line. The report triggers are
// switched off during the bulk load and the summaries rebuilt once at the end (timed), which is how a
// bulk import should be done; the per-approval cost of the triggers is measured separately.
import { parseArgs } from "node:util";
import { prisma } from "../../lib/db.ts";
import { generateDemoData } from "../../prisma/demo/generate.ts";
import { seedDemoUsers } from "../../prisma/seed/demo-users.ts";

const REPORT_TRIGGERS: [string, string][] = [
  ["Hearing", "hearing_report_insert"], ["Hearing", "hearing_report_update"], ["Hearing", "hearing_report_delete"],
  ["Case", "case_report_update"],
  ["HearingStandardResult", "standard_result_report_insert"], ["HearingStandardResult", "standard_result_report_delete"], ["HearingStandardResult", "standard_result_report_update"],
  ["Answer", "answer_report_insert"], ["Answer", "answer_report_delete"], ["Answer", "answer_report_update"],
];

async function setReportTriggers(enabled: boolean) {
  for (const [table, trigger] of REPORT_TRIGGERS) {
    await prisma.$executeRawUnsafe(`ALTER TABLE "${table}" ${enabled ? "ENABLE" : "DISABLE"} TRIGGER ${trigger}`);
  }
}

const { values } = parseArgs({ options: { hearings: { type: "string" }, years: { type: "string", default: "10" } } });
const hearings = Number(values.hearings);
const years = Number(values.years);

await seedDemoUsers(prisma);
await setReportTriggers(false);
const t0 = Date.now();
let generated;
try {
  generated = await generateDemoData(prisma, { hearings, years, log: (line) => process.stderr.write(`${line}\n`) });
} finally {
  await setReportTriggers(true);
}
const generateSeconds = (Date.now() - t0) / 1000;
const t1 = Date.now();
const [rebuilt] = await prisma.$queryRaw<{ approved: bigint }[]>`SELECT report_summaries_rebuild() AS approved`;
const rebuildSeconds = (Date.now() - t1) / 1000;
await prisma.$executeRawUnsafe("VACUUM ANALYZE");
const sizes = await prisma.$queryRaw<{ table: string; rows: bigint }[]>`
  SELECT relname AS "table", n_live_tup AS "rows" FROM pg_stat_user_tables
  WHERE relname IN ('Hearing', 'Answer', 'HearingStandardResult') OR relname LIKE 'Report%' ORDER BY relname`;
console.log(JSON.stringify({
  hearings: generated.hearings, cases: generated.cases, answers: generated.answers, approved: Number(rebuilt!.approved),
  generateSeconds, rebuildSeconds, tables: Object.fromEntries(sizes.map((s) => [s.table, Number(s.rows)])),
}));
await prisma.$disconnect();
