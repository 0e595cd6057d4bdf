import "server-only";
import { prisma } from "@/lib/db";
import { DEMO_DATA_SETTING, SETTING_DEFAULTS, type Settings } from "./defaults";

/** The current settings: stored values over the defaults, ignoring anything malformed. */
export async function getSettings(): Promise<Settings> {
  const rows = await prisma.setting.findMany({ where: { key: { in: Object.keys(SETTING_DEFAULTS) } } });
  const settings: Settings = { ...SETTING_DEFAULTS };
  for (const row of rows) {
    if (typeof row.value === "number" && Number.isFinite(row.value)) settings[row.key as keyof Settings] = row.value;
  }
  return settings;
}

/** True while the installation holds the generated demo data (the login page lists the demo accounts). */
export async function isDemoInstallation(): Promise<boolean> {
  const row = await prisma.setting.findUnique({ where: { key: DEMO_DATA_SETTING } });
  return row?.value === true;
}

/** When each setting was last changed, and by whom. */
export async function settingsChanges(take = 10) {
  return prisma.auditLog.findMany({
    where: { entityType: "Setting" },
    orderBy: { createdAt: "desc" },
    take,
    select: { id: true, action: true, createdAt: true, before: true, after: true, actor: { select: { name: true } } },
  });
}
