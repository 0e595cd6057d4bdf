import "server-only";
import { prisma } from "@/lib/db";

/** Submitted reports waiting for review, oldest first. */
export async function reviewQueue(take = 25) {
  const [total, items] = await Promise.all([
    prisma.hearing.count({ where: { reviewState: "SUBMITTED" } }),
    prisma.hearing.findMany({
      where: { reviewState: "SUBMITTED" },
      orderBy: { submittedAt: "asc" },
      take,
      select: {
        id: true, submittedAt: true, scheduledAt: true,
        case: { select: { caseNumber: true } },
        court: { select: { nameSq: true, nameSr: true } },
        monitor: { select: { name: true } },
      },
    }),
  ]);
  return { total, items };
}
