import { beforeEach, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session-user";
import { prisma } from "@/lib/db";
import { navBadges } from "@/lib/notifications/badge-queries";
import { reviewQueueFiltersSchema } from "@/lib/review/queue-filters";
import { reviewQueue } from "@/lib/review/queue-queries";
import { returnReport } from "@/lib/review/return-report";
import { createUser, regionId } from "../../support/fixtures";
import { courtId } from "../../support/hearing-fixtures";
import { submittedReport } from "../../support/review-fixtures";

const queue = (values: Record<string, unknown> = {}) => reviewQueue(reviewQueueFiltersSchema.parse({ size: 100, ...values }));

describe("the review queue and the menu's badges", () => {
  let monitor: SessionUser;
  let analyst: SessionUser;
  beforeEach(async () => {
    monitor = await createUser("MONITOR");
    analyst = await createUser("ANALYST");
  });

  it("lists submitted reports oldest submission first, filtered by region, court, subject and monitor", async () => {
    const other = await createUser("MONITOR");
    const older = await submittedReport(monitor);
    const newer = await submittedReport(other);
    await prisma.hearing.update({ where: { id: older.hearingId }, data: { submittedAt: new Date("2026-01-01T08:00:00Z") } });
    await prisma.hearing.update({ where: { id: newer.hearingId }, data: { submittedAt: new Date("2026-01-02T08:00:00Z") } });
    await prisma.case.update({ where: { id: (await prisma.hearing.findUniqueOrThrow({ where: { id: newer.hearingId } })).caseId }, data: { subject: "CORRUPTION" } });
    const mine = new Set([older.hearingId, newer.hearingId]);
    const ids = async (values: Record<string, unknown> = {}) => (await queue(values)).items.map((h) => h.id).filter((id) => mine.has(id));

    expect(await ids()).toEqual([older.hearingId, newer.hearingId]);
    expect(await ids({ monitor: other.id })).toEqual([newer.hearingId]);
    expect(await ids({ subject: "CORRUPTION" })).toEqual([newer.hearingId]);
    expect(await ids({ court: await courtId("BC-PRISHTINE") })).toEqual([older.hearingId, newer.hearingId]);
    expect(await ids({ court: await courtId("BC-PRIZREN") })).toEqual([]);
    expect(await ids({ region: await regionId("PRISHTINE") })).toEqual([older.hearingId, newer.hearingId]);
    expect(await ids({ region: await regionId("PEJE") })).toEqual([]);

    await returnReport({ hearingId: older.hearingId, baseVersion: older.version, general: "Fix.", questions: [] }, analyst);
    expect(await ids()).toEqual([newer.hearingId]);
  });

  it("a monitor's badge counts their returned reports; a reviewer's the reports waiting; managers' the overdue replies", async () => {
    const waitingBefore = (await navBadges(analyst)).waitingReports!;
    const a = await submittedReport(monitor);
    await submittedReport(monitor);
    expect(await navBadges(monitor)).toEqual({ returnedReports: 0, waitingReports: undefined, overdueInterventions: undefined });
    expect((await navBadges(analyst)).waitingReports).toBe(waitingBefore + 2);

    await returnReport({ hearingId: a.hearingId, baseVersion: a.version, general: "Fix.", questions: [] }, analyst);
    expect((await navBadges(monitor)).returnedReports).toBe(1);
    expect((await navBadges(analyst)).waitingReports).toBe(waitingBefore + 1);

    const manager = await createUser("MANAGER");
    const overdueBefore = (await navBadges(manager)).overdueInterventions!;
    await prisma.intervention.create({
      data: { institution: "MINISTRY", addressee: "Ministry of Justice", type: "LETTER", title: "Overdue", sentAt: new Date("2026-01-01"), replyDueAt: new Date("2026-01-31"), createdById: analyst.id },
    });
    const badges = await navBadges(manager, new Date("2026-02-15T12:00:00Z"));
    expect(badges).toEqual({ returnedReports: undefined, waitingReports: undefined, overdueInterventions: expect.any(Number) });
    expect(badges.overdueInterventions).toBeGreaterThanOrEqual(overdueBefore + 1);
  });
});
