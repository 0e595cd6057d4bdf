// The database the test suite runs against: an embedded PostgreSQL of its own (fast and throwaway: no
// fsync, data in a temporary folder), or the server at TEST_DATABASE_URL when one is given.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { startEmbedded } from "./embedded-db.mjs";
import { deployMigrations } from "./migrations.mjs";

export const TEMPLATE_DATABASE = "tm_template";

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}

export function databaseUrlFor(adminUrl, name) {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function sql(adminUrl, statement) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/**
 * Creates a database, copied from `template` when given. PostgreSQL refuses to copy a template while any
 * other session is on it (a seed that just exited, another test file copying it): wait and retry.
 * @param {string} adminUrl
 * @param {string} name
 * @param {string} [template]
 */
export async function createDatabase(adminUrl, name, template) {
  for (let attempt = 1; ; attempt++) {
    try {
      await sql(adminUrl, `CREATE DATABASE "${name}"${template ? ` TEMPLATE "${template}"` : ""}`);
      return databaseUrlFor(adminUrl, name);
    } catch (error) {
      if (attempt >= 60 || !/being accessed by other users/.test(String(error))) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100 + Math.random() * 200));
    }
  }
}

/** @param {string} adminUrl @param {string} name */
export async function dropDatabase(adminUrl, name) {
  await sql(adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
}

/** @param {string} adminUrl @param {string} name @param {string} [template] */
export async function recreateDatabase(adminUrl, name, template) {
  await dropDatabase(adminUrl, name);
  return createDatabase(adminUrl, name, template);
}

export function runSeed(databaseUrl, env = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "prisma/seed.ts"], {
      stdio: "inherit",
      env: { ...process.env, DATABASE_URL: databaseUrl, ...env },
    });
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`seed exited with ${code}`))));
  });
}

/** Starts the test server and prepares the template database (migrations and reference data). */
export async function startTestDatabase() {
  let adminUrl = process.env.TEST_DATABASE_URL;
  let stop = async () => {};
  if (!adminUrl) {
    const port = await freePort();
    const dataDir = mkdtempSync(path.join(os.tmpdir(), "trialmonitor-test-"));
    adminUrl = `postgresql://postgres:postgres@127.0.0.1:${port}/postgres`;
    const server = await startEmbedded(adminUrl, { dataDir: path.join(dataDir, "data"), durable: false, log: console.log });
    stop = async () => {
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    };
  }
  const templateUrl = await recreateDatabase(adminUrl, TEMPLATE_DATABASE);
  await deployMigrations(templateUrl);
  await runSeed(templateUrl, { DEMO_DATA: "0" });
  return { adminUrl, stop };
}
