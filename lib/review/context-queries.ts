import "server-only";
import { hearingScope } from "@/lib/auth/scope";
import type { SessionUser } from "@/lib/auth/session-user";
import { prisma } from "@/lib/db";

/**
 * The case's hearings before this one, as a reviewer needs them at hand: what happened, whether it was
 * adjourned and why, its review state and the standards it breached.
 */
export async function earlierHearingsOfCase(hearingId: number, user: SessionUser) {
  const current = await prisma.hearing.findFirst({ where: { id: hearingId, AND: [hearingScope(user)] }, select: { caseId: true, scheduledAt: true } });
  if (!current) return [];
  const hearings = await prisma.hearing.findMany({
    where: {
      caseId: current.caseId,
      id: { not: hearingId },
      scheduledAt: { lte: current.scheduledAt },
      AND: [hearingScope(user)],
    },
    orderBy: [{ scheduledAt: "desc" }, { id: "desc" }],
    take: 50,
    select: {
      id: true, scheduledAt: true, stage: true, status: true, adjournmentReasons: true, delayMinutes: true, reviewState: true,
      monitor: { select: { name: true } },
      standardResults: {
        where: { result: "NON_COMPLIANT" },
        select: { standard: { select: { id: true, number: true, nameEn: true, nameSq: true, nameSr: true } } },
      },
    },
  });
  return hearings.map(({ standardResults, ...hearing }) => ({
    ...hearing,
    breached: standardResults.map((r) => r.standard).sort((a, b) => a.number - b.number),
  }));
}

export type EarlierHearing = Awaited<ReturnType<typeof earlierHearingsOfCase>>[number];

export interface Revision {
  id: string;
  createdAt: Date;
  actorName: string | null;
  reason: string;
  before: Record<string, unknown>;
  after: Record<string, unknown>;
}

/** The corrections made to an approved report, newest first: who, when, why, and what changed. */
export async function reportRevisions(hearingId: number): Promise<Revision[]> {
  const entries = await prisma.auditLog.findMany({
    where: { entityType: "Hearing", entityId: String(hearingId), action: "hearing.correct" },
    orderBy: { createdAt: "desc" },
    take: 100,
    select: { id: true, createdAt: true, before: true, after: true, meta: true, actor: { select: { name: true } } },
  });
  return entries.map((entry) => ({
    id: String(entry.id),
    createdAt: entry.createdAt,
    actorName: entry.actor?.name ?? null,
    reason: String((entry.meta as { reason?: unknown } | null)?.reason ?? ""),
    before: (entry.before ?? {}) as Record<string, unknown>,
    after: (entry.after ?? {}) as Record<string, unknown>,
  }));
}
