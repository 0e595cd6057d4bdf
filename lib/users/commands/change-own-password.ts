import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import type { SessionUser } from "@/lib/auth/session-user";
import { clearAttempts, countAttempt, throttleKeys } from "@/lib/auth/throttle";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { passwordIssue, passwordIssueMessage } from "../password-policy";
import type { ChangePasswordInput } from "../schema";

const invalid = (field: string, message: string) => new AppError("VALIDATION", "Invalid password", { [field]: [message] });

/**
 * The signed-in user replaces their password (required after an admin made or reset it). Each attempt
 * counts towards the account's sign-in lock-out from the client's address, as at sign-in. Other sessions
 * end; the form signs in again.
 */
export async function changeOwnPassword(input: ChangePasswordInput, user: SessionUser, address: string) {
  const throttleKey = throttleKeys(user.email, address).pair;
  if (await countAttempt(throttleKey)) throw new AppError("RATE_LIMITED");
  const account = await prisma.user.findUnique({ where: { id: user.id }, select: { passwordHash: true } });
  if (!account) throw new AppError("NOT_FOUND");
  if (!(await verifyPassword(account.passwordHash, input.currentPassword))) {
    throw invalid("currentPassword", "validation.wrongPassword");
  }
  const issue = passwordIssue(input.newPassword, user.email);
  if (issue) throw invalid("newPassword", passwordIssueMessage(issue));
  if (input.newPassword === input.currentPassword) throw invalid("newPassword", "validation.passwordUnchanged");
  const passwordHash = await hashPassword(input.newPassword);
  await prisma.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { passwordHash, mustChangePassword: false, sessionVersion: { increment: 1 } } });
    await recordAudit(tx, { actorId: user.id, action: "user.changePassword", entityType: "User", entityId: user.id, meta: { wasTemporary: user.mustChangePassword } });
  });
  await clearAttempts(throttleKey);
  return { email: user.email };
}
