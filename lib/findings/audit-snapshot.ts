import "server-only";
import type { DbClient } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";

/** A finding as the audit log keeps it, before and after each change. */
export async function findingSnapshot(tx: DbClient, findingId: number) {
  const finding = await tx.finding.findUnique({
    where: { id: findingId },
    select: {
      id: true, version: true, standardId: true, severity: true, title: true, description: true, status: true, caseId: true, closedAt: true,
      hearings: { select: { hearingId: true }, orderBy: { hearingId: "asc" } },
    },
  });
  if (!finding) throw new AppError("NOT_FOUND", "Finding not found");
  const { hearings, ...rest } = finding;
  return { ...rest, hearingIds: hearings.map((h) => h.hearingId) };
}

export type FindingSnapshot = Awaited<ReturnType<typeof findingSnapshot>>;

/** Another change committed since the analyst opened the finding. */
export function staleFinding(current: { version: number }): AppError {
  return new AppError("CONFLICT", "The finding changed since it was opened", undefined, { reason: "stale", version: current.version });
}
