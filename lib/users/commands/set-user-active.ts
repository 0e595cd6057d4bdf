import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import type { SessionUser } from "@/lib/auth/session-user";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { assertAnotherActiveAdmin } from "../admin-guard";
import { USER_AUDIT_SELECT } from "../audit-snapshot";

/**
 * Deactivates or reactivates an account. Deactivation moves the session version on, so the user's open
 * sessions stop at their next request; their API tokens stop with the account (lib/auth/api-token.ts).
 */
export async function setUserActive(userId: number, active: boolean, actor: SessionUser) {
  return prisma.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: userId }, select: USER_AUDIT_SELECT });
    if (!before) throw new AppError("NOT_FOUND");
    if (before.active === active) return { id: userId, changed: false };
    if (!active && before.role === "ADMIN") await assertAnotherActiveAdmin(tx, userId);
    const after = await tx.user.update({
      where: { id: userId },
      data: { active, ...(active ? {} : { sessionVersion: { increment: 1 } }) },
      select: USER_AUDIT_SELECT,
    });
    await recordAudit(tx, { actorId: actor.id, action: active ? "user.reactivate" : "user.deactivate", entityType: "User", entityId: userId, before, after });
    return { id: userId, changed: true };
  });
}
