import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import type { SessionUser } from "@/lib/auth/session-user";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { REGION_AUDIT_SELECT } from "../audit-snapshot";
import type { CreateRegionInput, RenameRegionInput } from "../schema";

export async function createRegion(input: CreateRegionInput, actor: SessionUser) {
  return prisma.$transaction(async (tx) => {
    if (await tx.region.findUnique({ where: { code: input.code }, select: { id: true } })) {
      throw new AppError("VALIDATION", "Code taken", { code: ["validation.codeTaken"] });
    }
    const region = await tx.region.create({ data: input, select: REGION_AUDIT_SELECT });
    await recordAudit(tx, { actorId: actor.id, action: "region.create", entityType: "Region", entityId: region.id, after: region });
    return { id: region.id };
  });
}

export async function renameRegion({ regionId, nameSq, nameSr }: RenameRegionInput, actor: SessionUser) {
  return prisma.$transaction(async (tx) => {
    const before = await tx.region.findUnique({ where: { id: regionId }, select: REGION_AUDIT_SELECT });
    if (!before) throw new AppError("NOT_FOUND");
    if (before.nameSq === nameSq && before.nameSr === nameSr) return { id: regionId, changed: false };
    const after = await tx.region.update({ where: { id: regionId }, data: { nameSq, nameSr }, select: REGION_AUDIT_SELECT });
    await recordAudit(tx, { actorId: actor.id, action: "region.rename", entityType: "Region", entityId: regionId, before, after });
    return { id: regionId, changed: true };
  });
}
