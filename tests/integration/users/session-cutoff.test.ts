import { describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db";

// The signed JWT as next-auth decodes it from the cookie: the user id and the session version it was issued with.
let token: { uid: number; sv: number } | null = null;
vi.mock("next-auth", () => ({ getServerSession: async () => token }));
const { getCurrentUser } = await import("@/lib/auth/session");
const { setUserActive } = await import("@/lib/users/commands/set-user-active");
const { resetUserPassword } = await import("@/lib/users/commands/reset-password");
const { updateUserAccount } = await import("@/lib/users/commands/update-user");
const fixtures = await import("../../support/fixtures");

async function openSession(userId: number) {
  const { sessionVersion } = await prisma.user.findUniqueOrThrow({ where: { id: userId } });
  token = { uid: userId, sv: sessionVersion };
}

describe("an open session stops at its next request", () => {
  it("after deactivation, and does not come back on reactivation", async () => {
    const admin = await fixtures.createUser("ADMIN");
    const monitor = await fixtures.createUser("MONITOR");
    await openSession(monitor.id);
    expect(await getCurrentUser()).toMatchObject({ id: monitor.id });
    await setUserActive(monitor.id, false, admin);
    expect(await getCurrentUser()).toBeNull();
    await setUserActive(monitor.id, true, admin);
    expect(await getCurrentUser()).toBeNull();
  });

  it("after a password reset and after a change of region", async () => {
    const admin = await fixtures.createUser("ADMIN");
    const monitor = await fixtures.createUser("MONITOR");
    await openSession(monitor.id);
    await resetUserPassword(monitor.id, admin);
    expect(await getCurrentUser()).toBeNull();

    await openSession(monitor.id);
    expect(await getCurrentUser()).toMatchObject({ id: monitor.id, mustChangePassword: true });
    await updateUserAccount({ userId: monitor.id, name: monitor.name, role: "MONITOR", regionId: await fixtures.regionId("GJILAN"), locale: "en" }, admin);
    expect(await getCurrentUser()).toBeNull();
  });
});
