// Direct database access for specs to make their own records (the app under test uses the same database).
import { hash } from "@node-rs/argon2";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../../lib/generated/prisma/client.ts";
import type { Role } from "../../../lib/generated/prisma/enums.ts";

export const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL! }) });

let counter = 0;
export const uniqueSuffix = () => `${Date.now().toString(36)}-${(counter++).toString(36)}`;

export async function createUser(role: Role, options: { password?: string; active?: boolean; region?: string | null } = {}) {
  const region = options.region === undefined ? (role === "MONITOR" ? "PRISHTINE" : null) : options.region;
  return db.user.create({
    data: {
      email: `${role.toLowerCase()}-${uniqueSuffix()}@e2e.example`,
      name: `E2E ${role} ${uniqueSuffix()}`,
      role,
      regionId: region ? (await db.region.findUniqueOrThrow({ where: { code: region } })).id : null,
      active: options.active ?? true,
      passwordHash: await hash(options.password ?? "E2E-Password-42"),
    },
  });
}
