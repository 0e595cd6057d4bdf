import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import type { SessionUser } from "@/lib/auth/session-user";
import { prisma } from "@/lib/db";
import { SETTING_DEFAULTS, type SettingKey, type Settings } from "./defaults";
import type { SettingsInput } from "./schema";

/** Saves the settings that changed, in one transaction with one audit entry listing each change. */
export async function updateSettings(input: SettingsInput, actor: SessionUser) {
  return prisma.$transaction(async (tx) => {
    const keys = Object.keys(SETTING_DEFAULTS) as SettingKey[];
    // Row locks: two admins saving at once change the values one after the other, each audited against what it replaced.
    await tx.$queryRaw`SELECT "key" FROM "Setting" WHERE "key" = ANY(${keys}) FOR UPDATE`;
    const rows = await tx.setting.findMany({ where: { key: { in: keys } } });
    const current: Settings = { ...SETTING_DEFAULTS };
    for (const row of rows) if (typeof row.value === "number") current[row.key as SettingKey] = row.value;
    const changed = keys.filter((key) => current[key] !== input[key]);
    if (changed.length === 0) return { changed: [] as SettingKey[] };
    for (const key of changed) {
      await tx.setting.upsert({ where: { key }, create: { key, value: input[key], updatedById: actor.id }, update: { value: input[key], updatedById: actor.id } });
    }
    await recordAudit(tx, {
      actorId: actor.id, action: "setting.update", entityType: "Setting", entityId: "settings",
      before: Object.fromEntries(changed.map((key) => [key, current[key]])),
      after: Object.fromEntries(changed.map((key) => [key, input[key]])),
    });
    return { changed };
  });
}
