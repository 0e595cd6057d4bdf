import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { caseIndicators } from "@/lib/reports/case-indicator-queries";
import { complianceByQuestion, complianceByStandard } from "@/lib/reports/compliance-queries";
import { defaultFilter, type GroupBy, type ReportFilter } from "@/lib/reports/filter";
import { hearingIndicators } from "@/lib/reports/hearing-indicator-queries";
import { reportReference, type ReportReference } from "@/lib/reports/reference-queries";
import { resolveFilter } from "@/lib/reports/resolve-filter";
import { CASES, HEARINGS, YEAR_2025 } from "./hand-counted-fixture";
import { IN_STEP, summaryDifferences } from "./recount";
import { buildFixture, publishChecklistVersion2, type BuiltFixture } from "./report-fixture";

// The summaries are kept by database triggers, whatever code changes a report: these tests change review
// states, facts, cases, answers and results directly in the database, as any future code path might, and
// then check both a hand-known figure and that every summary equals a recount from scratch.
let fixture: BuiltFixture;
let reference: ReportReference;
const id = (name: string) => fixture.hearings.get(name)!;

async function s01(overrides: Partial<ReportFilter> = {}, groupBy: GroupBy = "standard") {
  const filter = await resolveFilter({ ...defaultFilter(10), ...YEAR_2025, standards: ["S01"], ...overrides });
  return (await complianceByStandard(filter, groupBy, reference)).map((r) => [r.group.key, r.applicable, r.nonCompliant]);
}

beforeAll(async () => {
  await publishChecklistVersion2();
  fixture = await buildFixture(CASES, HEARINGS);
  reference = await reportReference();
});

beforeEach(async () => {
  expect(await summaryDifferences()).toEqual(IN_STEP);
});

