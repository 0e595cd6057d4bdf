import { beforeEach, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/session-user";
import { prisma } from "@/lib/db";
import { verifyPassword } from "@/lib/auth/password";

// The session comes from next-auth's cookie in the app; here the test decides who is signed in.
let signedIn: SessionUser | null = null;
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => signedIn }));
// Changing one's password reads the client's address from the request, which Next.js provides in the app.
vi.mock("next/headers", () => ({ headers: async () => new Headers() }));
const { createUser, updateUser, deactivateUser, reactivateUser, resetPassword, changePassword } = await import("@/lib/users/actions");
const { setUserActive } = await import("@/lib/users/commands/set-user-active");
const fixtures = await import("../../support/fixtures");

const region = (code: string) => fixtures.regionId(code);
const account = (id: number) => prisma.user.findUniqueOrThrow({ where: { id } });
const auditOf = (id: number, action: string) => prisma.auditLog.findMany({ where: { entityType: "User", entityId: String(id), action } });
const recorded = (entries: { before: unknown; after: unknown; meta: unknown }[]) => JSON.stringify(entries.map(({ before, after, meta }) => ({ before, after, meta })));

describe("user administration", () => {
  beforeEach(async () => {
    signedIn = await fixtures.createUser("ADMIN");
  });

  it("creates a monitor with a temporary password shown once, stored only hashed, and audited without secrets", async () => {
    const result = await createUser({ email: " Teuta.M@Mission.Example ", name: "Teuta Morina", role: "MONITOR", regionId: String(await region("PEJE")), locale: "sq" });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const user = await account(result.data.id);
    expect(user).toMatchObject({ email: "teuta.m@mission.example", role: "MONITOR", regionId: await region("PEJE"), locale: "sq", mustChangePassword: true, active: true });
    expect(await verifyPassword(user.passwordHash, result.data.temporaryPassword)).toBe(true);
    const [entry] = await auditOf(user.id, "user.create");
    expect(entry?.actorId).toBe(signedIn!.id);
    const logged = recorded([entry!]);
    expect(logged).not.toContain(result.data.temporaryPassword);
    expect(logged).not.toContain(user.passwordHash);
    expect(entry?.after).toMatchObject({ email: "teuta.m@mission.example", role: "MONITOR" });
  });

  it("refuses a taken e-mail (whatever its case) and a monitor without region, writing nothing", async () => {
    const existing = await fixtures.createUser("ANALYST");
    const before = await prisma.user.count();
    const taken = await createUser({ email: existing.email.toUpperCase(), name: "X", role: "ANALYST", regionId: null, locale: "en" });
    expect(taken).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { email: ["validation.emailTaken"] } });
    const noRegion = await createUser({ email: "someone@mission.example", name: "X", role: "MONITOR", regionId: "", locale: "en" });
    expect(noRegion).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { regionId: ["validation.regionRequired"] } });
    const badRegion = await createUser({ email: "someone@mission.example", name: "X", role: "MONITOR", regionId: 999_999, locale: "en" });
    expect(badRegion).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { regionId: ["validation.invalid"] } });
    expect(await prisma.user.count()).toBe(before);
  });

  it("is for admins only", async () => {
    for (const role of ["MONITOR", "ANALYST", "MANAGER"] as const) {
      signedIn = await fixtures.createUser(role);
      expect(await createUser({ email: `x-${role}@mission.example`, name: "X", role: "ADMIN", regionId: null, locale: "en" })).toMatchObject({ ok: false, code: "FORBIDDEN" });
      expect(await resetPassword({ userId: signedIn.id })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    }
    expect(await prisma.user.count({ where: { email: { startsWith: "x-" } } })).toBe(0);
  });

  it("a new role or region ends the user's sessions; a new name or language does not", async () => {
    const monitor = await fixtures.createUser("MONITOR");
    const start = (await account(monitor.id)).sessionVersion;
    expect(await updateUser({ userId: monitor.id, name: "Renamed", role: "MONITOR", regionId: monitor.regionId, locale: "sr" })).toMatchObject({ ok: true, data: { changed: true } });
    expect((await account(monitor.id)).sessionVersion).toBe(start);
    expect(await updateUser({ userId: monitor.id, name: "Renamed", role: "MONITOR", regionId: await region("PRIZREN"), locale: "sr" })).toMatchObject({ ok: true });
    expect((await account(monitor.id)).sessionVersion).toBe(start + 1);
    expect(await updateUser({ userId: monitor.id, name: "Renamed", role: "ANALYST", regionId: await region("PRIZREN"), locale: "sr" })).toMatchObject({ ok: true });
    const after = await account(monitor.id);
    expect(after).toMatchObject({ role: "ANALYST", regionId: null, sessionVersion: start + 2 });
    const [lastChange] = await prisma.auditLog.findMany({ where: { entityType: "User", entityId: String(monitor.id), action: "user.update" }, orderBy: { id: "desc" }, take: 1 });
    expect(lastChange).toMatchObject({ before: { role: "MONITOR" }, after: { role: "ANALYST", regionId: null }, meta: { sessionsEnded: true } });
  });

  it("deactivates (ending sessions) and reactivates, auditing both", async () => {
    const analyst = await fixtures.createUser("ANALYST");
    const start = (await account(analyst.id)).sessionVersion;
    expect(await deactivateUser({ userId: analyst.id })).toMatchObject({ ok: true, data: { changed: true } });
    expect(await account(analyst.id)).toMatchObject({ active: false, sessionVersion: start + 1 });
    expect(await reactivateUser({ userId: analyst.id })).toMatchObject({ ok: true });
    expect((await account(analyst.id)).active).toBe(true);
    expect(await auditOf(analyst.id, "user.deactivate")).toHaveLength(1);
    expect(await auditOf(analyst.id, "user.reactivate")).toHaveLength(1);
    expect(await deactivateUser({ userId: 999_999 })).toMatchObject({ ok: false, code: "NOT_FOUND" });
  });

  it("resets a password: the old one stops working, the new one is temporary, sessions end", async () => {
    const manager = await fixtures.createUser("MANAGER", { password: "Old-Password-Kept-1" });
    const start = (await account(manager.id)).sessionVersion;
    const result = await resetPassword({ userId: manager.id });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const after = await account(manager.id);
    expect(after).toMatchObject({ mustChangePassword: true, sessionVersion: start + 1 });
    expect(await verifyPassword(after.passwordHash, "Old-Password-Kept-1")).toBe(false);
    expect(await verifyPassword(after.passwordHash, result.data.temporaryPassword)).toBe(true);
    expect(recorded(await auditOf(manager.id, "user.resetPassword"))).not.toContain(result.data.temporaryPassword);
  });
});

