import { beforeAll, describe, expect, it } from "vitest";
import { caseIndicators } from "@/lib/reports/case-indicator-queries";
import { complianceByQuestion, complianceByStandard, questionCatalogue } from "@/lib/reports/compliance-queries";
import { defaultFilter, type GroupBy, type ReportFilter } from "@/lib/reports/filter";
import { hearingIndicators } from "@/lib/reports/hearing-indicator-queries";
import { reportReference, type ReportReference } from "@/lib/reports/reference-queries";
import { resolveFilter } from "@/lib/reports/resolve-filter";
import { CASES, HEARINGS, YEAR_2025 } from "./hand-counted-fixture";
import { buildFixture, publishChecklistVersion2 } from "./report-fixture";

// Every expected number below was counted by hand from hand-counted-fixture.ts.
let reference: ReportReference;
const filterOf = (overrides: Partial<ReportFilter> = {}) => resolveFilter({ ...defaultFilter(10), ...YEAR_2025, ...overrides });

beforeAll(async () => {
  await publishChecklistVersion2();
  await buildFixture(CASES, HEARINGS);
  reference = await reportReference();
});

async function standards(groupBy: GroupBy, overrides: Partial<ReportFilter> = {}) {
  const rows = await complianceByStandard(await filterOf(overrides), groupBy, reference);
  return rows.map((r) => ({ standard: r.standard.code, group: r.group.key, applicable: r.applicable, nonCompliant: r.nonCompliant, unclear: r.unclear, flagged: r.belowMinimumN, rank: r.rank }));
}

describe("compliance per standard, approved reports only", () => {
  it("counts the hearings where each standard applied and those non-compliant, for 2025", async () => {
    const rows = await standards("standard");
    expect(rows.find((r) => r.standard === "S01")).toEqual({ standard: "S01", group: "", applicable: 11, nonCompliant: 7, unclear: 0, flagged: false, rank: 1 });
    expect(rows.find((r) => r.standard === "S07")).toEqual({ standard: "S07", group: "", applicable: 6, nonCompliant: 2, unclear: 1, flagged: true, rank: null });
    expect(rows.find((r) => r.standard === "S09")).toEqual({ standard: "S09", group: "", applicable: 2, nonCompliant: 2, unclear: 0, flagged: true, rank: null });
    const others = rows.filter((r) => !["S01", "S07", "S09"].includes(r.standard));
    expect(others).toHaveLength(12);
    for (const row of others) expect(row).toMatchObject({ applicable: 0, nonCompliant: 0, flagged: true, rank: null });
  });

  it("gives the rate and its Wilson interval, and no rate where nothing applied", async () => {
    const rows = await complianceByStandard(await filterOf(), "standard", reference);
    const s01 = rows.find((r) => r.standard.code === "S01")!;
    expect(s01.rate).toBeCloseTo(7 / 11, 12);
    // Wilson 95% for 7 of 11, worked by hand: centre 0.6011, half-width 0.2473.
    expect(s01.ciLow).toBeCloseTo(0.3538, 3);
    expect(s01.ciHigh).toBeCloseTo(0.8483, 3);
    const s04 = rows.find((r) => r.standard.code === "S04")!;
    expect([s04.rate, s04.ciLow, s04.ciHigh]).toEqual([null, null, null]);
  });

  it("ranks every rate at or above the minimum n, which the filter sets", async () => {
    const rows = await standards("standard", { minimumN: 2 });
    expect(rows.filter((r) => r.rank !== null).map((r) => [r.standard, r.rank])).toEqual([["S01", 2], ["S07", 3], ["S09", 1]]);
  });

  it("breaks the figures down by court, region, subject, category and month", async () => {
    const s01 = async (groupBy: GroupBy) => (await standards(groupBy)).filter((r) => r.standard === "S01").map((r) => [r.group, r.applicable, r.nonCompliant]);
    expect(await s01("court")).toEqual([["BC-PEJE", 5, 4], ["BR-ISTOG", 2, 1], ["BC-PRIZREN", 4, 2]]);
    expect(await s01("region")).toEqual([["PEJE", 7, 5], ["PRIZREN", 4, 2]]);
    expect(new Map((await s01("subject")).map(([g, a, n]) => [g, [a, n]]))).toEqual(
      new Map([["CORRUPTION", [2, 1]], ["DOMESTIC_VIOLENCE", [3, 2]], ["GENERAL_CRIME", [4, 2]], ["PROPERTY", [2, 2]]]),
    );
    expect(new Map((await s01("category")).map(([g, a, n]) => [g, [a, n]]))).toEqual(new Map([["CIVIL", [2, 2]], ["CRIMINAL", [9, 5]]]));
    expect(await s01("month")).toEqual([
      ["2025-01", 2, 0], ["2025-02", 1, 1], ["2025-03", 2, 2], ["2025-04", 1, 0], ["2025-05", 1, 0], ["2025-06", 1, 1],
      ["2025-07", 1, 1], ["2025-08", 0, 0], ["2025-09", 1, 1], ["2025-10", 0, 0], ["2025-11", 0, 0], ["2025-12", 1, 1],
    ]);
  });

  it("filters by court and region (their union), by category and subject, and by standard", async () => {
    const s01 = async (overrides: Partial<ReportFilter>) => (await standards("standard", overrides)).find((r) => r.standard === "S01");
    expect(await s01({ courts: ["BC-PRIZREN"] })).toMatchObject({ applicable: 4, nonCompliant: 2 });
    expect(await s01({ regions: ["PEJE"] })).toMatchObject({ applicable: 7, nonCompliant: 5 });
    expect(await s01({ regions: ["PEJE"], courts: ["BC-PRIZREN"] })).toMatchObject({ applicable: 11, nonCompliant: 7 });
    expect(await s01({ categories: ["CIVIL"] })).toMatchObject({ applicable: 2, nonCompliant: 2 });
    expect(await s01({ subjects: ["GENERAL_CRIME"], courts: ["BC-PRIZREN"] })).toMatchObject({ applicable: 2, nonCompliant: 1 });
    expect((await standards("standard", { standards: ["S07", "S09"] })).map((r) => r.standard)).toEqual(["S07", "S09"]);
    const criminalByCourt = await standards("court", { categories: ["CRIMINAL"], standards: ["S01"] });
    expect(criminalByCourt.map((r) => [r.group, r.applicable, r.nonCompliant])).toEqual([["BC-PEJE", 3, 2], ["BR-ISTOG", 2, 1], ["BC-PRIZREN", 4, 2]]);
  });

  it("counts a period that does not follow month boundaries from its days", async () => {
    // 15 Jan – 10 Mar: H8 (31 Jan, compliant), H2 (14 Feb, not), H4 (5 Mar, not).
    const rows = await standards("standard", { from: "2025-01-15", to: "2025-03-10" });
    expect(rows.find((r) => r.standard === "S01")).toMatchObject({ applicable: 3, nonCompliant: 2 });
    const byCourt = await standards("court", { from: "2025-01-15", to: "2025-03-10", subjects: ["GENERAL_CRIME", "PROPERTY"] });
    expect(byCourt.filter((r) => r.standard === "S01").map((r) => [r.group, r.applicable, r.nonCompliant])).toEqual([["BC-PEJE", 1, 1], ["BR-ISTOG", 1, 0]]);
  });

  it("takes days in court time: the first and last hours of the year fall on the right side", async () => {
    expect((await standards("standard", { from: "2025-12-31", to: "2025-12-31" })).find((r) => r.standard === "S01")).toMatchObject({ applicable: 1, nonCompliant: 1 });
    expect((await standards("standard", { from: "2026-01-01", to: "2026-01-31" })).find((r) => r.standard === "S01")).toMatchObject({ applicable: 1 });
    expect((await standards("standard", { from: "2024-12-01", to: "2024-12-31" })).find((r) => r.standard === "S01")).toMatchObject({ applicable: 1 });
  });

  it("is empty, not an error, for a period with no approved hearing", async () => {
    const rows = await standards("court", { from: "2023-01-01", to: "2023-12-31" });
    expect(rows).toEqual([]);
    const whole = await standards("standard", { from: "2023-01-01", to: "2023-12-31" });
    expect(whole.every((r) => r.applicable === 0 && r.rank === null)).toBe(true);
  });
});

