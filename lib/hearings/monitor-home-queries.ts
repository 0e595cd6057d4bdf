import "server-only";
import { prisma } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";

/** Counts of the monitor's own reports by review state, and their next scheduled hearings. */
export async function monitorOverview(user: SessionUser, now = new Date()) {
  const [byState, upcoming] = await Promise.all([
    prisma.hearing.groupBy({ by: ["reviewState"], where: { monitorId: user.id }, _count: { _all: true } }),
    prisma.hearing.findMany({
      where: { monitorId: user.id, reviewState: "DRAFT", scheduledAt: { gte: now } },
      orderBy: { scheduledAt: "asc" },
      take: 10,
      select: {
        id: true, scheduledAt: true, stage: true,
        case: { select: { caseNumber: true } },
        court: { select: { nameSq: true, nameSr: true } },
      },
    }),
  ]);
  return {
    counts: Object.fromEntries(byState.map((row) => [row.reviewState, row._count._all])) as Partial<Record<"DRAFT" | "SUBMITTED" | "RETURNED" | "APPROVED", number>>,
    upcoming,
  };
}
