import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import type { SessionUser } from "@/lib/auth/session-user";
import { prisma } from "@/lib/db";
import { COURT_AUDIT_SELECT } from "../audit-snapshot";
import { lockCourt, reason } from "./court-checks";

/**
 * Retires a court that no longer sits: it keeps its cases, judges and hearings (and every figure built on
 * them) and leaves the pickers. Its active branches must be moved or retired first.
 */
export async function retireCourt(courtId: number, actor: SessionUser) {
  return prisma.$transaction(async (tx) => {
    await lockCourt(tx, courtId);
    const before = await tx.court.findUniqueOrThrow({ where: { id: courtId }, select: COURT_AUDIT_SELECT });
    if (before.retiredAt) throw reason("alreadyRetired");
    if (await tx.court.count({ where: { parentId: courtId, retiredAt: null } })) throw reason("hasActiveBranches");
    const after = await tx.court.update({ where: { id: courtId }, data: { retiredAt: new Date() }, select: COURT_AUDIT_SELECT });
    await recordAudit(tx, { actorId: actor.id, action: "court.retire", entityType: "Court", entityId: courtId, before, after });
    return { id: courtId };
  });
}

/** Brings back a court retired by mistake. A merged court stays merged: its open work moved on. */
export async function restoreCourt(courtId: number, actor: SessionUser) {
  return prisma.$transaction(async (tx) => {
    await lockCourt(tx, courtId);
    const before = await tx.court.findUniqueOrThrow({ where: { id: courtId }, select: COURT_AUDIT_SELECT });
    if (!before.retiredAt) throw reason("notRetired");
    if (before.mergedIntoId) throw reason("mergedCourt");
    const after = await tx.court.update({ where: { id: courtId }, data: { retiredAt: null }, select: COURT_AUDIT_SELECT });
    await recordAudit(tx, { actorId: actor.id, action: "court.restore", entityType: "Court", entityId: courtId, before, after });
    return { id: courtId };
  });
}
