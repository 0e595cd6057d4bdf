import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import type { SessionUser } from "@/lib/auth/session-user";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import type { ReviewDecision } from "./approve-report";
import { loadForMove, moveReport } from "./reviewed-hearing";
import type { ReturnReportInput } from "./schema";

/**
 * Returns a submitted report to its monitor with a general comment and comments on questions, as a new
 * review round. The earlier rounds' comments are settled but kept: the thread stays with the report.
 */
export async function returnReport(input: ReturnReportInput, user: SessionUser): Promise<ReviewDecision> {
  return prisma.$transaction(async (tx) => {
    const hearing = await loadForMove(tx, "return", input.hearingId, input.baseVersion, user);
    const known = new Set(
      (await tx.checklistQuestion.findMany({ where: { versionId: hearing.checklistVersionId }, select: { code: true } })).map((q) => q.code),
    );
    const unknown = input.questions.findIndex((c) => !known.has(c.code));
    if (unknown >= 0) throw new AppError("VALIDATION", "No such question in this report's checklist", { [`questions.${unknown}.code`]: ["validation.invalid"] });

    const now = new Date();
    const version = await moveReport(tx, hearing, { reviewState: "RETURNED", reviewerId: user.id, reviewedAt: now });
    const last = await tx.reviewComment.aggregate({ where: { hearingId: hearing.id }, _max: { round: true } });
    const round = (last._max.round ?? 0) + 1;
    await tx.reviewComment.updateMany({ where: { hearingId: hearing.id, resolvedAt: null }, data: { resolvedAt: now } });
    const comments = [
      ...(input.general ? [{ questionCode: null, body: input.general }] : []),
      ...input.questions.map((c) => ({ questionCode: c.code, body: c.body })),
    ];
    await tx.reviewComment.createMany({ data: comments.map((c) => ({ ...c, hearingId: hearing.id, authorId: user.id, round, createdAt: now })) });
    await recordAudit(tx, {
      actorId: user.id, action: "hearing.return", entityType: "Hearing", entityId: hearing.id,
      before: { reviewState: hearing.reviewState, version: hearing.version, reviewerId: hearing.reviewerId, reviewedAt: hearing.reviewedAt },
      after: { reviewState: "RETURNED", version, reviewerId: user.id, reviewedAt: now, round, comments },
    });
    return { hearingId: hearing.id, version, reviewState: "RETURNED" as const };
  });
}
