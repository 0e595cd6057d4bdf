import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { generateApiToken } from "@/lib/auth/api-token";
import { READERS } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/auth/session-user";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import type { IssueTokenInput } from "./schema";

/**
 * Issues a token for an analyst's own tools. It acts as its user (same role, same scope) and is returned
 * once: only its hash is stored, and the audit log keeps its prefix, never the token.
 */
export async function issueApiToken(input: IssueTokenInput, actor: SessionUser) {
  const { token, prefix, tokenHash } = generateApiToken();
  const created = await prisma.$transaction(async (tx) => {
    const holder = await tx.user.findUnique({ where: { id: input.userId }, select: { active: true, role: true } });
    if (!holder || !holder.active || !READERS.includes(holder.role)) {
      throw new AppError("VALIDATION", "Tokens are for active analysts, managers and admins", { userId: ["validation.invalid"] });
    }
    const row = await tx.apiToken.create({ data: { userId: input.userId, name: input.name, prefix, tokenHash, createdById: actor.id }, select: { id: true } });
    await recordAudit(tx, {
      actorId: actor.id, action: "apiToken.issue", entityType: "ApiToken", entityId: row.id,
      after: { name: input.name, prefix }, meta: { userId: input.userId },
    });
    return row;
  });
  return { id: created.id, token, prefix };
}

/** Revokes a token: the next request that sends it is refused. */
export async function revokeApiToken(tokenId: number, actor: SessionUser) {
  return prisma.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ revokedAt: Date | null; userId: number; prefix: string; name: string }[]>`
      SELECT "revokedAt", "userId", "prefix", "name" FROM "ApiToken" WHERE "id" = ${tokenId} FOR UPDATE`;
    const token = rows[0];
    if (!token) throw new AppError("NOT_FOUND");
    if (token.revokedAt) throw new AppError("INVALID_STATE", "Already revoked", undefined, { reason: "tokenRevoked" });
    const revokedAt = new Date();
    await tx.apiToken.update({ where: { id: tokenId }, data: { revokedAt } });
    await recordAudit(tx, {
      actorId: actor.id, action: "apiToken.revoke", entityType: "ApiToken", entityId: tokenId,
      before: { revokedAt: null }, after: { revokedAt, name: token.name, prefix: token.prefix }, meta: { userId: token.userId },
    });
    return { id: tokenId };
  });
}
