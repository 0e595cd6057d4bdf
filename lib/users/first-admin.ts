import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { hashPassword } from "@/lib/auth/password";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { USER_AUDIT_SELECT } from "./audit-snapshot";
import { passwordIssue, type PasswordIssue } from "./password-policy";
import { emailField } from "./schema";
import { generateTemporaryPassword } from "./temporary-password";

export interface FirstAdminInput {
  email: string;
  name: string;
  /** Chosen by the operator; when absent a temporary one is generated and must be changed at first sign-in. */
  password?: string;
  /** Add an admin although active ones exist (e.g. when every admin has lost access). */
  force?: boolean;
}

export type FirstAdminResult =
  | { ok: true; id: number; email: string; temporaryPassword: string | null }
  | { ok: false; reason: "invalidEmail" | "invalidName" | "emailTaken" | "adminExists" | PasswordIssue };

/**
 * Creates an administrator from the command line, for a new installation (no one can sign in yet to do
 * it in the app). Refuses when an active admin exists unless forced, so it cannot be used quietly to
 * add accounts to a running system; either way it writes the audit log.
 */
export async function createAdminFromCommandLine(db: Db, input: FirstAdminInput): Promise<FirstAdminResult> {
  const email = emailField.safeParse(input.email);
  if (!email.success) return { ok: false, reason: "invalidEmail" };
  const name = input.name.trim();
  if (!name || name.length > 120) return { ok: false, reason: "invalidName" };
  if (input.password !== undefined) {
    const issue = passwordIssue(input.password, email.data);
    if (issue) return { ok: false, reason: issue };
  }
  const temporaryPassword = input.password === undefined ? generateTemporaryPassword(email.data) : null;
  const passwordHash = await hashPassword(input.password ?? temporaryPassword!);
  try {
    return await db.$transaction(async (tx) => {
      if (!input.force && (await tx.user.count({ where: { role: "ADMIN", active: true } })) > 0) throw new AppError("INVALID_STATE", "adminExists");
      if (await tx.user.findUnique({ where: { email: email.data }, select: { id: true } })) throw new AppError("CONFLICT", "emailTaken");
      const created = await tx.user.create({
        data: { email: email.data, name, role: "ADMIN", passwordHash, mustChangePassword: temporaryPassword !== null },
        select: USER_AUDIT_SELECT,
      });
      await recordAudit(tx, { actorId: null, action: "user.create", entityType: "User", entityId: created.id, after: created, meta: { via: "command line", forced: !!input.force } });
      return { ok: true as const, id: created.id, email: created.email, temporaryPassword };
    });
  } catch (error) {
    if (error instanceof AppError && error.code === "INVALID_STATE") return { ok: false, reason: "adminExists" };
    if (error instanceof AppError && error.code === "CONFLICT") return { ok: false, reason: "emailTaken" };
    throw error;
  }
}
