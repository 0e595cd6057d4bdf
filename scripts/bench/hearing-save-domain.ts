// The server side of a background save, timed in-process against the database at DATABASE_URL: the demo
// monitor's drafts, each saved again and again with one answer changed, as the form does. Prints JSON.
import "dotenv/config";
import { parseArgs } from "node:util";
import { randomUUID } from "node:crypto";
import { prisma } from "../../lib/db.ts";
import { getHearingReport } from "../../lib/hearings/report-queries.ts";
import { saveHearingDraft } from "../../lib/hearings/save-hearing-draft.ts";
import { evaluateReport } from "../../lib/hearings/evaluate-report.ts";
import { summarize } from "./stats.mjs";

const { values: args } = parseArgs({ options: { saves: { type: "string", default: "400" }, email: { type: "string", default: "monitor@example.org" } } });
const total = Number(args.saves);

const account = await prisma.user.findUniqueOrThrow({ where: { email: args.email } });
const user = { id: account.id, email: account.email, name: account.name, role: account.role, regionId: account.regionId, locale: account.locale, mustChangePassword: false };
const drafts = await prisma.hearing.findMany({ where: { monitorId: user.id, reviewState: "DRAFT" }, select: { id: true }, take: 20, orderBy: { id: "asc" } });
if (!drafts.length) throw new Error(`${args.email} has no drafts to save`);

const timings: number[] = [];
let warm = 5;
for (let i = 0; timings.length < total; i++) {
  const report = (await getHearingReport(drafts[i % drafts.length]!.id, user))!;
  const kase = { category: report.kase.category, subject: report.kase.subject };
  const applicable = evaluateReport(report.values, report.checklist.questions, kase).checklist.applicable;
  let version = report.version;
  const values = report.values;
  // A handful of saves per report, each flipping one applicable answer (or the narrative when none applies).
  for (let n = 0; n < 10 && timings.length < total; n++) {
    const code = applicable[n % Math.max(1, applicable.length)];
    if (code) values.answers[code] = values.answers[code] === "YES" ? "NO" : "YES";
    else values.facts.narrative = `Bench ${i}.${n}`;
    const started = performance.now();
    const result = await saveHearingDraft({ hearingId: report.id, baseVersion: version, idempotencyKey: randomUUID().replace(/-/g, ""), report: values }, user);
    const elapsed = performance.now() - started;
    version = result.version;
    if (warm > 0) warm--;
    else timings.push(elapsed);
  }
}
console.log(JSON.stringify({ layer: "domain", ...summarize(timings) }));
await prisma.$disconnect();
