// Seeds the reference data (always, additively) and, where DEMO_DATA=1 and the database has no users
// yet, the demo accounts and two years of synthetic hearings; prunes spent idempotency keys.
// Run by `npm start` and `npm run db:seed`.
import "dotenv/config";
import { prisma } from "../lib/db.ts";
import { generateDemoData } from "./demo/generate.ts";
import { generateFollowUp } from "./demo/follow-up.ts";
import { seedDemoUsers } from "./seed/demo-users.ts";
import { seedReferenceData } from "./seed/reference.ts";

import { DEMO_DATA_SETTING } from "../lib/settings/defaults.ts";

const DEFAULT_DEMO_HEARINGS = 4000;

/** Retried syncs arrive within minutes or days of their first try; a month later a key has done its work. */
const IDEMPOTENCY_KEY_DAYS = 30;

async function main() {
  await seedReferenceData(prisma);
  await prisma.idempotencyKey.deleteMany({ where: { createdAt: { lt: new Date(Date.now() - IDEMPOTENCY_KEY_DAYS * 86_400_000) } } });
  if (process.env.DEMO_DATA !== "1") return;
  if ((await prisma.user.count()) > 0) return;
  const t0 = Date.now();
  await seedDemoUsers(prisma);
  const hearings = Number(process.env.DEMO_HEARINGS ?? DEFAULT_DEMO_HEARINGS);
  const result = await generateDemoData(prisma, { hearings, years: 2, log: console.log });
  await generateFollowUp(prisma);
  await prisma.setting.upsert({ where: { key: DEMO_DATA_SETTING }, update: { value: true }, create: { key: DEMO_DATA_SETTING, value: true } });
  console.log(`[seed] demo data: ${result.cases} cases, ${result.hearings} hearings, ${result.answers} answers in ${Date.now() - t0} ms`);
}

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => prisma.$disconnect());
