import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import type { SessionUser } from "@/lib/auth/session-user";
import { findOrCreateCase } from "@/lib/cases/find-or-create-case";
import { latestPublishedVersionId } from "@/lib/checklists/version-queries";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { fromCourtDateTimeInput } from "@/lib/time/zone";
import { courtsForUserWhere } from "./court-options";
import { prefillFromPreviousHearing } from "./prefill";
import type { ScheduleHearingInput } from "./schedule-schema";

export interface ScheduleResult {
  hearingId: number;
  version: number;
  /** False when the key had already created it (a retried sync). */
  created: boolean;
}

async function existingForKey(clientKey: string, user: SessionUser): Promise<ScheduleResult | null> {
  const hearing = await prisma.hearing.findUnique({ where: { clientKey }, select: { id: true, version: true, monitorId: true } });
  if (!hearing) return null;
  // A key is the browser's own random value: another user's hearing under it is a collision, not a retry.
  if (hearing.monitorId !== user.id) throw new AppError("CONFLICT", "This key belongs to another report");
  return { hearingId: hearing.id, version: hearing.version, created: false };
}

/**
 * Creates a draft report on the latest published checklist version for a hearing in one of the monitor's
 * courts, finding or creating its case. The browser's key makes it idempotent: a report started offline
 * and synced twice is created once.
 */
export async function scheduleHearing(input: ScheduleHearingInput, user: SessionUser): Promise<ScheduleResult> {
  const earlier = await existingForKey(input.clientKey, user);
  if (earlier) return earlier;
  try {
    return await prisma.$transaction(async (tx) => {
      const court = await tx.court.findFirst({ where: { id: input.courtId, AND: [courtsForUserWhere(user)] }, select: { id: true, departments: true } });
      if (!court) throw new AppError("VALIDATION", "Court not available", { courtId: ["validation.invalid"] });
      const kase = await findOrCreateCase(tx, { courtId: court.id, courtDepartments: court.departments, caseNumber: input.caseNumber, category: input.category, subject: input.subject }, user);
      const scheduledAt = fromCourtDateTimeInput(input.scheduledAt)!;
      // A case seen before: its previous hearing's court details, prosecutor and parties, to confirm.
      const prefill = kase.created ? {} : await prefillFromPreviousHearing(tx, { caseId: kase.id, courtId: court.id, scheduledAt }, user);
      const hearing = await tx.hearing.create({
        data: {
          caseId: kase.id, courtId: court.id, department: kase.department, monitorId: user.id,
          checklistVersionId: await latestPublishedVersionId(tx), clientKey: input.clientKey,
          scheduledAt, stage: input.stage, ...prefill,
        },
        select: { id: true, version: true, caseId: true, courtId: true, scheduledAt: true, stage: true, checklistVersionId: true, reviewState: true, prefilledFromHearingId: true },
      });
      await recordAudit(tx, { actorId: user.id, action: "hearing.create", entityType: "Hearing", entityId: hearing.id, after: hearing, meta: { caseCreated: kase.created } });
      return { hearingId: hearing.id, version: hearing.version, created: true };
    });
  } catch (error) {
    const raced = await existingForKey(input.clientKey, user);
    if (raced) return raced;
    throw error;
  }
}
