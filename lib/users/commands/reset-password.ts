import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { hashPassword } from "@/lib/auth/password";
import type { SessionUser } from "@/lib/auth/session-user";
import { clearAccountAttempts } from "@/lib/auth/throttle";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { USER_AUDIT_SELECT } from "../audit-snapshot";
import { generateTemporaryPassword } from "../temporary-password";

/**
 * Replaces a forgotten password with a temporary one, shown once to the admin. The user's sessions end
 * and the next sign-in asks for a new password. A lock-out from failed attempts is lifted too.
 */
export async function resetUserPassword(userId: number, actor: SessionUser) {
  const account = await prisma.user.findUnique({ where: { id: userId }, select: { email: true } });
  if (!account) throw new AppError("NOT_FOUND");
  const temporaryPassword = generateTemporaryPassword(account.email);
  const passwordHash = await hashPassword(temporaryPassword);
  await prisma.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: userId }, select: USER_AUDIT_SELECT });
    if (!before) throw new AppError("NOT_FOUND");
    const after = await tx.user.update({
      where: { id: userId },
      data: { passwordHash, mustChangePassword: true, sessionVersion: { increment: 1 } },
      select: USER_AUDIT_SELECT,
    });
    await recordAudit(tx, { actorId: actor.id, action: "user.resetPassword", entityType: "User", entityId: userId, before, after });
  });
  await clearAccountAttempts(account.email);
  return { id: userId, email: account.email, temporaryPassword };
}
