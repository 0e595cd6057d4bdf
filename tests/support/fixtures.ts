// Builders for integration tests: small, explicit records in the test file's own database.
import { prisma } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import type { Role } from "@/lib/generated/prisma/enums";
import type { SessionUser } from "@/lib/auth/session-user";

let counter = 0;
const unique = () => `${Date.now().toString(36)}${(counter++).toString(36)}`;

export async function regionId(code = "PRISHTINE"): Promise<number> {
  return (await prisma.region.findUniqueOrThrow({ where: { code } })).id;
}

export async function createUser(role: Role, options: { region?: string | null; password?: string; active?: boolean; email?: string } = {}): Promise<SessionUser> {
  const region = options.region === undefined ? (role === "MONITOR" ? "PRISHTINE" : null) : options.region;
  const user = await prisma.user.create({
    data: {
      email: options.email ?? `${role.toLowerCase()}-${unique()}@test.example`,
      name: `${role} ${unique()}`,
      role,
      regionId: region ? await regionId(region) : null,
      active: options.active ?? true,
      passwordHash: await hashPassword(options.password ?? "Correct-Horse-9"),
    },
  });
  return { id: user.id, email: user.email, name: user.name, role: user.role, regionId: user.regionId, locale: user.locale, mustChangePassword: user.mustChangePassword };
}
