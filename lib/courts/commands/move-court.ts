import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import type { SessionUser } from "@/lib/auth/session-user";
import { prisma } from "@/lib/db";
import type { MoveCourtInput } from "../schema";
import { assertRegionExists, lockCourt } from "./court-checks";

/**
 * Maps a court (and, when asked, its active branches) to another mission region. The mapping is current,
 * not historical: the new region's monitors see the court's reports and region figures count its past
 * hearings under the new region from now on, which is what "this office covers that court" means.
 */
export async function moveCourt({ courtId, regionId, withBranches }: MoveCourtInput, actor: SessionUser) {
  return prisma.$transaction(async (tx) => {
    await lockCourt(tx, courtId);
    await assertRegionExists(tx, regionId);
    const court = await tx.court.findUniqueOrThrow({ where: { id: courtId }, select: { regionId: true } });
    const branches = withBranches
      ? await tx.court.findMany({ where: { parentId: courtId, retiredAt: null, regionId: { not: regionId } }, select: { id: true, regionId: true } })
      : [];
    if (court.regionId === regionId && branches.length === 0) return { id: courtId, changed: false };
    const moved = [{ id: courtId, regionId: court.regionId }, ...branches].filter((c) => c.regionId !== regionId);
    await tx.court.updateMany({ where: { id: { in: moved.map((c) => c.id) } }, data: { regionId } });
    for (const c of moved) {
      await recordAudit(tx, {
        actorId: actor.id, action: "court.move", entityType: "Court", entityId: c.id,
        before: { regionId: c.regionId }, after: { regionId }, meta: c.id === courtId ? { branches: branches.map((b) => b.id) } : { withParent: courtId },
      });
    }
    return { id: courtId, changed: true, moved: moved.length };
  });
}
