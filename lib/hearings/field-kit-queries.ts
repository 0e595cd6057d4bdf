import "server-only";
import { editableHearingScope, hearingScope } from "@/lib/auth/scope";
import type { SessionUser } from "@/lib/auth/session-user";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { FIELD_KIT_DAYS, type ClosedReport, type FieldKitEntry, type FieldKitManifest } from "@/lib/offline/field-kit-types";
import { courtDaysAhead } from "@/lib/time/court-day-range";
import { isEditableState } from "./editable-states";

/** More than a monitor has open at once; a bound so that the download stays a download. */
const MAX_ENTRIES = 200;

/**
 * What a monitor takes to court: every report of theirs that may still be changed (every draft, every returned
 * report), in the order of their hearings. If there are more than the bound, the hearings of today and the next
 * FIELD_KIT_DAYS court days (in court time) are kept first, so that old forgotten drafts or distant hearings never
 * push out the ones the panel promises. `known` are the reports the device keeps copies of: those no longer
 * editable come back as closed, so that the device clears them and says why.
 */
export async function fieldKitForMonitor(user: SessionUser, known: number[], now = new Date()): Promise<FieldKitManifest> {
  const ahead = courtDaysAhead(now, FIELD_KIT_DAYS);
  const editable = (when: Prisma.HearingWhereInput) => prisma.hearing.findMany({
    where: { AND: [editableHearingScope(user), when] }, orderBy: [{ scheduledAt: "asc" }, { id: "asc" }], take: MAX_ENTRIES,
    select: { id: true, version: true, reviewState: true, scheduledAt: true, case: { select: { id: true, caseNumber: true } } },
  });
  const [soon, others, knownRows] = await Promise.all([
    editable({ scheduledAt: ahead }),
    editable({ NOT: { scheduledAt: ahead } }),
    known.length
      ? prisma.hearing.findMany({ where: { id: { in: known }, AND: [hearingScope(user)] }, select: { id: true, reviewState: true, monitorId: true, case: { select: { caseNumber: true } } } })
      : [],
  ]);
  const kept = [...soon, ...others].slice(0, MAX_ENTRIES).sort((a, b) => a.scheduledAt.getTime() - b.scheduledAt.getTime() || a.id - b.id);
  const entries: FieldKitEntry[] = kept.map((row) => ({
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
