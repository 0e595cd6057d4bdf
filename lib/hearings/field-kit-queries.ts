import "server-only";
import { editableHearingScope, hearingScope } from "@/lib/auth/scope";
import type { SessionUser } from "@/lib/auth/session-user";
import { prisma } from "@/lib/db";
import type { ClosedReport, FieldKitEntry, FieldKitManifest } from "@/lib/offline/field-kit-types";
import { isEditableState } from "./editable-states";

export const FIELD_KIT_DAYS = 14;
/** More than a monitor has open at once; a bound so that the download stays a download. */
const MAX_ENTRIES = 200;

/**
 * What a monitor takes to court: every report of theirs that may still be changed (every draft, every returned
 * report), the hearings of the next FIELD_KIT_DAYS days first. Hearings further ahead come after, so that the
 * bound cuts the distant ones. `known` are the reports the device keeps copies of: those no longer editable
 * come back as closed, so that the device clears them and says why.
 */
export async function fieldKitForMonitor(user: SessionUser, known: number[], now = new Date()): Promise<FieldKitManifest> {
  const horizon = new Date(now.getTime() + FIELD_KIT_DAYS * 24 * 3600_000);
  const select = { id: true, version: true, reviewState: true, scheduledAt: true, case: { select: { id: true, caseNumber: true } } } as const;
  const [soon, others, knownRows] = await Promise.all([
    prisma.hearing.findMany({ where: { AND: [editableHearingScope(user)], scheduledAt: { lte: horizon } }, orderBy: [{ scheduledAt: "asc" }, { id: "asc" }], take: MAX_ENTRIES, select }),
    prisma.hearing.findMany({ where: { AND: [editableHearingScope(user)], scheduledAt: { gt: horizon } }, orderBy: [{ scheduledAt: "asc" }, { id: "asc" }], take: MAX_ENTRIES, select }),
    known.length
      ? prisma.hearing.findMany({ where: { id: { in: known }, AND: [hearingScope(user)] }, select: { id: true, reviewState: true, monitorId: true, case: { select: { caseNumber: true } } } })
      : [],
  ]);
  const entries: FieldKitEntry[] = [...soon, ...others].slice(0, MAX_ENTRIES).map((row) => ({
    hearingId: row.id, caseId: row.case.id, caseNumber: row.case.caseNumber, scheduledAt: row.scheduledAt.toISOString(),
    reviewState: row.reviewState as FieldKitEntry["reviewState"], version: row.version,
  }));
  const found = new Map(knownRows.map((row) => [row.id, row]));
  const closed: ClosedReport[] = [];
  for (const id of new Set(known)) {
    const row = found.get(id);
    if (!row || row.monitorId !== user.id) closed.push({ hearingId: id, reviewState: null, caseNumber: null });
    else if (!isEditableState(row.reviewState)) closed.push({ hearingId: id, reviewState: row.reviewState as "SUBMITTED" | "APPROVED", caseNumber: row.case.caseNumber });
  }
  return { entries, closed, days: FIELD_KIT_DAYS };
}
