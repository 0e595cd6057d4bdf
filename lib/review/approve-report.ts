import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import type { SessionUser } from "@/lib/auth/session-user";
import { prisma } from "@/lib/db";
import { loadForMove, moveReport } from "./reviewed-hearing";
import type { ApproveReportInput } from "./schema";

export interface ReviewDecision {
  hearingId: number;
  version: number;
  reviewState: "APPROVED" | "RETURNED";
}

/**
 * Approves a submitted report: it becomes APPROVED (and counts in reports and dashboards), the open review
 * comments are settled (they stay with the report as its history), and the move is audited, in one
 * transaction.
 */
export async function approveReport(input: ApproveReportInput, user: SessionUser): Promise<ReviewDecision> {
  return prisma.$transaction(async (tx) => {
    const hearing = await loadForMove(tx, "approve", input.hearingId, input.baseVersion, user);
    const now = new Date();
    const version = await moveReport(tx, hearing, { reviewState: "APPROVED", reviewerId: user.id, reviewedAt: now, approvedAt: now });
    const settled = await tx.reviewComment.updateMany({ where: { hearingId: hearing.id, resolvedAt: null }, data: { resolvedAt: now } });
    await recordAudit(tx, {
      actorId: user.id, action: "hearing.approve", entityType: "Hearing", entityId: hearing.id,
      before: { reviewState: hearing.reviewState, version: hearing.version, reviewerId: hearing.reviewerId, reviewedAt: hearing.reviewedAt, approvedAt: hearing.approvedAt },
      after: { reviewState: "APPROVED", version, reviewerId: user.id, reviewedAt: now, approvedAt: now },
      meta: { commentsSettled: settled.count },
    });
    return { hearingId: hearing.id, version, reviewState: "APPROVED" as const };
  });
}
