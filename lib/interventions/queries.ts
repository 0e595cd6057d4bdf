import "server-only";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { pageWindow, type Page } from "@/lib/pagination";
import { courtToday, dayStart, fromDbDate } from "./calendar-date";
import { overdueWhere, replyStatusWhere } from "./overdue-where";
import type { InterventionListFilters } from "./schema";

const listSelect = {
  id: true, title: true, institution: true, addressee: true, type: true, outcome: true, sentAt: true, replyDueAt: true, repliedAt: true,
  court: { select: { nameSq: true, nameSr: true } },
  _count: { select: { findings: true } },
} as const;

export type InterventionListItem = Prisma.InterventionGetPayload<{ select: typeof listSelect }>;

function listWhere(filters: InterventionListFilters, today: string): Prisma.InterventionWhereInput {
  const where: Prisma.InterventionWhereInput = { AND: [] };
  const and = where.AND as Prisma.InterventionWhereInput[];
  if (filters.institution) and.push({ institution: filters.institution });
  if (filters.type) and.push({ type: filters.type });
  if (filters.outcome) and.push({ outcome: filters.outcome });
  if (filters.court) and.push({ courtId: filters.court });
  if (filters.reply) and.push(replyStatusWhere(filters.reply, today));
  if (filters.from || filters.to) and.push({ sentAt: { ...(filters.from ? { gte: dayStart(filters.from) } : {}), ...(filters.to ? { lte: dayStart(filters.to) } : {}) } });
  return where;
}

/**
 * Interventions, filtered; the ones whose reply is due soonest (overdue first) lead, then the rest by the
 * date sent, newest first.
 */
export async function listInterventions(filters: InterventionListFilters, now = new Date()): Promise<Page<InterventionListItem>> {
  const where = listWhere(filters, courtToday(now));
  const [total, items] = await Promise.all([
    prisma.intervention.count({ where }),
    prisma.intervention.findMany({
      where,
      orderBy: [{ repliedAt: { sort: "desc", nulls: "first" } }, { replyDueAt: { sort: "asc", nulls: "last" } }, { sentAt: { sort: "desc", nulls: "first" } }, { id: "desc" }],
      ...pageWindow(filters),
      select: listSelect,
    }),
  ]);
  return { items, total, page: filters.page, size: filters.size };
}

/** Interventions whose reply is overdue today (court time): managers follow them, the menu counts them. */
export async function countOverdueInterventions(now = new Date()): Promise<number> {
  return prisma.intervention.count({ where: overdueWhere(courtToday(now)) });
}

/** An intervention with the findings it responds to. */
export async function getIntervention(id: number) {
  return prisma.intervention.findUnique({
    where: { id },
    select: {
      id: true, version: true, institution: true, addressee: true, courtId: true, type: true, title: true, description: true,
      sentAt: true, replyDueAt: true, repliedAt: true, reply: true, outcome: true, createdAt: true, updatedAt: true,
      court: { select: { id: true, nameSq: true, nameSr: true } },
      createdBy: { select: { name: true } },
      findings: {
        orderBy: { findingId: "asc" },
        select: {
          finding: {
            select: {
              id: true, title: true, severity: true, status: true,
              standard: { select: { number: true, nameEn: true, nameSq: true, nameSr: true } },
              case: { select: { caseNumber: true } },
            },
          },
        },
      },
    },
  });
}

export type InterventionDetail = NonNullable<Awaited<ReturnType<typeof getIntervention>>>;

/** The form's values for an existing intervention (dates as calendar days). */
export function interventionFormValues(intervention: InterventionDetail) {
  return {
    institution: intervention.institution,
    addressee: intervention.addressee,
    courtId: intervention.courtId === null ? "" : String(intervention.courtId),
    type: intervention.type,
    title: intervention.title,
    description: intervention.description ?? "",
    sentAt: fromDbDate(intervention.sentAt),
    replyDueAt: fromDbDate(intervention.replyDueAt),
    repliedAt: fromDbDate(intervention.repliedAt),
    reply: intervention.reply ?? "",
    outcome: intervention.outcome,
    findingIds: intervention.findings.map((f) => String(f.finding.id)),
  };
}

/** The audit entries of one intervention, newest first. */
export async function interventionHistory(id: number, take = 20) {
  return prisma.auditLog.findMany({
    where: { entityType: "Intervention", entityId: String(id) },
    orderBy: { createdAt: "desc" },
    take,
    select: { id: true, action: true, createdAt: true, actor: { select: { name: true } } },
  });
}

/**
 * The findings an intervention may respond to: the open ones (newest first) and any already chosen, even
 * closed.
 */
export async function findingChoices(chosen: number[] = [], take = 300) {
  const select = {
    id: true, title: true, severity: true, status: true, createdAt: true,
    standard: { select: { number: true, nameEn: true, nameSq: true, nameSr: true } },
    case: { select: { caseNumber: true } },
  } as const;
  const [open, linked] = await Promise.all([
    prisma.finding.findMany({ where: { status: "OPEN" }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take, select }),
    chosen.length ? prisma.finding.findMany({ where: { id: { in: chosen } }, select }) : [],
  ]);
  const byId = new Map([...linked, ...open].map((f) => [f.id, f]));
  return [...byId.values()].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || b.id - a.id);
}

export type FindingChoice = Awaited<ReturnType<typeof findingChoices>>[number];

/** Courts for the intervention's court (active ones) and for the list's filter (all). */
export async function interventionCourtOptions(includeRetired: boolean) {
  return prisma.court.findMany({
    where: includeRetired ? {} : { retiredAt: null },
    orderBy: { nameSq: "asc" },
    select: { id: true, nameSq: true, nameSr: true },
  });
}
