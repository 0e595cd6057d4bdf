import "server-only";
import { randomBytes } from "node:crypto";
import { recordAudit } from "@/lib/audit/record-audit";
import { prisma } from "@/lib/db";

/**
 * Signed-in browsers, one row each. The session token (a JWT) names its row; signing out deletes it, so a
 * copy of the cookie is refused from then on rather than until the token expires. "Sign out everywhere"
 * deletes every row of the account.
 */

/** How long a session lasts: the session token's lifetime too (lib/auth/options.ts). */
export const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60;

/** Opens a session for a user who just proved who they are; clears their sessions that have expired. */
export async function openSession(userId: number, now = new Date()): Promise<string> {
  const id = randomBytes(24).toString("base64url");
  await prisma.$transaction([
    prisma.userSession.deleteMany({ where: { userId, expiresAt: { lte: now } } }),
    prisma.userSession.create({ data: { id, userId, createdAt: now, expiresAt: new Date(now.getTime() + SESSION_MAX_AGE_SECONDS * 1000) } }),
  ]);
  return id;
}

/** Ends one session (signing out). A session that is already gone is fine. */
export async function endSession(sessionId: string): Promise<void> {
  await prisma.userSession.deleteMany({ where: { id: sessionId } });
}

/** Ends every session of the account, this one included, and says so in the audit log. */
export async function endAllSessions(userId: number): Promise<{ ended: number }> {
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.userSession.deleteMany({ where: { userId } });
    await recordAudit(tx, { actorId: userId, action: "auth.signOutEverywhere", entityType: "User", entityId: userId, meta: { sessions: count } });
    return { ended: count };
  });
}
