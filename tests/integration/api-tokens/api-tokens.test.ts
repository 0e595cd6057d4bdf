import { beforeEach, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/session-user";
import { prisma } from "@/lib/db";
import { hashApiToken, userForApiToken } from "@/lib/auth/api-token";

let signedIn: SessionUser | null = null;
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => signedIn }));
const { issueToken, revokeToken } = await import("@/lib/api-tokens/actions");
const { deactivateUser } = await import("@/lib/users/actions");
const { userHistory } = await import("@/lib/users/queries");
const fixtures = await import("../../support/fixtures");

describe("API tokens", () => {
  beforeEach(async () => {
    signedIn = await fixtures.createUser("ADMIN");
  });

  it("issues a token shown once and stored hashed; it authenticates as its user until revoked", async () => {
    const analyst = await fixtures.createUser("ANALYST");
    const result = await issueToken({ userId: String(analyst.id), name: "Quarterly scripts" });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { token, id } = result.data;
    const row = await prisma.apiToken.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ userId: analyst.id, name: "Quarterly scripts", tokenHash: hashApiToken(token), prefix: token.slice(0, 10), createdById: signedIn!.id });
    expect(JSON.stringify(row)).not.toContain(token);
    const issued = await prisma.auditLog.findFirstOrThrow({ where: { action: "apiToken.issue", entityId: String(id) } });
    expect(JSON.stringify({ before: issued.before, after: issued.after, meta: issued.meta })).not.toContain(token);

    expect(await userForApiToken(`Bearer ${token}`)).toMatchObject({ id: analyst.id, role: "ANALYST" });
    expect((await prisma.apiToken.findUniqueOrThrow({ where: { id } })).lastUsedAt).not.toBeNull();

    expect(await revokeToken({ tokenId: id })).toMatchObject({ ok: true });
    expect(await userForApiToken(`Bearer ${token}`)).toBeNull();
    expect(await revokeToken({ tokenId: id })).toMatchObject({ ok: false, details: { reason: "tokenRevoked" } });
    expect(await prisma.auditLog.count({ where: { action: "apiToken.revoke", entityId: String(id) } })).toBe(1);
    // The user's page lists what happened to their tokens.
    expect((await userHistory(analyst.id)).map((e) => e.action)).toEqual(["apiToken.revoke", "apiToken.issue"]);
  });

  it("stops working when its user is deactivated", async () => {
    const manager = await fixtures.createUser("MANAGER");
    const result = await issueToken({ userId: manager.id, name: "Dashboard export" });
    if (!result.ok) throw new Error("setup");
    expect(await userForApiToken(`Bearer ${result.data.token}`)).not.toBeNull();
    await deactivateUser({ userId: manager.id });
    expect(await userForApiToken(`Bearer ${result.data.token}`)).toBeNull();
  });

  it("is issued only to active readers, and only by admins", async () => {
    const monitor = await fixtures.createUser("MONITOR");
    const inactive = await fixtures.createUser("ANALYST", { active: false });
    const before = await prisma.apiToken.count();
    expect(await issueToken({ userId: monitor.id, name: "x" })).toMatchObject({ ok: false, fieldErrors: { userId: ["validation.invalid"] } });
    expect(await issueToken({ userId: inactive.id, name: "x" })).toMatchObject({ ok: false, fieldErrors: { userId: ["validation.invalid"] } });
    expect(await issueToken({ userId: 999_999, name: "x" })).toMatchObject({ ok: false, fieldErrors: { userId: ["validation.invalid"] } });
    signedIn = await fixtures.createUser("ANALYST");
    expect(await issueToken({ userId: signedIn.id, name: "mine" })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await prisma.apiToken.count()).toBe(before);
  });
});
