import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { complianceByDimension } from "@/lib/reports/dimension-queries";
import type { Dimension } from "@/lib/reports/dimensions";
import { defaultFilter, type ReportFilter } from "@/lib/reports/filter";
import { reportReference, type ReportReference } from "@/lib/reports/reference-queries";
import { resolveFilter } from "@/lib/reports/resolve-filter";
import { IN_STEP, summaryDifferences } from "./recount";
import { buildFixture, type CaseSpec, type HearingSpec } from "./report-fixture";

// A hand-counted world for the breakdowns by hearing attribute. S01 is non-compliant where PUB_LISTED is
// "NO"; D2's LA_RIGHT_EXPLAINED "UNCLEAR" makes S07 unclear there. D5 was cancelled (it counts: a
// hearing monitored, whatever its outcome); N1 is only submitted (it does not). U1's genders are all
// "unknown", which counts as not recorded: in no group, so in no n.
const CASES: Record<string, CaseSpec> = {
  A: { court: "BC-PEJE", category: "CRIMINAL", subject: "GENERAL_CRIME" },
  B: { court: "BC-PRIZREN", category: "CIVIL", subject: "PROPERTY" },
};

const HEARINGS: HearingSpec[] = [
  { name: "D1", case: "A", day: "2025-01-10",
    attributes: { judge: "Judge Ana", judgeGender: "FEMALE", prosecutorGender: "MALE", defendantGender: "MALE", victimGender: "FEMALE", language: "ALBANIAN", detentionStatus: "IN_DETENTION" },
    answers: { PUB_LISTED: "NO" } },
  { name: "D2", case: "A", day: "2025-02-14", defenceCounsel: "NONE",
    attributes: { judge: "Judge Ana", judgeGender: "FEMALE", prosecutorGender: "FEMALE", defendantGender: "MALE", language: "ALBANIAN", detentionStatus: "AT_LIBERTY" },
    answers: { PUB_LISTED: "YES", LA_RIGHT_EXPLAINED: "UNCLEAR" } },
  { name: "D3", case: "A", day: "2025-03-20", defenceCounsel: "EX_OFFICIO",
    attributes: { judge: "Judge Besa", judgeGender: "MALE", defendantGender: "FEMALE", language: "SERBIAN", detentionStatus: "IN_DETENTION" },
    answers: { PUB_LISTED: "NO" } },
  { name: "D4", case: "B", day: "2025-03-05", attributes: { judge: "Judge Dita", judgeGender: "FEMALE", language: "ALBANIAN" }, answers: { PUB_LISTED: "YES" } },
  { name: "D5", case: "B", day: "2025-06-10", status: "CANCELLED", defenceCounsel: null, attributes: { judgeGender: "MALE" }, answers: { PUB_LISTED: "NO" } },
  { name: "U1", case: "A", day: "2025-05-06", defenceCounsel: null,
    attributes: { judgeGender: "UNKNOWN", prosecutorGender: "UNKNOWN", defendantGender: "UNKNOWN", victimGender: "UNKNOWN" }, answers: { PUB_LISTED: "NO" } },
  { name: "N1", case: "A", day: "2025-04-01", state: "SUBMITTED", attributes: { judgeGender: "FEMALE", judge: "Judge Ana" }, answers: { PUB_LISTED: "NO" } },
];

let reference: ReportReference;
let hearingIds: Map<string, number>;
const YEAR = { from: "2025-01-01", to: "2025-12-31" };

beforeAll(async () => {
  hearingIds = (await buildFixture(CASES, HEARINGS)).hearings;
  reference = await reportReference();
});

/** value → [hearings, S01 applicable, S01 non-compliant, S07 unclear], values by their label (judges by name). */
async function breakdown(dimension: Dimension, overrides: Partial<ReportFilter> = {}) {
  const filter = await resolveFilter({ ...defaultFilter(10), ...YEAR, ...overrides });
  const result = await complianceByDimension(filter, dimension, reference);
  const row = (value: string, code: string) => result.rows.find((r) => r.value === value && r.standard.code === code)!;
  return Object.fromEntries(result.values.map((v) => [v.name ?? v.key, [v.hearings, row(v.key, "S01").applicable, row(v.key, "S01").nonCompliant, row(v.key, "S07").unclear]]));
}

