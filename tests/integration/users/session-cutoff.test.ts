import { describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db";

// The signed JWT as next-auth decodes it from the cookie: the user id, the session version it was issued
// with and the session it stands for.
let token: { uid: number; sv: number; sid: string } | null = null;
vi.mock("next-auth", () => ({ getServerSession: async () => token }));
const { getCurrentUser } = await import("@/lib/auth/session");
const { setUserActive } = await import("@/lib/users/commands/set-user-active");
const { resetUserPassword } = await import("@/lib/users/commands/reset-password");
const { updateUserAccount } = await import("@/lib/users/commands/update-user");
const { endAllSessions, endSession, openSession: openUserSession } = await import("@/lib/auth/user-sessions");
const fixtures = await import("../../support/fixtures");

/** Signs the user in as next-auth's authorize() does: a session row, and a token naming it. */
async function openSession(userId: number) {
  const { sessionVersion } = await prisma.user.findUniqueOrThrow({ where: { id: userId } });
  token = { uid: userId, sv: sessionVersion, sid: await openUserSession(userId) };
  return token;
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

describe("signing out ends the session on the server", () => {
  it("a signed-out session's token is refused; the account's other sessions go on", async () => {
    const monitor = await fixtures.createUser("MONITOR");
    const phone = await openSession(monitor.id);
    const laptop = await openSession(monitor.id);
    await endSession(phone.sid);
    token = phone;
    expect(await getCurrentUser()).toBeNull();
    token = laptop;
    expect(await getCurrentUser()).toMatchObject({ id: monitor.id });
  });

  it("signing out everywhere ends every session of the account, and only of that account", async () => {
    const monitor = await fixtures.createUser("MONITOR");
    const colleague = await fixtures.createUser("MONITOR");
    const sessions = [await openSession(monitor.id), await openSession(monitor.id)];
    const other = await openSession(colleague.id);
    expect(await endAllSessions(monitor.id)).toEqual({ ended: 2 });
    for (const session of sessions) {
      token = session;
      expect(await getCurrentUser()).toBeNull();
    }
    token = other;
    expect(await getCurrentUser()).toMatchObject({ id: colleague.id });
    expect(await prisma.auditLog.count({ where: { action: "auth.signOutEverywhere", actorId: monitor.id } })).toBe(1);
  });

  it("a token from before sessions were recorded (no session id) is refused", async () => {
    const monitor = await fixtures.createUser("MONITOR");
    const { sessionVersion } = await prisma.user.findUniqueOrThrow({ where: { id: monitor.id } });
    token = { uid: monitor.id, sv: sessionVersion, sid: "" };
    expect(await getCurrentUser()).toBeNull();
  });

  it("an expired session is refused, and cleared at the account's next sign-in", async () => {
    const monitor = await fixtures.createUser("MONITOR");
    const old = await openSession(monitor.id);
    await prisma.userSession.update({ where: { id: old.sid }, data: { expiresAt: new Date(Date.now() - 1000) } });
    token = old;
    expect(await getCurrentUser()).toBeNull();
    await openSession(monitor.id);
    expect(await prisma.userSession.findUnique({ where: { id: old.sid } })).toBeNull();
  });
});
