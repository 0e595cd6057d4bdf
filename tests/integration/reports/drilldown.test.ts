import { beforeAll, describe, expect, it } from "vitest";
import { caseIndicators } from "@/lib/reports/case-indicator-queries";
import { complianceByQuestion, complianceByStandard } from "@/lib/reports/compliance-queries";
import { drilldownCount, drilldownPage, type DrilldownCursor } from "@/lib/reports/drilldown-queries";
import { defaultFilter, type GroupBy, type ReportFilter } from "@/lib/reports/filter";
import type { GroupValue } from "@/lib/reports/groups";
import { hearingIndicators } from "@/lib/reports/hearing-indicator-queries";
import { HEARING_RATES, rateMeasure, type Measure } from "@/lib/reports/indicators";
import { reportReference, type ReportReference } from "@/lib/reports/reference-queries";
import { resolveFilter, type ResolvedFilter } from "@/lib/reports/resolve-filter";
import { CASES, HEARINGS, YEAR_2025 } from "./hand-counted-fixture";
import { buildFixture, publishChecklistVersion2, type BuiltFixture } from "./report-fixture";

// Every number of the report leads to the hearings behind it: the drill-down's count equals the number,
// for every figure, breakdown and filter below.
let reference: ReportReference;
let fixture: BuiltFixture;
const LATE = 15;

beforeAll(async () => {
  await publishChecklistVersion2();
  fixture = await buildFixture(CASES, HEARINGS);
  reference = await reportReference();
});

const count = (filter: ResolvedFilter, group: GroupValue, measure: Measure) => drilldownCount({ filter, group, measure, lateStartMinutes: LATE }, reference);

const FILTERS: Partial<ReportFilter>[] = [
  {},
  { from: "2025-01-15", to: "2025-03-10" },
  { regions: ["PEJE"], subjects: ["DOMESTIC_VIOLENCE", "GENERAL_CRIME"] },
  { courts: ["BC-PRIZREN"], categories: ["CRIMINAL"] },
];
const GROUPS: GroupBy[] = ["standard", "court", "region", "subject", "category", "month"];

describe("drill-down counts equal the figures", () => {
  it.each(FILTERS)("per standard and per question, every breakdown (%j)", async (overrides) => {
    const filter = await resolveFilter({ ...defaultFilter(10), ...YEAR_2025, ...overrides });
    let checked = 0;
    for (const groupBy of GROUPS) {
      for (const row of await complianceByStandard(filter, groupBy, reference)) {
        expect(await count(filter, row.group, { kind: "standard", standard: row.standard.code, part: "numerator" })).toBe(row.nonCompliant);
        expect(await count(filter, row.group, { kind: "standard", standard: row.standard.code, part: "denominator" })).toBe(row.applicable);
        expect(await count(filter, row.group, { kind: "standard", standard: row.standard.code, part: "unclear" })).toBe(row.unclear);
        checked += row.applicable;
      }
    }
    for (const row of await complianceByQuestion(filter, "court", reference)) {
      expect(await count(filter, row.group, { kind: "question", question: row.questionCode, part: "numerator" })).toBe(row.nonCompliant);
      expect(await count(filter, row.group, { kind: "question", question: row.questionCode, part: "denominator" })).toBe(row.applicable);
    }
    expect(checked).toBeGreaterThan(0);
  });

  it.each(FILTERS)("hearing-level indicators and adjournment reasons (%j)", async (overrides) => {
    const filter = await resolveFilter({ ...defaultFilter(10), ...YEAR_2025, ...overrides });
    for (const groupBy of GROUPS) {
      for (const g of await hearingIndicators(filter, { groupBy, lateStartMinutes: LATE }, reference)) {
        expect(await count(filter, g.group, { kind: "hearings" })).toBe(g.hearings);
        for (const rate of HEARING_RATES) {
          expect(await count(filter, g.group, rateMeasure(rate, "numerator")), `${rate} ${g.group.key}`).toBe(g.rates[rate].numerator);
          expect(await count(filter, g.group, rateMeasure(rate, "denominator")), `${rate} ${g.group.key}`).toBe(g.rates[rate].denominator);
        }
        for (const r of g.reasons) expect(await count(filter, g.group, { kind: "reason", reason: r.reason })).toBe(r.numerator);
      }
    }
  });

  it.each(FILTERS)("case-level indicators, one row per case (%j)", async (overrides) => {
    const filter = await resolveFilter({ ...defaultFilter(10), ...YEAR_2025, ...overrides });
    for (const groupBy of GROUPS) {
      for (const g of await caseIndicators(filter, groupBy, reference)) {
        expect(await count(filter, g.group, { kind: "cases" })).toBe(g.cases);
        expect(await count(filter, g.group, { kind: "verdicts" })).toBe(g.daysToVerdict.count);
      }
    }
  });
});

describe("the hearing list", () => {
  it("lists the hearings themselves, newest first, and pages forward and back over the same rows", async () => {
    const filter = await resolveFilter({ ...defaultFilter(10), ...YEAR_2025 });
    const req = { filter, group: { by: "standard" as const, key: "" }, measure: { kind: "standard" as const, standard: "S01", part: "numerator" as const }, lateStartMinutes: LATE };
    const expected = ["H9", "H7", "H11", "H3", "H5", "H4", "H2"].map((n) => fixture.hearings.get(n));
    const first = await drilldownPage(req, reference, { size: 3 });
    expect(first.items.map((h) => h.hearingId)).toEqual(expected.slice(0, 3));
    expect(first.hasMore).toBe(true);
    const cursor = (h: { courtDay: Date; hearingId: number }): DrilldownCursor => ({ courtDay: h.courtDay.toISOString().slice(0, 10), hearingId: h.hearingId });
    const second = await drilldownPage(req, reference, { size: 3, after: cursor(first.items.at(-1)!) });
    expect(second.items.map((h) => h.hearingId)).toEqual(expected.slice(3, 6));
    const third = await drilldownPage(req, reference, { size: 3, after: cursor(second.items.at(-1)!) });
    expect(third).toMatchObject({ hasMore: false });
    expect(third.items.map((h) => h.hearingId)).toEqual(expected.slice(6));
    const back = await drilldownPage(req, reference, { size: 3, before: cursor(second.items[0]!) });
    expect(back.items.map((h) => h.hearingId)).toEqual(expected.slice(0, 3));
    expect(first.items[0]).toMatchObject({ courtCode: "BR-ISTOG", category: "CRIMINAL", subject: "GENERAL_CRIME", status: "HELD", delayMinutes: 0 });
  });

  it("lists the first counted hearing of each case for case-level numbers", async () => {
    const filter = await resolveFilter({ ...defaultFilter(10), ...YEAR_2025 });
    const page = await drilldownPage({ filter, group: { by: "standard", key: "" }, measure: { kind: "verdicts" }, lateStartMinutes: LATE }, reference, { size: 25 });
    expect(page.items.map((h) => h.hearingId).sort()).toEqual([fixture.hearings.get("H1"), fixture.hearings.get("H6")].sort());
  });
});
