import "server-only";
import type { DbClient } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";

const invalid = (field: string, message: string) => new AppError("VALIDATION", "Invalid court", { [field]: [message] });
export const reason = (why: string, message = why) => new AppError("INVALID_STATE", message, undefined, { reason: why });

export async function assertRegionExists(tx: DbClient, regionId: number) {
  if (!(await tx.region.findUnique({ where: { id: regionId }, select: { id: true } }))) throw invalid("regionId", "validation.invalid");
}

/**
 * A parent must be an active court, and not the court itself or one of the courts under it (which would
 * make a loop).
 */
export async function assertValidParent(tx: DbClient, parentId: number | null, courtId?: number) {
  if (parentId === null) return;
  if (parentId === courtId) throw invalid("parentId", "validation.invalid");
  let current = await tx.court.findUnique({ where: { id: parentId }, select: { id: true, parentId: true, retiredAt: true } });
  if (!current || current.retiredAt) throw invalid("parentId", "validation.invalid");
  for (let depth = 0; current?.parentId && depth < 10; depth++) {
    if (current.parentId === courtId) throw invalid("parentId", "validation.invalid");
    current = await tx.court.findUnique({ where: { id: current.parentId }, select: { id: true, parentId: true, retiredAt: true } });
  }
}

/** The court as it is now, locked until the transaction ends, so that two admins' changes to it queue up. */
export async function lockCourt(tx: DbClient, courtId: number) {
  const rows = await tx.$queryRaw<{ id: number }[]>`SELECT id FROM "Court" WHERE id = ${courtId} FOR UPDATE`;
  if (rows.length === 0) throw new AppError("NOT_FOUND");
}
