import "server-only";
import type { DbClient } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";

/** Any fixed number: the key of the transaction-scoped lock that serialises changes to who is an active admin. */
const ACTIVE_ADMINS_LOCK = 7_700_001;

/**
 * Refuses a change that would leave no active administrator. The lock makes two admins who deactivate
 * each other at the same moment wait for one another, so the second sees the first's change.
 */
export async function assertAnotherActiveAdmin(tx: DbClient, userId: number) {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${ACTIVE_ADMINS_LOCK})`;
  const others = await tx.user.count({ where: { role: "ADMIN", active: true, id: { not: userId } } });
  if (others === 0) throw new AppError("INVALID_STATE", "This is the last active administrator", undefined, { reason: "lastAdmin" });
}
