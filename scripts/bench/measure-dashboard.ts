// Child of scripts/bench/reports.mjs: times the manager's dashboard in process on the bench database at
// DATABASE_URL: each of its figures (the report query modules it reuses and its own queries), and the
// whole page's data for a few views. Adds findings and interventions at scale first (the HTTP
// measurements of the page that follow use them too). Prints one JSON line.
import { prisma } from "../../lib/db.ts";
import { approvedByMonitor, monitorAccounts, pipelineCounts } from "../../lib/dashboard/activity-queries.ts";
import { interventionCounts, longestOverdue, openFindings } from "../../lib/dashboard/follow-up-queries.ts";
import { loadDashboard } from "../../lib/dashboard/page-data.ts";
import { calendarPeriod, shiftPeriod } from "../../lib/dashboard/period.ts";
import { pipelinePage, regionCourtIds } from "../../lib/dashboard/pipeline-queries.ts";
import { complianceByStandard } from "../../lib/reports/compliance-queries.ts";
import { defaultFilter } from "../../lib/reports/filter.ts";
import { hearingIndicators, monitoredHearings } from "../../lib/reports/hearing-indicator-queries.ts";
import { reportReference } from "../../lib/reports/reference-queries.ts";
import { resolveFilter } from "../../lib/reports/resolve-filter.ts";
import { getSettings } from "../../lib/settings/queries.ts";
import { courtDay } from "../../lib/time/zone.ts";
import { generateFollowUpAtScale } from "./dashboard-follow-up.ts";
import { timeIt } from "./timing.mjs";

const now = new Date();
const followUp = await generateFollowUpAtScale(now);
const [reference, settings] = await Promise.all([reportReference(), getSettings()]);
const today = courtDay(now);
const lastYear = calendarPeriod("year", `${Number(today.slice(0, 4)) - 1}-06-01`);
const thisYear = calendarPeriod("year", today);
const lastMonth = shiftPeriod(calendarPeriod("month", today), -1);
const year = await resolveFilter({ ...defaultFilter(settings.minimumN, now), ...lastYear });
const pejeCourts = regionCourtIds("PEJE", reference);
const late = { lateStartMinutes: settings.lateStartMinutes };

const queries: { name: string; run: () => Promise<unknown> }[] = [
  { name: "Hearings monitored by month, one year (programme)", run: () => monitoredHearings(year, "month", reference) },
  { name: "Hearings monitored by court, one year (coverage)", run: () => monitoredHearings(year, "court", reference) },
  { name: "Hearing-level indicators, one year (conduct; three queries in parallel)", run: () => hearingIndicators(year, { groupBy: "standard", ...late }, reference) },
  { name: "Hearing-level indicators by region, one year (three queries in parallel)", run: () => hearingIndicators(year, { groupBy: "region", ...late }, reference) },
  { name: "Compliance by standard, one year (top five)", run: () => complianceByStandard(year, "standard", reference) },
  { name: "Compliance by standard and region, one year", run: () => complianceByStandard(year, "region", reference) },
  { name: "Reports by review state and ageing, now (per court and monitor)", run: () => pipelineCounts(null, now) },
  { name: "Approved reports by court and monitor, one year", run: () => approvedByMonitor(lastYear, null) },
  { name: "Monitor accounts", run: () => monitorAccounts() },
  { name: "Open findings by standard and severity", run: () => openFindings(null) },
  { name: "Open findings by standard and severity, one region", run: () => openFindings(pejeCourts) },
  { name: "Interventions awaiting a reply and overdue", run: () => interventionCounts(null, today) },
  { name: "Interventions awaiting a reply and overdue, one region", run: () => interventionCounts(pejeCourts, today) },
  { name: "Longest overdue interventions", run: () => longestOverdue(null, today) },
  { name: "Pipeline list: submitted over a week, first page and count", run: () => pipelinePage({ stage: "submitted", stale: true }, { page: 1, size: 25 }, reference, now) },
];

const pages: { name: string; run: () => Promise<unknown> }[] = [
  { name: "Whole dashboard data, this year, all regions", run: () => loadDashboard({ view: thisYear, reference, settings, now }) },
  { name: "Whole dashboard data, last year, one region", run: () => loadDashboard({ view: { ...lastYear, region: "PEJE" }, reference, settings, now }) },
  { name: "Whole dashboard data, last month, all regions", run: () => loadDashboard({ view: lastMonth, reference, settings, now }) },
];

const measure = async (cases: typeof queries) => {
  const results = [];
  for (const c of cases) {
    process.stderr.write(`[bench] dashboard: ${c.name}\n`);
    const timing = await timeIt(c.run, { warmup: 5, runs: 25 });
    results.push({ name: c.name, median: timing.median, p95: timing.p95 });
  }
  return results;
};

// The views are printed too: the HTTP timings of reports.mjs request the same ones.
console.log(JSON.stringify({ followUp, views: { thisYear, lastYear, lastMonth }, queries: await measure(queries), pages: await measure(pages) }));
await prisma.$disconnect();
