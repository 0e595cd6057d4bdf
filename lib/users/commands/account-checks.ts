import "server-only";
import type { DbClient } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";

export async function assertEmailFree(tx: DbClient, email: string) {
  const existing = await tx.user.findUnique({ where: { email }, select: { id: true } });
  if (existing) throw new AppError("VALIDATION", "E-mail already in use", { email: ["validation.emailTaken"] });
}

export async function assertRegionExists(tx: DbClient, regionId: number | null) {
  if (regionId === null) return;
  const region = await tx.region.findUnique({ where: { id: regionId }, select: { id: true } });
  if (!region) throw new AppError("VALIDATION", "No such region", { regionId: ["validation.invalid"] });
}
