import "server-only";
import { hasRole, READERS, REVIEWERS } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/auth/session-user";
import { prisma } from "@/lib/db";
import { countOverdueInterventions } from "@/lib/interventions/queries";
import type { NavBadges } from "./nav-badges";

/**
 * What waits for the signed-in user, by section of the menu: a monitor's reports returned to them, the
 * reports waiting for a reviewer, and the interventions whose reply is overdue for those who follow them.
 */
export async function navBadges(user: SessionUser, now = new Date()): Promise<NavBadges> {
  const [returnedReports, waitingReports, overdueInterventions] = await Promise.all([
    user.role === "MONITOR" ? prisma.hearing.count({ where: { monitorId: user.id, reviewState: "RETURNED" } }) : undefined,
    hasRole(user.role, REVIEWERS) ? prisma.hearing.count({ where: { reviewState: "SUBMITTED" } }) : undefined,
    hasRole(user.role, READERS) ? countOverdueInterventions(now) : undefined,
  ]);
  return { returnedReports, waitingReports, overdueInterventions };
}
