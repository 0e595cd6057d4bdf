import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import type { SessionUser } from "@/lib/auth/session-user";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { assertAnotherActiveAdmin } from "../admin-guard";
import { USER_AUDIT_SELECT } from "../audit-snapshot";
import type { UpdateUserInput } from "../schema";
import { assertRegionExists } from "./account-checks";

/**
 * Changes an account's name, role, region or language. A new role or region changes what the user may
 * see, so their open sessions end (the session version moves on) and they sign in again.
 */
export async function updateUserAccount(input: UpdateUserInput, actor: SessionUser) {
  return prisma.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: input.userId }, select: USER_AUDIT_SELECT });
    if (!before) throw new AppError("NOT_FOUND");
    await assertRegionExists(tx, input.regionId);
    const scopeChanged = before.role !== input.role || before.regionId !== input.regionId;
    const unchanged = !scopeChanged && before.name === input.name && before.locale === input.locale;
    if (unchanged) return { id: before.id, changed: false };
    if (before.role === "ADMIN" && input.role !== "ADMIN" && before.active) await assertAnotherActiveAdmin(tx, before.id);
    const after = await tx.user.update({
      where: { id: before.id },
      data: {
        name: input.name, role: input.role, regionId: input.regionId, locale: input.locale,
        ...(scopeChanged ? { sessionVersion: { increment: 1 } } : {}),
      },
      select: USER_AUDIT_SELECT,
    });
    await recordAudit(tx, { actorId: actor.id, action: "user.update", entityType: "User", entityId: before.id, before, after, meta: { sessionsEnded: scopeChanged } });
    return { id: before.id, changed: true };
  });
}
