import "server-only";
import { hearingScope } from "@/lib/auth/scope";
import type { SessionUser } from "@/lib/auth/session-user";
import type { DbClient } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import type { ReviewState } from "@/lib/generated/prisma/enums";
import { assertMove, type ReviewMove } from "./transitions";

export interface ReviewedHearing {
  id: number;
  version: number;
  reviewState: ReviewState;
  monitorId: number;
  checklistVersionId: number;
  reviewerId: number | null;
  reviewedAt: Date | null;
  approvedAt: Date | null;
}

export interface StaleReviewDetails {
  reason: "stale";
  version: number;
  reviewState: ReviewState;
}

/** The version a reviewer read is no longer the stored one: they must reload before deciding. */
export function staleReview(current: { version: number; reviewState: ReviewState }): AppError {
  const details: StaleReviewDetails = { reason: "stale", version: current.version, reviewState: current.reviewState };
  return new AppError("CONFLICT", "The report changed since it was opened", undefined, details);
}

/**
 * Loads a report for a reviewer's move inside the caller's transaction: out of scope is not found, a move
 * from the wrong state is INVALID_STATE, a stale version is CONFLICT; all before anything is written.
 */
export async function loadForMove(tx: DbClient, move: ReviewMove, hearingId: number, baseVersion: number, user: SessionUser): Promise<ReviewedHearing> {
  const hearing = await tx.hearing.findFirst({
    where: { id: hearingId, AND: [hearingScope(user)] },
    select: { id: true, version: true, reviewState: true, monitorId: true, checklistVersionId: true, reviewerId: true, reviewedAt: true, approvedAt: true },
  });
  if (!hearing) throw new AppError("NOT_FOUND", "Hearing not found");
  assertMove(move, hearing.reviewState);
  if (hearing.version !== baseVersion) throw staleReview(hearing);
  return hearing;
}

/**
 * Moves the report to its next state guarded by the version and state read, so that a decision racing
 * another one loses with CONFLICT instead of overwriting it. Returns the new version.
 */
export async function moveReport(tx: DbClient, hearing: ReviewedHearing, data: { reviewState: ReviewState; reviewerId: number; reviewedAt: Date; approvedAt?: Date }): Promise<number> {
  const updated = await tx.hearing.updateMany({
    where: { id: hearing.id, version: hearing.version, reviewState: hearing.reviewState },
    data: { ...data, version: { increment: 1 } },
  });
  if (updated.count !== 1) {
    const current = await tx.hearing.findUniqueOrThrow({ where: { id: hearing.id }, select: { version: true, reviewState: true } });
    throw staleReview(current);
  }
  return hearing.version + 1;
}
