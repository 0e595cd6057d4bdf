// npm test: the whole suite: static checks, unit tests, integration tests against a real PostgreSQL,
// and Playwright end-to-end tests against the built app on Debian's chromium.
// npm test -- <stage> [...] [file or flag ...]   some stages only (static, unit, integration, e2e); other
// arguments go to vitest or playwright, e.g. npm test -- e2e tests/e2e/auth.spec.ts
import "dotenv/config";
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import net from "node:net";
import path from "node:path";
import { buildIfNeeded } from "./lib/build-if-needed.mjs";
import { ensureChromium } from "./lib/chromium.mjs";
import { recreateDatabase, runSeed, startTestDatabase, TEMPLATE_DATABASE } from "./lib/test-database.mjs";

const ALL = ["static", "unit", "integration", "e2e"];
// Stage names pick stages; anything else (flags, spec or test file paths) goes to the test runners.
const args = process.argv.slice(2);
const requested = args.filter((a) => ALL.includes(a));
const extra = args.filter((a) => !ALL.includes(a));
const stages = requested.length ? requested : ALL;

const bin = (name) => path.resolve("node_modules/.bin", name);
const run = (cmd, args, env = {}) =>
  new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env } });
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });

function freePort() {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const started = Date.now();
const timings = [];
let failed = false;
let database = null;
async function stage(name, fn) {
  const t0 = Date.now();
  console.log(`\n━━ ${name} ━━`);
  const code = await fn();
  timings.push(`${name} ${((Date.now() - t0) / 1000).toFixed(0)} s${code === 0 ? "" : " FAILED"}`);
  if (code !== 0) failed = true;
}

try {
  if (stages.includes("e2e")) ensureChromium();
  if (stages.includes("static")) {
    await stage("typecheck", () => run(bin("tsc"), ["--noEmit"]));
    await stage("lint", () => run(bin("eslint"), ["."]));
  }
  if (stages.includes("unit")) await stage("unit", () => run(bin("vitest"), ["run", "--project", "unit", ...extra]));
  if (stages.includes("integration") || stages.includes("e2e")) database = await startTestDatabase();
  if (stages.includes("integration")) {
    await stage("integration", () =>
      run(bin("vitest"), ["run", "--project", "integration", ...extra], {
        TEST_DATABASE_ADMIN_URL: database.adminUrl,
        TEST_TEMPLATE_DATABASE: TEMPLATE_DATABASE,
      }));
  }
  if (stages.includes("e2e")) {
    await stage("e2e", async () => {
      buildIfNeeded();
      const url = await recreateDatabase(database.adminUrl, "tm_e2e", TEMPLATE_DATABASE);
      await runSeed(url, { DEMO_DATA: "1" });
      return run(bin("playwright"), ["test", ...extra], {
        E2E_PORT: process.env.E2E_PORT ?? String(await freePort()),
        DATABASE_URL: url,
        NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
        AUTH_TRUST_HOST: "true",
        CHROMIUM_PATH: ensureChromium(),
        TEST_DATABASE_ADMIN_URL: database.adminUrl,
      });
    });
  }
} catch (error) {
  console.error(error);
  failed = true;
} finally {
  await database?.stop();
}
console.log(`\n${timings.join(" · ")} · total ${((Date.now() - started) / 1000).toFixed(0)} s`);
process.exit(failed ? 1 : 0);
