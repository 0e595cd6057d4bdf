import "server-only";
import { prisma } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import { verifyAgainstNothing, verifyPassword } from "./password";
import { clearAttempts, countAttempt, countFailure, lockedMinutes } from "./throttle";

export type SignInFailure = "INVALID_CREDENTIALS" | "ACCOUNT_INACTIVE" | `THROTTLED:${number}`;
export type SignInResult =
  | { ok: true; user: { id: number; email: string; name: string; role: string; regionId: number | null; sessionVersion: number } }
  | { ok: false; reason: SignInFailure };

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * Checks a sign-in. The password is checked before the active flag, so that only someone who knows it
 * learns that the account is inactive; unknown e-mails spend the same time as known ones.
 */
export async function authenticate(rawEmail: string, password: string, address: string): Promise<SignInResult> {
  const email = normaliseEmail(rawEmail);
  const account = `acct:${email}` as const;
  const origin = `ip:${address}` as const;
  const locked = (await lockedMinutes([origin])) || (await countAttempt(account));
  if (locked) return { ok: false, reason: `THROTTLED:${locked}` };

  const user = await prisma.user.findUnique({ where: { email } });
  const valid = user ? await verifyPassword(user.passwordHash, password) : await verifyAgainstNothing(password);
  if (!user || !valid) {
    await countFailure(origin);
    return { ok: false, reason: "INVALID_CREDENTIALS" };
  }
  if (!user.active) return { ok: false, reason: "ACCOUNT_INACTIVE" };

  await clearAttempts(account);
  await prisma.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
    await recordAudit(tx, { actorId: user.id, action: "auth.signIn", entityType: "User", entityId: user.id, meta: { address } });
  });
  return {
    ok: true,
    user: { id: user.id, email: user.email, name: user.name, role: user.role, regionId: user.regionId, sessionVersion: user.sessionVersion },
  };
}
