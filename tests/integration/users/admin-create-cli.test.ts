import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { verifyPassword } from "@/lib/auth/password";

/** Runs the command's second stage (the part inside the database wrapper) against this file's database. */
function adminCreate(args: string[], stdin?: string): Promise<{ code: number; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/admin-create.mjs", ...args], {
      env: { ...process.env, ADMIN_CREATE_STAGE: "run" },
    });
    let out = "";
    child.stdout.on("data", (chunk) => (out += chunk));
    child.stderr.on("data", (chunk) => (out += chunk));
    child.stdin.end(stdin ?? "");
    child.on("exit", (code) => resolve({ code: code ?? 1, out }));
  });
}

describe("npm run admin:create", () => {
  it("creates the first admin with a temporary password, then refuses a second unless forced", async () => {
    await prisma.user.updateMany({ where: { role: "ADMIN" }, data: { active: false } });

    const first = await adminCreate(["--email", "Head.Of.Programme@Mission.Example", "--name", "Head of Programme"]);
    expect(first.code, first.out).toBe(0);
    const temporary = /temporary password, shown only now: (\S+)/.exec(first.out)?.[1];
    expect(temporary).toBeTruthy();
    const admin = await prisma.user.findUniqueOrThrow({ where: { email: "head.of.programme@mission.example" } });
    expect(admin).toMatchObject({ role: "ADMIN", active: true, mustChangePassword: true, name: "Head of Programme" });
    expect(await verifyPassword(admin.passwordHash, temporary!)).toBe(true);
    expect(await prisma.auditLog.count({ where: { action: "user.create", entityId: String(admin.id), actorId: null } })).toBe(1);

    const second = await adminCreate(["--email", "second@mission.example"]);
    expect(second.code).toBe(1);
    expect(second.out).toContain("an active administrator already exists");

    const weak = await adminCreate(["--email", "second@mission.example", "--force", "--password-stdin"], "password1234\n");
    expect(weak.code).toBe(1);
    expect(weak.out).toContain("too common");

    const forced = await adminCreate(["--email", "second@mission.example", "--force", "--password-stdin"], "violet-kettle-Drenas-42\n");
    expect(forced.code, forced.out).toBe(0);
    expect(forced.out).not.toContain("temporary password");
    const second2 = await prisma.user.findUniqueOrThrow({ where: { email: "second@mission.example" } });
    expect(second2.mustChangePassword).toBe(false);
    expect(await verifyPassword(second2.passwordHash, "violet-kettle-Drenas-42")).toBe(true);
  });

  it("explains its usage when the e-mail is missing", async () => {
    const result = await adminCreate([]);
    expect(result.code).toBe(2);
    expect(result.out).toContain("usage: npm run admin:create");
  });
});
