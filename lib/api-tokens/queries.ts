import "server-only";
import { READERS } from "@/lib/auth/roles";
import { prisma } from "@/lib/db";

/** Every token ever issued, the ones still working first: never the token itself, which is not stored. */
export async function listApiTokens() {
  return prisma.apiToken.findMany({
    orderBy: [{ revokedAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }],
    select: {
      id: true, name: true, prefix: true, createdAt: true, lastUsedAt: true, revokedAt: true,
      user: { select: { id: true, name: true, email: true, active: true } },
      createdBy: { select: { name: true } },
    },
  });
}

/** Accounts a token may be issued to: active users of the roles the report API serves. */
export async function tokenHolderOptions() {
  return prisma.user.findMany({
    where: { active: true, role: { in: [...READERS] } },
    orderBy: { name: "asc" },
    select: { id: true, name: true, email: true, role: true },
  });
}
