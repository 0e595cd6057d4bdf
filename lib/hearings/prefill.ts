import "server-only";
import { hearingScope } from "@/lib/auth/scope";
import type { SessionUser } from "@/lib/auth/session-user";
import type { DbClient } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * What carries over from a case's previous hearing to its next one: the court's details (department, panel,
 * judge), the prosecutor, and the parties' presence and counsel. The monitor confirms them instead of
 * retyping; the hearing records where they came from (`prefilledFromHearingId`). Only a hearing the monitor
 * may see is read, and only one held before the new one is scheduled; a judge no longer sitting in the court
 * is left out. Names of people (the personal data) never carry over.
 */
export const PREFILLED_FIELDS = [
  "department", "panel", "judgeId", "judgeGender", "prosecutor", "prosecutorGender",
  "defendantsPresent", "defenceCounsel", "victimInvolved", "victimPresent", "victimRepresented",
] as const;

export type PrefilledFields = Pick<Prisma.HearingUncheckedCreateInput, (typeof PREFILLED_FIELDS)[number] | "prefilledFromHearingId">;

export async function prefillFromPreviousHearing(tx: DbClient, target: { caseId: number; courtId: number; scheduledAt: Date }, user: SessionUser): Promise<PrefilledFields> {
  const previous = await tx.hearing.findFirst({
    where: { caseId: target.caseId, scheduledAt: { lt: target.scheduledAt }, AND: [hearingScope(user)] },
    orderBy: [{ scheduledAt: "desc" }, { id: "desc" }],
    select: {
      id: true, department: true, panel: true, judgeId: true, judgeGender: true, prosecutor: true, prosecutorGender: true,
      defendantsPresent: true, defenceCounsel: true, victimInvolved: true, victimPresent: true, victimRepresented: true,
      judge: { select: { active: true, courtId: true } },
    },
  });
  if (!previous) return {};
  const judgeSits = !!previous.judge?.active && previous.judge.courtId === target.courtId;
  return {
    prefilledFromHearingId: previous.id,
    department: previous.department,
    panel: previous.panel,
    judgeId: judgeSits ? previous.judgeId : null,
    judgeGender: judgeSits ? previous.judgeGender : null,
    prosecutor: previous.prosecutor,
    prosecutorGender: previous.prosecutorGender,
    defendantsPresent: previous.defendantsPresent,
    defenceCounsel: previous.defenceCounsel,
    victimInvolved: previous.victimInvolved,
    victimPresent: previous.victimPresent,
    victimRepresented: previous.victimRepresented,
  };
}
