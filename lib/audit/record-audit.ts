import "server-only";
import type { DbClient } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

export interface AuditEntry {
  actorId: number | null;
  /** What happened, as "<entity>.<verb>": "hearing.submit", "user.deactivate", "export.hearings". */
  action: string;
  entityType: string;
  entityId: string | number;
  before?: unknown;
  after?: unknown;
  meta?: unknown;
}

/** JSON-safe copy: dates as ISO strings, bigints as strings, undefined dropped. */
function toJson(value: unknown): Prisma.InputJsonValue | undefined {
  if (value === undefined || value === null) return undefined;
  return JSON.parse(JSON.stringify(value, (_key, v) => (typeof v === "bigint" ? v.toString() : v))) as Prisma.InputJsonValue;
}

/** Appends to the audit log. Pass the transaction that makes the change, so both land or neither does. */
export async function recordAudit(db: DbClient, entry: AuditEntry) {
  await db.auditLog.create({
    data: {
      actorId: entry.actorId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: String(entry.entityId),
      before: toJson(entry.before),
      after: toJson(entry.after),
      meta: toJson(entry.meta),
    },
  });
}