describe("the last active administrator", () => {
  async function onlyAdmin() {
    await prisma.user.updateMany({ where: { role: "ADMIN" }, data: { active: false } });
    return fixtures.createUser("ADMIN");
  }

  it("cannot deactivate or demote themselves, and nobody can deactivate them", async () => {
    signedIn = await onlyAdmin();
    expect(await deactivateUser({ userId: signedIn.id })).toMatchObject({ ok: false, code: "INVALID_STATE", details: { reason: "lastAdmin" } });
    expect(await updateUser({ userId: signedIn.id, name: "Me", role: "ANALYST", regionId: null, locale: "en" })).toMatchObject({ ok: false, details: { reason: "lastAdmin" } });
    expect(await account(signedIn.id)).toMatchObject({ role: "ADMIN", active: true });
  });

  it("can step down once another admin is active", async () => {
    signedIn = await onlyAdmin();
    await fixtures.createUser("ADMIN");
    expect(await updateUser({ userId: signedIn.id, name: "Me", role: "MANAGER", regionId: null, locale: "en" })).toMatchObject({ ok: true });
  });

  it("two admins deactivating each other at the same moment leave one active", async () => {
    const first = await onlyAdmin();
    const second = await fixtures.createUser("ADMIN");
    const outcomes = await Promise.allSettled([setUserActive(second.id, false, first), setUserActive(first.id, false, second)]);
    expect(outcomes.map((o) => o.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect(await prisma.user.count({ where: { role: "ADMIN", active: true } })).toBe(1);
  });
});

describe("changing one's own password", () => {
  it("is the only thing a user with a temporary password may do, and clears the requirement", async () => {
    const admin = await fixtures.createUser("ADMIN");
    signedIn = admin;
    const created = await createUser({ email: "pending.admin@mission.example", name: "Pending", role: "ADMIN", regionId: null, locale: "en" });
    if (!created.ok) throw new Error("setup failed");
    const pending = await account(created.data.id);
    signedIn = { id: pending.id, email: pending.email, name: pending.name, role: pending.role, regionId: null, locale: pending.locale, mustChangePassword: true };

    expect(await createUser({ email: "other@mission.example", name: "O", role: "ANALYST", regionId: null, locale: "en" })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    const temporary = created.data.temporaryPassword;
    expect(await changePassword({ currentPassword: "wrong-password", newPassword: "violet-kettle-Drenas-42", confirmPassword: "violet-kettle-Drenas-42" }))
      .toMatchObject({ ok: false, fieldErrors: { currentPassword: ["validation.wrongPassword"] } });
    expect(await changePassword({ currentPassword: temporary, newPassword: "pending.admin-2025", confirmPassword: "pending.admin-2025" }))
      .toMatchObject({ ok: false, fieldErrors: { newPassword: ["validation.passwordContainsEmail"] } });
    expect(await changePassword({ currentPassword: temporary, newPassword: "Password-2025!", confirmPassword: "Password-2025!" }))
      .toMatchObject({ ok: false, fieldErrors: { newPassword: ["validation.passwordTooCommon"] } });
    expect(await changePassword({ currentPassword: temporary, newPassword: "violet-kettle-Drenas-42", confirmPassword: "violet-kettle-Drenas-4" }))
      .toMatchObject({ ok: false, fieldErrors: { confirmPassword: ["validation.passwordsDiffer"] } });
    expect((await account(pending.id)).mustChangePassword).toBe(true);

    expect(await changePassword({ currentPassword: temporary, newPassword: "violet-kettle-Drenas-42", confirmPassword: "violet-kettle-Drenas-42" })).toMatchObject({ ok: true });
    const after = await account(pending.id);
    expect(after.mustChangePassword).toBe(false);
    expect(after.sessionVersion).toBe(pending.sessionVersion + 1);
    expect(await verifyPassword(after.passwordHash, "violet-kettle-Drenas-42")).toBe(true);
    expect(await auditOf(pending.id, "user.changePassword")).toHaveLength(1);
  });
});
