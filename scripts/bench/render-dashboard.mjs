// The manager's dashboard's part of docs/performance.md (scripts/bench/render-report.mjs calls it).

const ms = (value) => (value === null || value === undefined ? "—" : value < 10 ? value.toFixed(2) : value.toFixed(1));
const int = (value) => Number(value).toLocaleString("en");
const kib = (bytes) => `${(bytes / 1024).toFixed(0)} KiB`;

export const DASHBOARD_AIMS = { renderP95: 150, queryP95: 20 };

/** The dashboard's tables for one data size. */
export function dashboardSections(dashboard, table) {
  const { views, followUp } = dashboard;
  return [
    `### Manager's dashboard: its figures (in process, one year ${views.lastYear.from} to ${views.lastYear.to}; ${int(followUp.findings)} findings and ${int(followUp.interventions)} interventions generated for the follow-up)`,
    table(["figure", "median", "p95"], dashboard.queries.map((q) => [q.name, ms(q.median), ms(q.p95)])),
    "",
    "### Manager's dashboard: all of its data for one view (in process)",
    table(["view", "median", "p95"], dashboard.pages.map((p) => [p.name, ms(p.median), ms(p.p95)])),
    "",
    "### Manager's dashboard over HTTP: the whole server render (signed in as the demo manager, the built app on the same database)",
    table(["page", "HTML", "median", "p95"], dashboard.http.map((h) => [`${h.name} (\`${h.path.length > 60 ? `${h.path.slice(0, 57)}…` : h.path}\`)`, kib(h.bytes), ms(h.median), ms(h.p95)])),
  ];
}

/** The dashboard's lines of "Against the aims", for the largest size. */
export function dashboardAims(run) {
  const dashboard = run.dashboard;
  if (!dashboard) return [];
  const pages = dashboard.http.filter((h) => h.path.startsWith("/dashboard?") || h.path === "/dashboard");
  const slowestPage = pages.reduce((a, b) => (b.p95 > a.p95 ? b : a));
  const slowestQuery = dashboard.queries.reduce((a, b) => (b.p95 > a.p95 ? b : a));
  const met = (ok) => (ok ? "met" : "**not met**");
  return [
    `- The dashboard's server render under ${DASHBOARD_AIMS.renderP95} ms p95 at ${int(run.size)} hearings: ${met(slowestPage.p95 < DASHBOARD_AIMS.renderP95)}; the slowest view is "${slowestPage.name}" at ${ms(slowestPage.p95)} ms p95.`,
    `- Each of the dashboard's figures under ${DASHBOARD_AIMS.queryP95} ms p95: ${met(slowestQuery.p95 < DASHBOARD_AIMS.queryP95)}; the slowest is "${slowestQuery.name}" at ${ms(slowestQuery.p95)} ms p95.`,
  ];
}
