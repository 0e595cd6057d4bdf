import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { authenticate } from "@/lib/auth/sign-in";
import { createUser } from "../../support/fixtures";

describe("authenticate", () => {
  it("signs in with the right password, case-insensitively on the e-mail, and records it", async () => {
    const user = await createUser("ANALYST", { password: "Correct-Horse-9" });
    const result = await authenticate(user.email.toUpperCase(), "Correct-Horse-9", "10.0.0.1");
    expect(result).toMatchObject({ ok: true, user: { id: user.id, role: "ANALYST" } });
    const audit = await prisma.auditLog.findFirst({ where: { action: "auth.signIn", entityId: String(user.id) } });
    expect(audit?.actorId).toBe(user.id);
  });

  it("refuses a wrong password and an unknown e-mail alike", async () => {
    const user = await createUser("MONITOR");
    expect(await authenticate(user.email, "wrong-password", "10.0.0.2")).toEqual({ ok: false, reason: "INVALID_CREDENTIALS" });
    expect(await authenticate("nobody@test.example", "whatever", "10.0.0.2")).toEqual({ ok: false, reason: "INVALID_CREDENTIALS" });
  });

  it("refuses an inactive account, and says so only to someone who knows its password", async () => {
    const user = await createUser("MONITOR", { active: false, password: "Correct-Horse-9" });
    expect(await authenticate(user.email, "Correct-Horse-9", "10.0.0.3")).toEqual({ ok: false, reason: "ACCOUNT_INACTIVE" });
    expect(await authenticate(user.email, "wrong", "10.0.0.3")).toEqual({ ok: false, reason: "INVALID_CREDENTIALS" });
  });

  it("five guesses from one address lock that address out of the account, even with the right password; its owner still signs in from elsewhere", async () => {
    const user = await createUser("MANAGER", { password: "Correct-Horse-9" });
    for (let i = 0; i < 5; i++) await authenticate(user.email, `wrong-${i}`, "10.1.0.1");
    const locked = await authenticate(user.email, "Correct-Horse-9", "10.1.0.1");
    expect(locked.ok).toBe(false);
    expect(!locked.ok && locked.reason).toMatch(/^THROTTLED:\d+$/);
    expect((await authenticate(user.email, "Correct-Horse-9", "10.2.0.1")).ok).toBe(true);
    // The owner's success elsewhere does not lift the guesser's lock.
    expect((await authenticate(user.email, "Correct-Horse-9", "10.1.0.1")).ok).toBe(false);
  });

  it("guesses spread over many addresses put the account on guard: only an address it signed in from before gets through", async () => {
    const user = await createUser("ANALYST", { password: "Correct-Horse-9" });
    expect((await authenticate(user.email, "Correct-Horse-9", "10.6.0.1")).ok).toBe(true);
    for (let i = 0; i < 20; i++) await authenticate(user.email, "wrong", `10.7.0.${i}`);
    const fresh = await authenticate(user.email, "Correct-Horse-9", "10.8.0.1");
    expect(!fresh.ok && fresh.reason).toMatch(/^THROTTLED:/);
    expect((await authenticate(user.email, "Correct-Horse-9", "10.6.0.1")).ok).toBe(true);
    // An unknown e-mail on guard answers the same as a known one, so the guard tells nobody which exist.
    for (let i = 0; i < 20; i++) await authenticate("nobody-guarded@test.example", "wrong", `10.9.0.${i}`);
    expect(await authenticate("nobody-guarded@test.example", "wrong", "10.8.0.2")).toEqual(fresh);
  });

  it("locks an address after thirty failures across accounts", async () => {
    for (let i = 0; i < 30; i++) await authenticate(`someone-${i}@test.example`, "wrong", "10.9.9.9");
    const user = await createUser("ANALYST", { password: "Correct-Horse-9" });
    const result = await authenticate(user.email, "Correct-Horse-9", "10.9.9.9");
    expect(!result.ok && result.reason).toMatch(/^THROTTLED:/);
    expect((await authenticate(user.email, "Correct-Horse-9", "10.9.9.10")).ok).toBe(true);
  });
});

describe("authenticate under parallel attempts", () => {
  it("lets at most five guesses through for one account from one address, however many arrive at once", async () => {
    const user = await createUser("ANALYST", { password: "Correct-Horse-9" });
    const results = await Promise.all(Array.from({ length: 12 }, (_, i) => authenticate(user.email, `wrong-${i}`, "10.3.0.1")));
    const checked = results.filter((r) => !r.ok && r.reason === "INVALID_CREDENTIALS").length;
    expect(checked).toBeLessThanOrEqual(5);
    expect(results.filter((r) => !r.ok && r.reason.startsWith("THROTTLED")).length).toBe(12 - checked);
  });

  it("a correct sign-in clears the account's count, and colleagues behind one address are not locked out", async () => {
    const user = await createUser("MONITOR", { password: "Correct-Horse-9" });
    for (let i = 0; i < 4; i++) await authenticate(user.email, "wrong", "10.4.0.1");
    expect((await authenticate(user.email, "Correct-Horse-9", "10.4.0.1")).ok).toBe(true);
    for (let i = 0; i < 4; i++) await authenticate(user.email, "wrong", "10.4.0.1");
    expect((await authenticate(user.email, "Correct-Horse-9", "10.4.0.1")).ok).toBe(true);
    const office = await Promise.all(Array.from({ length: 35 }, () => createUser("MONITOR", { password: "Correct-Horse-9" })));
    for (const colleague of office) expect((await authenticate(colleague.email, "Correct-Horse-9", "10.5.0.1")).ok).toBe(true);
  });
});
