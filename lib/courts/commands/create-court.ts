import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import type { SessionUser } from "@/lib/auth/session-user";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { COURT_AUDIT_SELECT } from "../audit-snapshot";
import type { CreateCourtInput } from "../schema";
import { assertRegionExists, assertValidParent } from "./court-checks";

export async function createCourt(input: CreateCourtInput, actor: SessionUser) {
  return prisma.$transaction(async (tx) => {
    if (await tx.court.findUnique({ where: { code: input.code }, select: { id: true } })) {
      throw new AppError("VALIDATION", "Code taken", { code: ["validation.codeTaken"] });
    }
    await assertRegionExists(tx, input.regionId);
    await assertValidParent(tx, input.parentId);
    const court = await tx.court.create({ data: input, select: COURT_AUDIT_SELECT });
    await recordAudit(tx, { actorId: actor.id, action: "court.create", entityType: "Court", entityId: court.id, after: court });
    return { id: court.id };
  });
}