describe("compliance broken down by hearing attribute, counted by hand", () => {
  it("by the gender of the judge, prosecutor, defendant and victim, approved hearings only (cancelled ones included)", async () => {
    expect(await breakdown("judgeGender")).toEqual({ FEMALE: [3, 3, 1, 1], MALE: [2, 2, 2, 0] });
    expect(await breakdown("prosecutorGender")).toEqual({ FEMALE: [1, 1, 0, 1], MALE: [1, 1, 1, 0] });
    expect(await breakdown("defendantGender")).toEqual({ FEMALE: [1, 1, 1, 0], MALE: [2, 2, 1, 1] });
    expect(await breakdown("victimGender")).toEqual({ FEMALE: [1, 1, 1, 0] });
    // Left out where the values are written, not only where they are read.
    expect(await prisma.reportDimensionMonth.count({ where: { value: "UNKNOWN" } })).toBe(0);
  });

  it("by judge (named), language of proceedings, detention and counsel", async () => {
    expect(await breakdown("judge")).toEqual({ "Judge Ana": [2, 2, 1, 1], "Judge Besa": [1, 1, 1, 0], "Judge Dita": [1, 1, 0, 0] });
    expect(await breakdown("language")).toEqual({ ALBANIAN: [3, 3, 1, 1], SERBIAN: [1, 1, 1, 0] });
    expect(await breakdown("detention")).toEqual({ IN_DETENTION: [2, 2, 2, 0], AT_LIBERTY: [1, 1, 0, 1] });
    expect(await breakdown("counsel")).toEqual({ RETAINED: [2, 2, 1, 0], EX_OFFICIO: [1, 1, 1, 0], NONE: [1, 1, 0, 1] });
  });

  it("gives each value's rate with its interval and the minimum-n flag, as the other breakdowns do", async () => {
    const filter = await resolveFilter({ ...defaultFilter(2), ...YEAR });
    const { rows } = await complianceByDimension(filter, "judgeGender", reference);
    const female = rows.find((r) => r.value === "FEMALE" && r.standard.code === "S01")!;
    expect(female.rate).toBeCloseTo(1 / 3, 12);
    expect(female.belowMinimumN).toBe(false);
    expect(female.ciLow).toBeGreaterThan(0);
    expect(rows.find((r) => r.value === "MALE" && r.standard.code === "S07")).toMatchObject({ applicable: 0, rate: null });
  });

  it("counts a period off month boundaries (edge days from the per-hearing rows), a case-type filter and a region filter", async () => {
    expect(await breakdown("judgeGender", { from: "2025-01-15", to: "2025-03-20" })).toEqual({ FEMALE: [2, 2, 0, 1], MALE: [1, 1, 1, 0] });
    expect(await breakdown("judgeGender", { categories: ["CRIMINAL"] })).toEqual({ FEMALE: [2, 2, 1, 1], MALE: [1, 1, 1, 0] });
    expect(await breakdown("judgeGender", { regions: ["PEJE"] })).toEqual({ FEMALE: [2, 2, 1, 1], MALE: [1, 1, 1, 0] });
    // Whole years from the yearly summary, the rest from the monthly one and the per-hearing rows.
    expect(await breakdown("judgeGender", { from: "2024-07-01", to: "2025-12-31" })).toEqual({ FEMALE: [3, 3, 1, 1], MALE: [2, 2, 2, 0] });
    expect(await breakdown("judgeGender", { from: "2024-12-15", to: "2026-01-10" })).toEqual({ FEMALE: [3, 3, 1, 1], MALE: [2, 2, 2, 0] });
    expect(await breakdown("judgeGender", { from: "2025-01-15", to: "2025-12-31", categories: ["CRIMINAL"] })).toEqual({ FEMALE: [1, 1, 0, 1], MALE: [1, 1, 1, 0] });
    expect(await breakdown("judgeGender", { subjects: ["PROPERTY"] })).toEqual({ FEMALE: [1, 1, 0, 0], MALE: [1, 1, 1, 0] });
    const onlyS07 = await complianceByDimension(await resolveFilter({ ...defaultFilter(10), ...YEAR, standards: ["S07"] }), "judgeGender", reference);
    expect(onlyS07.values.map((v) => [v.key, v.hearings])).toEqual([["FEMALE", 3], ["MALE", 2]]);
    expect(onlyS07.rows.map((r) => [r.standard.code, r.value, r.unclear])).toEqual([["S07", "FEMALE", 1], ["S07", "MALE", 0]]);
  });

  it("follows a correction of an approved report, and the summary equals its recount", async () => {
    await prisma.hearing.update({ where: { id: hearingIds.get("D3")! }, data: { judgeGender: "FEMALE" } });
    expect(await breakdown("judgeGender")).toEqual({ FEMALE: [4, 4, 2, 1], MALE: [1, 1, 1, 0] });
    await prisma.hearing.update({ where: { id: hearingIds.get("N1")! }, data: { reviewState: "APPROVED", approvedAt: new Date() } });
    expect(await breakdown("judgeGender")).toEqual({ FEMALE: [5, 5, 3, 1], MALE: [1, 1, 1, 0] });
    expect(await summaryDifferences()).toEqual(IN_STEP);
  });
});