describe("summaries stay in step with the reports", () => {
  it("count a report once it is approved", async () => {
    expect(await s01({ from: "2025-05-01", to: "2025-05-31" })).toEqual([["", 1, 0]]);
    await prisma.hearing.update({ where: { id: id("N1") }, data: { reviewState: "APPROVED", approvedAt: new Date() } });
    expect(await s01({ from: "2025-05-01", to: "2025-05-31" })).toEqual([["", 2, 1]]);
    expect(await summaryDifferences()).toEqual(IN_STEP);
  });

  it("drop a report that is returned", async () => {
    expect(await s01({ from: "2025-02-01", to: "2025-02-28" })).toEqual([["", 1, 1]]);
    await prisma.hearing.update({ where: { id: id("H2") }, data: { reviewState: "RETURNED" } });
    expect(await s01({ from: "2025-02-01", to: "2025-02-28" })).toEqual([["", 0, 0]]);
    expect(await summaryDifferences()).toEqual(IN_STEP);
  });

  it("follow a correction of an approved report's answers and results", async () => {
    const april = { from: "2025-04-01", to: "2025-04-30" };
    expect(await s01(april)).toEqual([["", 1, 0]]);
    await prisma.$transaction(async (tx) => {
      await tx.answer.updateMany({ where: { hearingId: id("H6"), questionCode: "PUB_LISTED" }, data: { value: "NO", compliance: "NON_COMPLIANT" } });
      const s01Id = reference.standards.find((s) => s.code === "S01")!.id;
      await tx.hearingStandardResult.update({ where: { hearingId_standardId: { hearingId: id("H6"), standardId: s01Id } }, data: { result: "NON_COMPLIANT", nonCompliantCount: 1 } });
    });
    expect(await s01(april)).toEqual([["", 1, 1]]);
    const questions = await complianceByQuestion(await resolveFilter({ ...defaultFilter(10), ...april }), "standard", reference);
    expect(questions.find((q) => q.questionCode === "PUB_LISTED")).toMatchObject({ applicable: 1, nonCompliant: 1 });
    expect(await summaryDifferences()).toEqual(IN_STEP);
  });

  it("follow a correction that rewrites all answers and results at once", async () => {
    const july = { from: "2025-07-01", to: "2025-07-31" };
    expect(await s01(july)).toEqual([["", 1, 1]]);
    await prisma.$transaction(async (tx) => {
      const answers = await tx.answer.findMany({ where: { hearingId: id("H11") } });
      const results = await tx.hearingStandardResult.findMany({ where: { hearingId: id("H11") } });
      await tx.answer.deleteMany({ where: { hearingId: id("H11") } });
      await tx.hearingStandardResult.deleteMany({ where: { hearingId: id("H11") } });
      await tx.answer.createMany({
        data: answers.map(({ updatedAt: _u, ...a }) => (a.questionCode === "PUB_LISTED" ? { ...a, value: "YES", compliance: "COMPLIANT" as const } : { ...a, value: a.value as never })),
      });
      await tx.hearingStandardResult.createMany({
        data: results.map((r) => (r.standardId === reference.standards.find((s) => s.code === "S01")!.id ? { ...r, result: "COMPLIANT" as const, nonCompliantCount: 0 } : r)),
      });
    });
    expect(await s01(july)).toEqual([["", 1, 0]]);
    expect(await summaryDifferences()).toEqual(IN_STEP);
  });

  it("move a hearing when its case changes subject, its court or its date changes", async () => {
    await prisma.case.update({ where: { id: fixture.cases.get("B")! }, data: { subject: "FAMILY" } });
    expect((await s01({}, "subject")).find(([g]) => g === "FAMILY")).toEqual(["FAMILY", 2, 2]);
    expect((await s01({}, "subject")).find(([g]) => g === "PROPERTY")).toBeUndefined();
    // C's verdict moves from 15 to 25 September: 2 April → 25 September is 176 days (A keeps its 161).
    await prisma.case.update({ where: { id: fixture.cases.get("C")! }, data: { verdictAt: new Date("2025-09-25T00:00:00Z") } });
    const [cases] = await caseIndicators(await resolveFilter({ ...defaultFilter(10), ...YEAR_2025 }), "standard", reference);
    expect(cases!.daysToVerdict).toEqual({ count: 2, mean: 168.5, median: 168.5 });

    const peje = reference.courts.find((c) => c.code === "BC-PEJE")!;
    await prisma.hearing.update({ where: { id: id("H7") }, data: { courtId: peje.id, scheduledAt: new Date("2025-10-01T08:00:00Z") } });
    expect((await s01({}, "court")).find(([g]) => g === "BC-PRIZREN")).toEqual(["BC-PRIZREN", 3, 1]);
    expect((await s01({}, "month")).filter(([g]) => g === "2025-09" || g === "2025-10")).toEqual([["2025-09", 0, 0], ["2025-10", 1, 1]]);
    expect(await summaryDifferences()).toEqual(IN_STEP);
  });

  it("follow changed facts of an approved hearing", async () => {
    const filter = await resolveFilter({ ...defaultFilter(10), from: "2025-01-01", to: "2025-01-31" });
    const before = (await hearingIndicators(filter, { groupBy: "standard", lateStartMinutes: 15 }, reference))[0]!;
    expect([before.rates.lateStart.numerator, before.rates.adjourned.numerator]).toEqual([1, 1]);
    await prisma.hearing.update({ where: { id: id("H8") }, data: { delayMinutes: 5, status: "HELD", adjournmentReasons: [] } });
    const after = (await hearingIndicators(filter, { groupBy: "standard", lateStartMinutes: 15 }, reference))[0]!;
    expect([after.rates.lateStart.numerator, after.rates.adjourned.numerator, after.reasons.every((r) => r.numerator === 0)]).toEqual([0, 0, true]);
    expect(await summaryDifferences()).toEqual(IN_STEP);
  });

  it("count the answers of the version a hearing moves to", async () => {
    // H10 carries a stale version-1 answer PUB_LISTED "NO": counted once the hearing says it is on version 1
    // (May also holds N1, approved above, which answered "NO").
    const may = { from: "2025-05-01", to: "2025-05-31" };
    const v1 = await prisma.checklistVersion.findFirstOrThrow({ where: { number: 1 } });
    await prisma.hearing.update({ where: { id: id("H10") }, data: { checklistVersionId: v1.id } });
    const questions = await complianceByQuestion(await resolveFilter({ ...defaultFilter(10), ...may }), "standard", reference);
    expect(questions.find((q) => q.questionCode === "PUB_LISTED")).toMatchObject({ applicable: 2, nonCompliant: 2 });
    expect(questions.find((q) => q.questionCode === "PUB_MEDIA_ADMITTED")).toMatchObject({ applicable: 0 });
    expect(await summaryDifferences()).toEqual(IN_STEP);
  });

  it("take back everything a deleted hearing counted", async () => {
    await prisma.hearing.delete({ where: { id: id("H4") } });
    expect(await s01({ from: "2025-03-01", to: "2025-03-31" })).toEqual([["", 1, 1]]);
    expect(await summaryDifferences()).toEqual(IN_STEP);
  });

  it("follow one statement that changes many hearings, and a rebuild changes nothing", async () => {
    const before = await s01({}, "court");
    const approved = await prisma.hearing.findMany({ where: { reviewState: "APPROVED" }, select: { id: true } });
    await prisma.hearing.updateMany({ where: { id: { in: approved.map((h) => h.id) } }, data: { reviewState: "SUBMITTED" } });
    expect(await s01({}, "court")).toEqual([]);
    expect(await summaryDifferences()).toEqual(IN_STEP);
    await prisma.hearing.updateMany({ where: { id: { in: approved.map((h) => h.id) } }, data: { reviewState: "APPROVED" } });
    expect(await s01({}, "court")).toEqual(before);
    await prisma.$queryRaw`SELECT report_summaries_rebuild()`;
    expect(await s01({}, "court")).toEqual(before);
    expect(await summaryDifferences()).toEqual(IN_STEP);
  });
});
