import "server-only";
import { prisma } from "@/lib/db";
import { fromCourtParts, toCourtParts } from "@/lib/time/zone";

/** Approved hearings scheduled this calendar year (court time). */
export async function hearingsMonitoredThisYear(now = new Date()): Promise<number> {
  const { year } = toCourtParts(now);
  return prisma.hearing.count({
    where: {
      reviewState: "APPROVED",
      scheduledAt: { gte: fromCourtParts({ year, month: 1, day: 1, hour: 0, minute: 0 }), lt: fromCourtParts({ year: year + 1, month: 1, day: 1, hour: 0, minute: 0 }) },
    },
  });
}
