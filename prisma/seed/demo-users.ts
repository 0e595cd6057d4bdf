import type { DbClient } from "../../lib/db.ts";
import { hashPassword } from "../../lib/auth/password.ts";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../../lib/users/demo-accounts.ts";
import type { RegionCode } from "../reference/courts.ts";

/** Further field monitors, so that every region has a team (they share the demo password). */
const TEAM: { name: string; region: RegionCode }[] = [
  { name: "Dren Hoxha", region: "PRISHTINE" },
  { name: "Teuta Morina", region: "PRISHTINE" },
  { name: "Ardian Shala", region: "GJILAN" },
  { name: "Jelena Stojanović", region: "GJILAN" },
  { name: "Fatmire Rexhepi", region: "MITROVICE" },
  { name: "Nikola Petrović", region: "MITROVICE" },
  { name: "Blerim Kelmendi", region: "PEJE" },
  { name: "Drita Gjoka", region: "PEJE" },
  { name: "Emine Bytyqi", region: "PRIZREN" },
];

export async function seedDemoUsers(db: DbClient) {
  const regionId = new Map((await db.region.findMany()).map((r) => [r.code, r.id]));
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const team = TEAM.map((m, i) => ({
    email: `monitor.${m.region.toLowerCase()}.${i + 1}@example.org`,
    name: m.name,
    role: "MONITOR" as const,
    region: m.region,
  }));
  const locales = ["en", "sq", "sr"] as const;
  await db.user.createMany({
    data: [...DEMO_ACCOUNTS, ...team].map((account, i) => ({
      email: account.email,
      name: account.name,
      role: account.role,
      regionId: account.region ? regionId.get(account.region)! : null,
      locale: i < DEMO_ACCOUNTS.length ? "en" : locales[i % 3]!,
      passwordHash,
    })),
    skipDuplicates: true,
  });
}
