import { beforeAll, describe, expect, it } from "vitest";
import { PIPELINE_COUNTS, type PipelineTotals } from "@/lib/dashboard/activity";
import { loadDashboard, type DashboardData } from "@/lib/dashboard/page-data";
import type { PipelineQuery } from "@/lib/dashboard/pipeline";
import { pipelinePage } from "@/lib/dashboard/pipeline-queries";
import { drilldownCount } from "@/lib/reports/drilldown-queries";
import { defaultFilter } from "@/lib/reports/filter";
import { monitoredHearings } from "@/lib/reports/hearing-indicator-queries";
import { reportReference, type ReportReference } from "@/lib/reports/reference-queries";
import { resolveFilter } from "@/lib/reports/resolve-filter";
import { getSettings } from "@/lib/settings/queries";
import { buildDashboardFixture, NOW, Q2, type DashboardFixture } from "./dashboard-fixture";

// The review pipeline and the monitors' activity of dashboard-fixture.ts, counted by hand; every count
// equals the number of reports its list (/dashboard/pipeline) shows.
let reference: ReportReference;
let fixture: DashboardFixture;
let all: DashboardData;
let peje: DashboardData;

beforeAll(async () => {
  fixture = await buildDashboardFixture();
  reference = await reportReference();
  const settings = await getSettings();
  const load = (region?: string) => loadDashboard({ view: { ...Q2, region }, reference, settings, now: NOW });
  [all, peje] = await Promise.all([load(), load("PEJE")]);
});

const listed = async (query: Partial<PipelineQuery> & Pick<PipelineQuery, "stage">) =>
  (await pipelinePage({ stale: false, ...query }, { page: 1, size: 100 }, reference, NOW)).total;

/** The list's count for each figure of a pipeline total. */
async function listedTotals(scope: Partial<PipelineQuery>): Promise<Omit<PipelineTotals, "oldestSubmittedAt">> {
  const stages = { upcoming: ["upcoming", false], draft: ["draft", false], draftStale: ["draft", true], returned: ["returned", false], returnedStale: ["returned", true], submitted: ["submitted", false], submittedStale: ["submitted", true] } as const;
  const entries = await Promise.all(PIPELINE_COUNTS.map(async (key) => [key, await listed({ ...scope, stage: stages[key][0], stale: stages[key][1] })] as const));
  return Object.fromEntries(entries) as Omit<PipelineTotals, "oldestSubmittedAt">;
}

describe("reports by review state", () => {
  it("counts the reports at each stage now, and those waiting over a week", () => {
    const { oldestSubmittedAt, ...counts } = all.pipeline;
    expect(counts).toEqual({ upcoming: 1, draft: 2, draftStale: 1, returned: 1, returnedStale: 1, submitted: 2, submittedStale: 1 });
    expect(oldestSubmittedAt?.toISOString()).toBe("2025-06-21T10:00:00.000Z");
    const { oldestSubmittedAt: _peje, ...pejeCounts } = peje.pipeline;
    expect(pejeCounts).toEqual({ upcoming: 0, draft: 2, draftStale: 1, returned: 0, returnedStale: 0, submitted: 2, submittedStale: 1 });
  });

  it("equals the lists behind each figure, for every region and for one", async () => {
    const { oldestSubmittedAt: _all, ...counts } = all.pipeline;
    expect(await listedTotals({})).toEqual(counts);
    const { oldestSubmittedAt: _peje, ...pejeCounts } = peje.pipeline;
    expect(await listedTotals({ region: "PEJE" })).toEqual(pejeCounts);
  });

  it("lists the reports longest waiting first", async () => {
    const page = await pipelinePage({ stage: "submitted", stale: false }, { page: 1, size: 25 }, reference, NOW);
    expect(page.items.map((h) => h.id)).toEqual([fixture.hearings.get("S1"), fixture.hearings.get("S2")]);
    const approved = await pipelinePage({ stage: "approved", stale: false, ...Q2 }, { page: 1, size: 25 }, reference, NOW);
    expect(approved.items.map((h) => h.id)).toEqual(["P6", "P5", "P4", "P3", "P2", "P1"].map((name) => fixture.hearings.get(name)));
  });
});

describe("monitors' activity by region", () => {
  const region = (code: string) => all.activity.find((r) => r.region.code === code)!;

  it("counts accounts, reporting monitors and approved reports per region", () => {
    expect(all.activity.map((r) => [r.region.code, r.accounts, r.reporting, r.approved, r.perMonitor])).toEqual([
      ["GJILAN", 0, 0, 0, null], ["MITROVICE", 0, 0, 0, null], ["PEJE", 1, 2, 4, 2], ["PRISHTINE", 1, 0, 0, null], ["PRIZREN", 0, 1, 2, 2],
    ]);
    expect(peje.activity.map((r) => r.region.code)).toEqual(["PEJE"]);
    expect(region("GJILAN").pipeline.upcoming).toBe(1);
    expect(region("PRIZREN").pipeline).toMatchObject({ returned: 1, returnedStale: 1 });
  });

  it("agrees with the hearings monitored of the reports for each region", async () => {
    const byRegion = await monitoredHearings(await resolveFilter({ ...defaultFilter(2), ...Q2 }), "region", reference);
    expect(new Map(all.activity.filter((r) => r.approved > 0).map((r) => [r.region.code, r.approved]))).toEqual(new Map(byRegion.map((r) => [r.group.key, r.hearings])));
    const filter = await resolveFilter({ ...defaultFilter(2), ...Q2 });
    expect(await drilldownCount({ filter, group: { by: "region", key: "PEJE" }, measure: { kind: "hearings" }, lateStartMinutes: 15 }, reference)).toBe(4);
  });

  it("breaks each region down by monitor, every figure equal to its list", async () => {
    const monitors = region("PEJE").monitors.map((m) => ({ id: m.monitor.id, approved: m.approved, draft: m.pipeline.draft, draftStale: m.pipeline.draftStale, submitted: m.pipeline.submitted }));
    expect(monitors.sort((a, b) => a.id - b.id)).toEqual([
      { id: fixture.monitor1, approved: 3, draft: 1, draftStale: 1, submitted: 1 },
      { id: fixture.monitor2, approved: 1, draft: 1, draftStale: 0, submitted: 1 },
    ].sort((a, b) => a.id - b.id));
    for (const m of monitors) {
      const mine = { region: "PEJE", monitorId: m.id };
      expect(await listed({ stage: "approved", ...mine, ...Q2 })).toBe(m.approved);
      expect(await listed({ stage: "draft", stale: true, ...mine })).toBe(m.draftStale);
      expect(await listed({ stage: "submitted", ...mine })).toBe(m.submitted);
    }
    // Monitor 1 is assigned to Prishtinë/Priština: listed there with nothing in its courts.
    expect(region("PRISHTINE").monitors.map((m) => [m.monitor.id, m.approved])).toEqual([[fixture.monitor1, 0]]);
  });
});
