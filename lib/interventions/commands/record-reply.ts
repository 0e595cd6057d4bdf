import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import type { SessionUser } from "@/lib/auth/session-user";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { toDbDate } from "../calendar-date";
import { interventionSnapshot, staleIntervention } from "../intervention-record";
import type { RecordReplyInput } from "../schema";

/**
 * Marks the reply received: its date (not before the intervention was sent), what it says and the outcome
 * the mission records, audited. An intervention not yet sent cannot have a reply.
 */
export async function recordReply(input: RecordReplyInput, user: SessionUser): Promise<{ interventionId: number; version: number }> {
  return prisma.$transaction(async (tx) => {
    const before = await interventionSnapshot(tx, input.interventionId);
    if (!before.sentAt) throw new AppError("INVALID_STATE", "The intervention has not been sent", undefined, { reason: "notSent" });
    if (before.version !== input.baseVersion) throw staleIntervention(before);
    if (input.repliedAt < before.sentAt) throw new AppError("VALIDATION", "Reply before sending", { repliedAt: ["validation.beforeSent"] });
    const updated = await tx.intervention.updateMany({
      where: { id: before.id, version: before.version },
      data: { repliedAt: toDbDate(input.repliedAt), reply: input.reply, outcome: input.outcome, version: { increment: 1 } },
    });
    if (updated.count !== 1) throw staleIntervention(await interventionSnapshot(tx, before.id));
    const after = await interventionSnapshot(tx, before.id);
    await recordAudit(tx, { actorId: user.id, action: "intervention.reply", entityType: "Intervention", entityId: before.id, before, after });
    return { interventionId: before.id, version: after.version };
  });
}
