import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import type { SessionUser } from "@/lib/auth/session-user";
import { prisma } from "@/lib/db";
import { COURT_AUDIT_SELECT } from "../audit-snapshot";
import type { UpdateCourtInput } from "../schema";
import { assertValidParent, lockCourt } from "./court-checks";

/** Renames a court (both languages) and corrects its kind, parent and departments. */
export async function updateCourt({ courtId, ...changes }: UpdateCourtInput, actor: SessionUser) {
  return prisma.$transaction(async (tx) => {
    await lockCourt(tx, courtId);
    const before = await tx.court.findUniqueOrThrow({ where: { id: courtId }, select: COURT_AUDIT_SELECT });
    await assertValidParent(tx, changes.parentId, courtId);
    const same = before.kind === changes.kind && before.nameSq === changes.nameSq && before.nameSr === changes.nameSr
      && before.parentId === changes.parentId && [...before.departments].sort().join() === [...changes.departments].sort().join();
    if (same) return { id: courtId, changed: false };
    const after = await tx.court.update({ where: { id: courtId }, data: changes, select: COURT_AUDIT_SELECT });
    await recordAudit(tx, { actorId: actor.id, action: "court.update", entityType: "Court", entityId: courtId, before, after });
    return { id: courtId, changed: true };
  });
}
