import { beforeEach, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/session-user";
import { prisma } from "@/lib/db";

let signedIn: SessionUser | null = null;
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => signedIn }));
const { saveSettings } = await import("@/lib/settings/actions");
const { getSettings } = await import("@/lib/settings/queries");
const fixtures = await import("../../support/fixtures");

describe("settings", () => {
  beforeEach(async () => {
    signedIn = await fixtures.createUser("ADMIN");
  });

  it("saves what changed, and audits exactly those values", async () => {
    const before = await getSettings();
    const result = await saveSettings({ ...before, annualHearingTarget: "2400", lateStartMinutes: 20 });
    expect(result).toMatchObject({ ok: true, data: { changed: ["annualHearingTarget", "lateStartMinutes"] } });
    expect(await getSettings()).toEqual({ ...before, annualHearingTarget: 2400, lateStartMinutes: 20 });
    const entry = await prisma.auditLog.findFirstOrThrow({ where: { action: "setting.update" }, orderBy: { id: "desc" } });
    expect(entry).toMatchObject({ actorId: signedIn!.id, before: { annualHearingTarget: before.annualHearingTarget, lateStartMinutes: before.lateStartMinutes }, after: { annualHearingTarget: 2400, lateStartMinutes: 20 } });
    expect((await prisma.setting.findUniqueOrThrow({ where: { key: "lateStartMinutes" } })).updatedById).toBe(signedIn!.id);
    expect(await saveSettings({ ...before, annualHearingTarget: 2400, lateStartMinutes: 20 })).toMatchObject({ ok: true, data: { changed: [] } });
  });

  it("refuses values outside their bounds, saving none of them", async () => {
    const before = await getSettings();
    const result = await saveSettings({ ...before, minimumN: 0, interventionReplyDays: 2.5, annualHearingTarget: 5000 });
    expect(result).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { minimumN: ["validation.tooSmall?minimum=1"], interventionReplyDays: ["validation.notInteger"] } });
    expect(await getSettings()).toEqual(before);
  });

  it("is for admins only", async () => {
    signedIn = await fixtures.createUser("MANAGER");
    expect(await saveSettings({ ...(await getSettings()), minimumN: 50 })).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });
});
