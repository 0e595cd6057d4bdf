import type { Prisma } from "@/lib/generated/prisma/client";
import { EDITABLE_STATES } from "@/lib/hearings/editable-states";
import type { SessionUser } from "./session-user";

/**
 * What a user may see, as Prisma `where` clauses to put inside every query, so that records out of scope
 * simply do not exist for them (and an id from outside the scope is "not found").
 *
 * A monitor sees their own reports in any state and the submitted and approved reports of their region;
 * analysts, managers and admins see everything.
 */
export function hearingScope(user: SessionUser): Prisma.HearingWhereInput {
  if (user.role !== "MONITOR") return {};
  return {
    OR: [
      { monitorId: user.id },
      { reviewState: { in: ["SUBMITTED", "APPROVED"] }, court: { regionId: user.regionId ?? -1 } },
    ],
  };
}

/** Hearings a user may change: a monitor only their own drafts and returned reports. */
export function editableHearingScope(user: SessionUser): Prisma.HearingWhereInput {
  if (user.role !== "MONITOR") return { id: -1 };
  return { monitorId: user.id, reviewState: { in: [...EDITABLE_STATES] } };
}

/** Cases: a monitor sees the cases of their region's courts. */
export function caseScope(user: SessionUser): Prisma.CaseWhereInput {
  if (user.role !== "MONITOR") return {};
  return { court: { regionId: user.regionId ?? -1 } };
}

/**
 * Personal data: names of defendants, victims and witnesses, juvenile details, and the free text that may
 * carry them (the narrative and free-text answers). Analysts (who review them) and the monitor who wrote
 * the report see it; managers and admins work with figures and accounts, not with people's names, and other
 * monitors of the region see a colleague's report without it. Screens, exports and the audit log follow it.
 */
export function maySeePersonalData(user: SessionUser, hearing: { monitorId: number }): boolean {
  return user.role === "ANALYST" || (user.role === "MONITOR" && hearing.monitorId === user.id);
}