describe("comparable across checklist versions", () => {
  it("rolls up by question code, counting each hearing once under the version it was filled on", async () => {
    const rows = await complianceByQuestion(await filterOf(), "standard", reference);
    const code = (c: string) => rows.find((r) => r.questionCode === c);
    // H10 also carries a stale version-1 answer to PUB_LISTED ("NO"): it must not count twice.
    expect(code("PUB_LISTED")).toMatchObject({ applicable: 11, nonCompliant: 4 });
    expect(code("PUB_MEDIA_ADMITTED")).toMatchObject({ applicable: 2, nonCompliant: 0 });
    expect(code("LANG_CHARGED")).toMatchObject({ applicable: 2, nonCompliant: 0 });
    expect(code("LA_RIGHT_EXPLAINED")).toMatchObject({ applicable: 4, nonCompliant: 2, unclear: 1 });
    const catalogue = await questionCatalogue();
    expect(catalogue.find((q) => q.code === "PUB_LISTED")).toMatchObject({ versions: [1, 2], textEn: "Was the hearing on the court's public schedule?" });
    expect(catalogue.find((q) => q.code === "PUB_MEDIA_ADMITTED")!.versions).toEqual([2]);
    expect(catalogue.find((q) => q.code === "LANG_CHARGED")!.versions).toEqual([1]);
  });

  it("counts the per-standard result once per hearing whatever the version", async () => {
    const rows = await standards("court", { courts: ["BC-PRIZREN"], standards: ["S01"] });
    // H6, H7 on version 1; H10, H11 on version 2.
    expect(rows).toEqual([{ standard: "S01", group: "BC-PRIZREN", applicable: 4, nonCompliant: 2, unclear: 0, flagged: true, rank: null }]);
  });
});

