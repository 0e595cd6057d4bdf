import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { prisma } from "@/lib/db";
import type { SessionUser } from "./session-user";

/** Tokens look like "tm_<43 characters>"; only their SHA-256 is stored, and they are shown once. */
export function generateApiToken(): { token: string; prefix: string; tokenHash: string } {
  const token = `tm_${randomBytes(32).toString("base64url")}`;
  return { token, prefix: token.slice(0, 10), tokenHash: hashApiToken(token) };
}

export function hashApiToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

const LAST_USED_PRECISION_MS = 60_000;

/** The user behind an `Authorization: Bearer <token>` header, or null for a missing, revoked or unknown token. */
export async function userForApiToken(authorization: string | null): Promise<SessionUser | null> {
  const match = /^Bearer\s+(tm_[A-Za-z0-9_-]{20,100})$/.exec(authorization?.trim() ?? "");
  if (!match) return null;
  const token = await prisma.apiToken.findUnique({
    where: { tokenHash: hashApiToken(match[1]!) },
    include: { user: { select: { id: true, email: true, name: true, role: true, regionId: true, locale: true, active: true, mustChangePassword: true } } },
  });
  if (!token || token.revokedAt || !token.user.active) return null;
  const now = Date.now();
  if (!token.lastUsedAt || now - token.lastUsedAt.getTime() > LAST_USED_PRECISION_MS) {
    await prisma.apiToken.update({ where: { id: token.id }, data: { lastUsedAt: new Date(now) } });
  }
  const { active: _active, ...user } = token.user;
  return user;
}
