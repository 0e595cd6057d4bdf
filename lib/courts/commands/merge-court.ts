import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import type { SessionUser } from "@/lib/auth/session-user";
import { prisma } from "@/lib/db";
import { COURT_AUDIT_SELECT } from "../audit-snapshot";
import type { MergeCourtInput } from "../schema";
import { lockCourt, reason } from "./court-checks";

/**
 * Merges a court into another, as when a branch is absorbed by its Basic Court:
 * - the merged court is retired and points to the one that absorbed it (`mergedIntoId`);
 * - its past hearings stay where they were heard: figures by court keep showing them under the merged
 *   court (reports may roll them up through `mergedIntoId`), figures by region are unchanged;
 * - its open cases, active judges and active branches move to the absorbing court, so that the next
 *   hearing of a case continues its history there (a case or judge whose number or name already exists
 *   there stays behind and is counted in the audit entry).
 */
export async function mergeCourt({ courtId, intoId }: MergeCourtInput, actor: SessionUser) {
  if (courtId === intoId) throw reason("mergeIntoSelf");
  return prisma.$transaction(async (tx) => {
    // Lock both in id order, so that two merges of the same pair cannot deadlock.
    for (const id of [courtId, intoId].sort((a, b) => a - b)) await lockCourt(tx, id);
    const before = await tx.court.findUniqueOrThrow({ where: { id: courtId }, select: COURT_AUDIT_SELECT });
    const target = await tx.court.findUniqueOrThrow({ where: { id: intoId }, select: { id: true, retiredAt: true, parentId: true } });
    if (before.retiredAt) throw reason("alreadyRetired");
    if (target.retiredAt) throw reason("targetRetired");
    if (target.parentId === courtId) throw reason("mergeIntoSelf", "A court cannot be merged into its own branch");

    // In SQL: the target court can hold far more cases than a query may carry parameters.
    const movedOpenCases = await tx.$executeRaw`
      UPDATE "Case" AS moving SET "courtId" = ${intoId}, "updatedAt" = now()
      WHERE moving."courtId" = ${courtId} AND moving."status" = 'OPEN'
        AND NOT EXISTS (SELECT 1 FROM "Case" AS there WHERE there."courtId" = ${intoId} AND there."caseNumber" = moving."caseNumber")`;
    const movedJudges = await tx.$executeRaw`
      UPDATE "Judge" AS moving SET "courtId" = ${intoId}
      WHERE moving."courtId" = ${courtId} AND moving."active"
        AND NOT EXISTS (SELECT 1 FROM "Judge" AS there WHERE there."courtId" = ${intoId} AND there."name" = moving."name")`;
    const branches = await tx.court.updateMany({ where: { parentId: courtId, retiredAt: null }, data: { parentId: intoId } });
    const after = await tx.court.update({ where: { id: courtId }, data: { retiredAt: new Date(), mergedIntoId: intoId }, select: COURT_AUDIT_SELECT });
    const casesLeft = await tx.case.count({ where: { courtId, status: "OPEN" } });
    const meta = { into: intoId, movedOpenCases, openCasesLeft: casesLeft, movedJudges, movedBranches: branches.count };
    await recordAudit(tx, { actorId: actor.id, action: "court.merge", entityType: "Court", entityId: courtId, before, after, meta });
    await recordAudit(tx, { actorId: actor.id, action: "court.absorb", entityType: "Court", entityId: intoId, meta: { from: courtId, ...meta } });
    return { id: courtId, ...meta };
  });
}
