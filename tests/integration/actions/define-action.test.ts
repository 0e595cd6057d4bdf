import { beforeEach, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/session-user";
import { z } from "@/lib/validation/zod";
import { AppError } from "@/lib/errors/app-error";
import { prisma } from "@/lib/db";

// The session comes from next-auth's cookie in the app; here the test decides who is signed in.
let signedIn: SessionUser | null = null;
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => signedIn }));
const { defineAction } = await import("@/lib/actions/define-action");
const { createUser } = await import("../../support/fixtures");

const renameRegion = defineAction({
  name: "test.renameRegion",
  input: z.strictObject({ code: z.string().min(2).max(20), nameSq: z.string().min(1).max(100) }),
  roles: ["ADMIN"],
  maxInputChars: 1000,
  run: async ({ code, nameSq }) => {
    const region = await prisma.region.findUnique({ where: { code } });
    if (!region) throw new AppError("NOT_FOUND");
    return prisma.region.update({ where: { code }, data: { nameSq } });
  },
});

describe("defineAction", () => {
  beforeEach(() => {
    signedIn = null;
  });

  it("refuses anonymous callers", async () => {
    expect(await renameRegion({ code: "PEJE", nameSq: "X" })).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
  });

  it("refuses a role that may not call it, and writes nothing", async () => {
    signedIn = await createUser("MONITOR");
    expect(await renameRegion({ code: "PEJE", nameSq: "X" })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect((await prisma.region.findUnique({ where: { code: "PEJE" } }))?.nameSq).toBe("Pejë");
  });

  it("returns field errors as translation keys for malformed input", async () => {
    signedIn = await createUser("ADMIN");
    const result = await renameRegion({ code: "P", nameSq: "", extra: true } as never);
    expect(result).toMatchObject({ ok: false, code: "VALIDATION" });
    expect(!result.ok && result.fieldErrors).toEqual({ _: ["validation.unknownField"], code: ["validation.tooShort?minimum=2"], nameSq: ["validation.required"] });
  });

  it("refuses oversized input before parsing it", async () => {
    signedIn = await createUser("ADMIN");
    expect(await renameRegion({ code: "PEJE", nameSq: "x".repeat(5000) })).toMatchObject({ ok: false, code: "PAYLOAD_TOO_LARGE" });
  });

  it("maps expected domain errors and runs valid calls", async () => {
    signedIn = await createUser("ADMIN");
    expect(await renameRegion({ code: "NOWHERE", nameSq: "X" })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await renameRegion({ code: "PEJE", nameSq: "Pejë (renamed)" })).toMatchObject({ ok: true, data: { nameSq: "Pejë (renamed)" } });
  });
});
