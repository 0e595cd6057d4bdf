import "server-only";
import type { DbClient } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import type { ReviewState } from "@/lib/generated/prisma/enums";

/** A finding rests on reports an analyst has in hand: submitted for review or approved, never a monitor's working copy. */
export const FINDING_HEARING_STATES: readonly ReviewState[] = ["SUBMITTED", "APPROVED"];

/**
 * Checks the standard and the hearings a finding names, and tells which case it is about: the case all its
 * hearings share, or none when they span several cases.
 */
export async function resolveFindingTargets(tx: DbClient, standardId: number, hearingIds: number[]): Promise<{ caseId: number | null }> {
  if (!(await tx.standard.count({ where: { id: standardId } }))) {
    throw new AppError("VALIDATION", "No such standard", { standardId: ["validation.invalid"] });
  }
  const hearings = await tx.hearing.findMany({ where: { id: { in: hearingIds } }, select: { id: true, caseId: true, reviewState: true } });
  if (hearings.length !== hearingIds.length) throw new AppError("VALIDATION", "A hearing does not exist", { hearingIds: ["validation.invalid"] });
  const unreviewed = hearings.find((h) => !FINDING_HEARING_STATES.includes(h.reviewState));
  if (unreviewed) {
    throw new AppError("INVALID_STATE", "A finding rests on submitted or approved reports only", undefined, { reason: "hearingNotReviewed", hearingId: unreviewed.id, state: unreviewed.reviewState });
  }
  const cases = new Set(hearings.map((h) => h.caseId));
  return { caseId: cases.size === 1 ? hearings[0]!.caseId : null };
}
