import "server-only";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { pageWindow, type Page } from "@/lib/pagination";
import type { UserFilters } from "./schema";

function whereOf(filters: UserFilters): Prisma.UserWhereInput {
  const where: Prisma.UserWhereInput = {};
  if (filters.q) where.OR = [{ name: { contains: filters.q, mode: "insensitive" } }, { email: { contains: filters.q, mode: "insensitive" } }];
  if (filters.role) where.role = filters.role;
  if (filters.region) where.regionId = filters.region;
  if (filters.status !== "all") where.active = filters.status === "active";
  return where;
}

const LIST_SELECT = {
  id: true, name: true, email: true, role: true, active: true, mustChangePassword: true, lastLoginAt: true,
  region: { select: { nameSq: true, nameSr: true } },
} satisfies Prisma.UserSelect;

export type UserListItem = Prisma.UserGetPayload<{ select: typeof LIST_SELECT }>;

export async function searchUsers(filters: UserFilters): Promise<Page<UserListItem>> {
  const where = whereOf(filters);
  const [items, total] = await Promise.all([
    prisma.user.findMany({ where, orderBy: [{ name: "asc" }, { id: "asc" }], select: LIST_SELECT, ...pageWindow(filters) }),
    prisma.user.count({ where }),
  ]);
  return { items, total, page: filters.page, size: filters.size };
}

export async function getUserAccount(id: number) {
  return prisma.user.findUnique({
    where: { id },
    select: {
      id: true, name: true, email: true, role: true, regionId: true, locale: true, active: true, mustChangePassword: true,
      lastLoginAt: true, createdAt: true, region: { select: { nameSq: true, nameSr: true } },
    },
  });
}

export type UserAccount = NonNullable<Awaited<ReturnType<typeof getUserAccount>>>;

/** The latest audit entries about an account and its API tokens: who changed what, and when. */
export async function userHistory(id: number, take = 20) {
  return prisma.auditLog.findMany({
    where: { OR: [{ entityType: "User", entityId: String(id) }, { entityType: "ApiToken", meta: { path: ["userId"], equals: id } }] },
    orderBy: { createdAt: "desc" },
    take,
    select: { id: true, action: true, createdAt: true, actor: { select: { name: true } } },
  });
}
