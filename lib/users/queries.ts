import "server-only";
import { prisma } from "@/lib/db";

export async function listUsers() {
  return prisma.user.findMany({
    orderBy: [{ active: "desc" }, { name: "asc" }],
    select: { id: true, name: true, email: true, role: true, active: true, lastLoginAt: true, region: { select: { nameSq: true, nameSr: true } } },
  });
}