describe("hearing-level indicators", () => {
  it("counts monitored hearings, adjournments and their reasons, late starts and delays", async () => {
    const [all] = await hearingIndicators(await filterOf(), { groupBy: "standard", lateStartMinutes: 15 }, reference);
    expect(all!.hearings).toBe(11);
    const rate = (k: keyof NonNullable<typeof all>["rates"]) => [all!.rates[k].numerator, all!.rates[k].denominator];
    expect(rate("adjourned")).toEqual([2, 11]);
    expect(rate("lateStart")).toEqual([5, 10]);
    expect(rate("heldInPublic")).toEqual([8, 10]);
    expect(rate("announced")).toEqual([7, 11]);
    expect(rate("recorded")).toEqual([0, 1]);
    expect(rate("interpreterPresent")).toEqual([1, 2]);
    expect(rate("withoutCounsel")).toEqual([5, 9]);
    // Delays 0, 0, 5, 10, 15, 16, 20, 30, 45, 60.
    expect(all!.delay).toEqual({ count: 10, mean: 20.1, median: 15.5 });
    const reasons = Object.fromEntries(all!.reasons.filter((r) => r.numerator > 0).map((r) => [r.reason, [r.numerator, r.denominator]]));
    expect(reasons).toEqual({ DEFENDANT_ABSENT: [1, 2], WITNESS_ABSENT: [2, 2] });
  });

  it("moves the late-start threshold with the setting", async () => {
    const [all] = await hearingIndicators(await filterOf(), { groupBy: "standard", lateStartMinutes: 14 }, reference);
    expect([all!.rates.lateStart.numerator, all!.rates.lateStart.denominator]).toEqual([6, 10]);
  });

  it("breaks down by court and counts the period's edge days", async () => {
    const byCourt = await hearingIndicators(await filterOf(), { groupBy: "court", lateStartMinutes: 15 }, reference);
    expect(byCourt.map((g) => [g.group.key, g.hearings, g.rates.adjourned.numerator])).toEqual([["BC-PEJE", 5, 1], ["BR-ISTOG", 2, 1], ["BC-PRIZREN", 4, 0]]);
    const [edges] = await hearingIndicators(await filterOf({ from: "2025-01-15", to: "2025-03-10" }), { groupBy: "standard", lateStartMinutes: 15 }, reference);
    expect(edges!.hearings).toBe(3);
    expect(edges!.delay).toEqual({ count: 3, mean: 55 / 3, median: 20 });
  });

  it("is empty where nothing was monitored", async () => {
    const [none] = await hearingIndicators(await filterOf({ from: "2023-01-01", to: "2023-12-31" }), { groupBy: "standard", lateStartMinutes: 15 }, reference);
    expect(none!.hearings).toBe(0);
    expect(none!.delay).toEqual({ count: 0, mean: null, median: null });
    expect(none!.rates.adjourned.rate).toBeNull();
  });
});

describe("case-level indicators", () => {
  it("counts cases, hearings and adjournments per case, and days from first hearing to verdict", async () => {
    const [all] = await caseIndicators(await filterOf(), "standard", reference);
    expect(all).toMatchObject({ cases: 5, hearings: 11, adjourned: 2, hearingsPerCase: 2.2, adjournmentsPerCase: 0.4 });
    // A: 10 Jan → 20 Jun = 161 days; C: 2 Apr → 15 Sep = 166 days.
    expect(all!.daysToVerdict).toEqual({ count: 2, mean: 163.5, median: 163.5 });
    const byCourt = await caseIndicators(await filterOf(), "court", reference);
    expect(byCourt.map((g) => [g.group.key, g.cases, g.daysToVerdict.count])).toEqual([["BC-PEJE", 2, 1], ["BR-ISTOG", 1, 0], ["BC-PRIZREN", 2, 1]]);
  });
});

describe("unapproved reports never count", () => {
  it("leaves submitted, returned and draft reports out of every figure", async () => {
    // N1–N3 fall in May 2025 and answer PUB_LISTED "NO"; May counts H10 alone.
    const may = { from: "2025-05-01", to: "2025-05-31" };
    expect((await standards("standard", may)).find((r) => r.standard === "S01")).toMatchObject({ applicable: 1, nonCompliant: 0 });
    const [hearings] = await hearingIndicators(await filterOf(may), { groupBy: "standard", lateStartMinutes: 15 }, reference);
    expect(hearings!.hearings).toBe(1);
    const [cases] = await caseIndicators(await filterOf(may), "standard", reference);
    expect(cases!.cases).toBe(1);
    const questions = await complianceByQuestion(await filterOf(may), "standard", reference);
    expect(questions.find((r) => r.questionCode === "PUB_ADMITTED")).toMatchObject({ applicable: 1, nonCompliant: 0 });
  });
});
