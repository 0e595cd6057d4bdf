import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { hashPassword } from "@/lib/auth/password";
import type { SessionUser } from "@/lib/auth/session-user";
import { prisma } from "@/lib/db";
import { USER_AUDIT_SELECT } from "../audit-snapshot";
import type { CreateUserInput } from "../schema";
import { generateTemporaryPassword } from "../temporary-password";
import { assertEmailFree, assertRegionExists } from "./account-checks";

/**
 * Opens an account with a generated temporary password, returned once to show to the admin: it is not
 * stored anywhere in clear, and the user must replace it at first sign-in.
 */
export async function createUserAccount(input: CreateUserInput, actor: SessionUser) {
  const temporaryPassword = generateTemporaryPassword(input.email);
  const passwordHash = await hashPassword(temporaryPassword);
  const user = await prisma.$transaction(async (tx) => {
    await assertEmailFree(tx, input.email);
    await assertRegionExists(tx, input.regionId);
    const created = await tx.user.create({
      data: { email: input.email, name: input.name, role: input.role, regionId: input.regionId, locale: input.locale, passwordHash, mustChangePassword: true },
      select: USER_AUDIT_SELECT,
    });
    await recordAudit(tx, { actorId: actor.id, action: "user.create", entityType: "User", entityId: created.id, after: created });
    return created;
  });
  return { id: user.id, email: user.email, temporaryPassword };
}
