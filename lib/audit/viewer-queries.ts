import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { pageWindow, type Page } from "@/lib/pagination";
import { courtDayRange } from "@/lib/time/court-day-range";
import { discloseTo } from "@/lib/security/personal-data";
import type { AuditFilters } from "./viewer-filters";

export interface AuditEntryView {
  id: string;
  createdAt: Date;
  action: string;
  entityType: string;
  entityId: string;
  actor: { id: number; name: string } | null;
  before: unknown;
  after: unknown;
  meta: unknown;
}

function viewerWhere(filters: AuditFilters): Prisma.AuditLogWhereInput {
  const where: Prisma.AuditLogWhereInput = {};
  if (filters.user) where.actorId = filters.user;
  if (filters.entity) where.entityType = filters.entity;
  if (filters.entityId) where.entityId = filters.entityId;
  const period = courtDayRange(filters.from, filters.to);
  if (period) where.createdAt = period;
  return where;
}

/**
 * The audit log, newest first, filtered by who acted, on which record and when. Read-only: the log is
 * append-only (the database refuses updates and deletes). Names of people are withheld from every role
 * that may not see them, which includes everyone allowed here (managers and admins).
 */
export async function listAuditEntries(filters: AuditFilters, viewer: SessionUser): Promise<Page<AuditEntryView>> {
  const where = viewerWhere(filters);
  const [total, rows] = await Promise.all([
    prisma.auditLog.count({ where }),
    prisma.auditLog.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      ...pageWindow(filters),
      select: { id: true, createdAt: true, action: true, entityType: true, entityId: true, before: true, after: true, meta: true, actor: { select: { id: true, name: true } } },
    }),
  ]);
  const items = rows.map((row) => ({
    ...row,
    id: String(row.id),
    before: discloseTo(viewer, row.before),
    after: discloseTo(viewer, row.after),
    meta: discloseTo(viewer, row.meta),
  }));
  return { items, total, page: filters.page, size: filters.size };
}

/** The choices of the viewer's filters: every account (by name) and the kinds of records the log holds. */
export async function auditFilterOptions() {
  const [users, entities] = await Promise.all([
    prisma.user.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true, email: true } }),
    prisma.auditLog.groupBy({ by: ["entityType"], orderBy: { entityType: "asc" } }),
  ]);
  return { users, entityTypes: entities.map((e) => e.entityType) };
}
