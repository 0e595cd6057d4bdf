import { AppError } from "./app-error";

/** Maps what a domain function threw to an expected error; logs and hides anything unexpected. */
export function toAppError(error: unknown, where: string): AppError {
  if (error instanceof AppError) return error;
  const code = (error as { code?: unknown })?.code;
  // Prisma: record to update not found / unique constraint / write conflict in a serializable transaction.
  if (code === "P2025") return new AppError("NOT_FOUND");
  if (code === "P2002" || code === "P2034") return new AppError("CONFLICT", "The record changed or already exists");
  // Rules the database enforces itself (migration "integrity_triggers"): a published checklist version or
  // the audit log refused a change that slipped past the domain's own checks.
  if (/is published and cannot change|published checklist version cannot change|append-only/.test(String((error as Error)?.message))) {
    return new AppError("INVALID_STATE", "The database refused to change a record that is frozen");
  }
  // Next.js control flow (redirect(), notFound()) must pass through untouched.
  if (typeof (error as { digest?: unknown })?.digest === "string" && String((error as { digest: string }).digest).startsWith("NEXT_")) throw error;
  console.error(`[${where}]`, error);
  return new AppError("INTERNAL");
}
