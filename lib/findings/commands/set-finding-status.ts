import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import type { SessionUser } from "@/lib/auth/session-user";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { findingSnapshot, staleFinding } from "../audit-snapshot";
import type { SetFindingStatusInput } from "../schema";

/** Closes a finding (the mission's follow-up is done) or reopens it, audited. */
export async function setFindingStatus(input: SetFindingStatusInput, user: SessionUser): Promise<{ findingId: number; version: number }> {
  return prisma.$transaction(async (tx) => {
    const before = await findingSnapshot(tx, input.findingId);
    if (before.status === input.status) {
      throw new AppError("INVALID_STATE", `The finding is already ${input.status.toLowerCase()}`, undefined, { reason: input.status === "CLOSED" ? "alreadyClosed" : "alreadyOpen" });
    }
    if (before.version !== input.baseVersion) throw staleFinding(before);
    const updated = await tx.finding.updateMany({
      where: { id: before.id, version: before.version },
      data: { status: input.status, closedAt: input.status === "CLOSED" ? new Date() : null, version: { increment: 1 } },
    });
    if (updated.count !== 1) throw staleFinding(await findingSnapshot(tx, before.id));
    const after = await findingSnapshot(tx, before.id);
    await recordAudit(tx, { actorId: user.id, action: input.status === "CLOSED" ? "finding.close" : "finding.reopen", entityType: "Finding", entityId: before.id, before, after });
    return { findingId: before.id, version: after.version };
  });
}
