import { beforeAll, describe, expect, it } from "vitest";
import { defaultFilter, type GroupBy, type ReportFilter } from "@/lib/reports/filter";
import { hearingIndicators, monitoredHearings } from "@/lib/reports/hearing-indicator-queries";
import { reportReference, type ReportReference } from "@/lib/reports/reference-queries";
import { resolveFilter } from "@/lib/reports/resolve-filter";
import { CASES, HEARINGS, YEAR_2025 } from "./hand-counted-fixture";
import { buildFixture, publishChecklistVersion2 } from "./report-fixture";

// The counts were taken by hand from hand-counted-fixture.ts: H1–H11 are the approved hearings of 2025;
// 15 January – 10 March holds H8, H2 and H4.
let reference: ReportReference;
const filterOf = (overrides: Partial<ReportFilter> = {}) => resolveFilter({ ...defaultFilter(10), ...YEAR_2025, ...overrides });
const counts = async (groupBy: GroupBy, overrides: Partial<ReportFilter> = {}) =>
  (await monitoredHearings(await filterOf(overrides), groupBy, reference)).map((row) => [row.group.key, row.hearings]);

beforeAll(async () => {
  await publishChecklistVersion2();
  await buildFixture(CASES, HEARINGS);
  reference = await reportReference();
});

describe("monitoredHearings", () => {
  it("counts the approved hearings of the period, as a whole and by court, region and month", async () => {
    expect(await counts("standard")).toEqual([["", 11]]);
    expect(await counts("court")).toEqual([["BC-PEJE", 5], ["BR-ISTOG", 2], ["BC-PRIZREN", 4]]);
    expect(await counts("region")).toEqual([["PEJE", 7], ["PRIZREN", 4]]);
    expect(await counts("month")).toEqual([
      ["2025-01", 2], ["2025-02", 1], ["2025-03", 2], ["2025-04", 1], ["2025-05", 1], ["2025-06", 1],
      ["2025-07", 1], ["2025-08", 0], ["2025-09", 1], ["2025-10", 0], ["2025-11", 0], ["2025-12", 1],
    ]);
  });

  it("counts a period off the month boundaries from its days, and a region's courts only", async () => {
    expect(await counts("standard", { from: "2025-01-15", to: "2025-03-10" })).toEqual([["", 3]]);
    expect(await counts("court", { regions: ["PEJE"] })).toEqual([["BC-PEJE", 5], ["BR-ISTOG", 2]]);
    expect(await counts("standard", { from: "2026-02-01", to: "2026-02-28" })).toEqual([["", 0]]);
  });

  it.each<[GroupBy, Partial<ReportFilter>]>([
    ["standard", {}], ["court", {}], ["region", {}], ["month", {}], ["subject", {}], ["category", { from: "2025-01-15", to: "2025-09-20" }],
  ])("agrees with the hearings monitored of hearingIndicators by %s", async (groupBy, overrides) => {
    const filter = await filterOf(overrides);
    const indicators = await hearingIndicators(filter, { groupBy, lateStartMinutes: 15 }, reference);
    expect(await counts(groupBy, overrides)).toEqual(indicators.map((row) => [row.group.key, row.hearings]));
  });
});
