import { spawnSync } from "node:child_process";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deployMigrations } from "@/scripts/lib/migrations.mjs";

// This file works on a database of its own, created empty, to prove the migrations and the seed from zero.
const adminUrl = process.env.TEST_DATABASE_ADMIN_URL!;
const name = `empty_${process.pid}`;
const url = (() => {
  const u = new URL(adminUrl);
  u.pathname = `/${name}`;
  return u.toString();
})();

async function query<T = Record<string, unknown>>(sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows as T[];
  } finally {
    await client.end();
  }
}

async function admin(sql: string) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  await client.query(sql);
  await client.end();
}

function seed() {
  const result = spawnSync(process.execPath, ["--conditions=react-server", "--import", "tsx", "prisma/seed.ts"], {
    env: { ...process.env, DATABASE_URL: url, DEMO_DATA: "1", DEMO_HEARINGS: "150" },
    encoding: "utf8",
  });
  expect(result.status, result.stderr).toBe(0);
}

const COUNTED = ["Region", "Court", "Standard", "ChecklistVersion", "ChecklistQuestion", "Setting", "User", "Case", "Hearing", "Answer", "HearingStandardResult", "Finding", "Intervention"];
async function counts() {
  const rows = await query<{ t: string; n: string }>(COUNTED.map((t) => `SELECT '${t}' AS t, count(*) AS n FROM "${t}"`).join(" UNION ALL "));
  return Object.fromEntries(rows.map((r) => [r.t, Number(r.n)]));
}

beforeAll(async () => {
  await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin(`CREATE DATABASE "${name}"`);
});
afterAll(() => admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));

describe("migrations and seed on an empty database", () => {
  it("apply every migration once, then find nothing pending", async () => {
    const applied = await deployMigrations(url);
    expect(applied.length).toBeGreaterThanOrEqual(2);
    expect(await deployMigrations(url)).toEqual([]);
    const recorded = await query<{ n: string }>(`SELECT count(*) AS n FROM "_prisma_migrations" WHERE finished_at IS NOT NULL`);
    expect(Number(recorded[0]!.n)).toBe(applied.length);
  });

  it("seeds the courts, standards, checklist and demo data once, and a second run changes nothing", async () => {
    seed();
    const first = await counts();
    expect(first).toMatchObject({ Region: 5, Standard: 15, ChecklistVersion: 1, Hearing: 150 });
    expect(first.Court).toBe(31);
    expect(first.ChecklistQuestion).toBe(40);
    expect(first.User).toBeGreaterThanOrEqual(5);
    expect(first.Answer).toBeGreaterThan(0);
    seed();
    expect(await counts()).toEqual(first);
  });

  it("the audit log refuses updates and deletes", async () => {
    await query(`INSERT INTO "AuditLog" ("action", "entityType", "entityId") VALUES ('test.append', 'Test', '1')`);
    await expect(query(`UPDATE "AuditLog" SET "action" = 'changed'`)).rejects.toThrow(/append-only/);
    await expect(query(`DELETE FROM "AuditLog"`)).rejects.toThrow(/append-only/);
  });

  it("a published checklist version and its questions refuse changes", async () => {
    await expect(query(`UPDATE "ChecklistQuestion" SET "textEn" = 'changed'`)).rejects.toThrow(/published/);
    await expect(query(`DELETE FROM "ChecklistQuestion"`)).rejects.toThrow(/published/);
    await expect(query(`UPDATE "ChecklistVersion" SET "notes" = 'changed'`)).rejects.toThrow(/published/);
  });
});
