import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CourtOption } from "./court-option";

/**
 * Courts a user may schedule hearings in: a monitor those their office covers (the cases they can then see),
 * others any court. Retired courts leave the pickers.
 */
export function courtsForUserWhere(user: SessionUser): Prisma.CourtWhereInput {
  const active: Prisma.CourtWhereInput = { retiredAt: null };
  return user.role === "MONITOR" ? { ...active, regionId: user.regionId ?? -1 } : active;
}

export async function listCourtOptions(user: SessionUser): Promise<CourtOption[]> {
  const courts = await prisma.court.findMany({
    where: courtsForUserWhere(user),
    orderBy: [{ kind: "asc" }, { nameSq: "asc" }],
    select: {
      id: true, nameSq: true, nameSr: true, kind: true, departments: true,
      judges: { where: { active: true }, orderBy: { name: "asc" }, select: { id: true, name: true, gender: true } },
    },
  });
  return courts;
}
