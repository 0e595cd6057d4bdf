import "server-only";
import { prisma } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import { verifyAgainstNothing, verifyPassword } from "./password";
import { clearAttempts, countAttempt, countFailure, lockedMinutes, throttleKeys } from "./throttle";

export type SignInFailure = "INVALID_CREDENTIALS" | "ACCOUNT_INACTIVE" | `THROTTLED:${number}`;
export type SignInResult =
  | { ok: true; user: { id: number; email: string; name: string; role: string; regionId: number | null; sessionVersion: number } }
  | { ok: false; reason: SignInFailure };

/** How far back an address the account signed in from counts as its own while the account is on guard. */
const KNOWN_ADDRESS_DAYS = 90;

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** Whether the account signed in from this address before (the audit log keeps every sign-in's address). */
async function signedInFromBefore(userId: number, address: string): Promise<boolean> {
  const since = new Date(Date.now() - KNOWN_ADDRESS_DAYS * 24 * 60 * 60_000);
  const entry = await prisma.auditLog.findFirst({
    where: { actorId: userId, action: "auth.signIn", createdAt: { gte: since }, meta: { path: ["address"], equals: address } },
    select: { id: true },
  });
  return entry !== null;
}

/**
 * Checks a sign-in from a client address (lib/security/client-address.ts). The password is checked before
 * the active flag, so that only someone who knows it learns that the account is inactive; unknown e-mails
 * spend the same time as known ones. Throttling (lib/auth/throttle.ts) locks out the address that guessed,
 * not the account's owner.
 */
export async function authenticate(rawEmail: string, password: string, address: string): Promise<SignInResult> {
  const email = normaliseEmail(rawEmail);
  const keys = throttleKeys(email, address);
  const addressLocked = await lockedMinutes([keys.origin, keys.pair]);
  if (addressLocked) return { ok: false, reason: `THROTTLED:${addressLocked}` };

  const user = await prisma.user.findUnique({ where: { email } });
  // Guesses from many addresses put the account on guard: only the addresses it is used from get through.
  const guarded = await lockedMinutes([keys.account]);
  if (guarded && !(user && (await signedInFromBefore(user.id, address)))) return { ok: false, reason: `THROTTLED:${guarded}` };
  const locked = await countAttempt(keys.pair);
  if (locked) return { ok: false, reason: `THROTTLED:${locked}` };

  const valid = user ? await verifyPassword(user.passwordHash, password) : await verifyAgainstNothing(password);
  if (!user || !valid) {
    await Promise.all([countFailure(keys.origin), countFailure(keys.account)]);
    return { ok: false, reason: "INVALID_CREDENTIALS" };
  }
  if (!user.active) return { ok: false, reason: "ACCOUNT_INACTIVE" };

  await clearAttempts(keys.pair);
  await prisma.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
    await recordAudit(tx, { actorId: user.id, action: "auth.signIn", entityType: "User", entityId: user.id, meta: { address } });
  });
  return {
    ok: true,
    user: { id: user.id, email: user.email, name: user.name, role: user.role, regionId: user.regionId, sessionVersion: user.sessionVersion },
  };
}
