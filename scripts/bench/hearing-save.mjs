// npm run bench:save [-- --saves N --hearings H]
// How long a background save of a hearing report takes, on a fresh copy of the demo data (H hearings,
// 4,000 by default) in a throwaway embedded PostgreSQL, measured at two layers:
//   domain: saveHearingDraft() in-process: validation, the transaction, answers, results, audit;
//   http:   the save server action through the production app (`next start`): session, wrapper, RSC
//           encoding and the local network round trip, replaying the request the browser itself sends.
// Prints median / p95 / p99 per layer and writes them to bench-results/.
import "dotenv/config";
import { spawn } from "node:child_process";
import { randomBytes, randomUUID } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { parseArgs } from "node:util";
import { chromium } from "@playwright/test";
import pg from "pg";
import { buildIfNeeded } from "../lib/build-if-needed.mjs";
import { ensureChromium } from "../lib/chromium.mjs";
import { recreateDatabase, runSeed, startTestDatabase, TEMPLATE_DATABASE } from "../lib/test-database.mjs";
import { summarize } from "./stats.mjs";

const { values: args } = parseArgs({ options: { saves: { type: "string", default: "400" }, hearings: { type: "string", default: "4000" } } });
const SAVES = Number(args.saves);
const MONITOR = "monitor@example.org";
const PASSWORD = "Demo-Password-1";

const freePort = () =>
  new Promise((resolve) => {
    const server = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

function run(cmd, cmdArgs, env) {
  return new Promise((resolve, reject) => {
    let out = "";
    const child = spawn(cmd, cmdArgs, { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "inherit"] });
    child.stdout.on("data", (chunk) => (out += chunk));
    child.on("exit", (code) => (code === 0 ? resolve(out) : reject(new Error(`${cmd} exited with ${code}`))));
  });
}

async function waitFor(url, timeoutMs = 60_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer`);
}

async function query(url, sql, params) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows;
  } finally {
    await client.end();
  }
}

/** A draft of the demo monitor that the domain run did not touch. */
async function untouchedDraft(url) {
  const [row] = await query(url, `SELECT h.id FROM "Hearing" h JOIN "User" u ON u.id = h."monitorId" WHERE u.email = $1 AND h."reviewState" = 'DRAFT' ORDER BY h.id DESC LIMIT 1`, [MONITOR]);
  return row.id;
}

/** Opens the report in a browser, changes one answer, and keeps the save request the page sends. */
async function captureSave(baseUrl, hearingId) {
  const browser = await chromium.launch({ executablePath: ensureChromium(), args: ["--no-sandbox", "--disable-gpu"] });
  try {
    const page = await browser.newPage();
    await page.goto(`${baseUrl}/login`);
    await page.getByLabel("E-mail").fill(MONITOR);
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL(/\/hearings/);
    await page.goto(`${baseUrl}/hearings/${hearingId}`);
    const saved = page.waitForRequest((r) => r.method() === "POST" && !!r.headers()["next-action"]);
    await page.locator("fieldset.question input[type=radio]:not(:checked)").first().check();
    const request = await saved;
    await page.getByRole("status").filter({ hasText: "All changes saved" }).waitFor();
    const headers = Object.fromEntries(Object.entries(await request.allHeaders()).filter(([name]) => !["content-length", "host", "connection", "accept-encoding"].includes(name) && !name.startsWith(":")));
    return { url: request.url(), headers, body: JSON.parse(request.postData()) };
  } finally {
    await browser.close();
  }
}

/** Replays the captured save, one at a time as the form does, flipping one answer each time. */
async function httpSaves(capture) {
  const [input] = capture.body;
  const codes = Object.keys(input.report.answers).length ? Object.keys(input.report.answers) : ["PUB_LISTED"];
  let version = capture.version;
  const timings = [];
  for (let i = 0; i < SAVES + 5; i++) {
    const code = codes[i % codes.length];
    input.report.answers[code] = input.report.answers[code] === "YES" ? "NO" : "YES";
    const body = JSON.stringify([{ ...input, baseVersion: version, idempotencyKey: randomUUID().replace(/-/g, "") }]);
    const started = performance.now();
    const response = await fetch(capture.url, { method: "POST", headers: capture.headers, body });
    const text = await response.text();
    const elapsed = performance.now() - started;
    const match = /"ok":true.*?"version":(\d+)/.exec(text);
    if (!match) throw new Error(`save refused: ${text.slice(0, 300)}`);
    version = Number(match[1]);
    if (i >= 5) timings.push(elapsed);
  }
  return timings;
}

const database = await startTestDatabase();
let app = null;
try {
  const url = await recreateDatabase(database.adminUrl, "tm_bench", TEMPLATE_DATABASE);
  console.log(`[bench] seeding ${args.hearings} demo hearings`);
  await runSeed(url, { DEMO_DATA: "1", DEMO_HEARINGS: args.hearings });

  console.log(`[bench] domain: ${SAVES} saves`);
  const domain = JSON.parse(await run(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/bench/hearing-save-domain.ts", "--saves", String(SAVES)], { DATABASE_URL: url }));

  buildIfNeeded();
  const port = await freePort();
  const baseUrl = `http://localhost:${port}`;
  app = spawn(process.execPath, [path.resolve("node_modules/next/dist/bin/next"), "start", "-p", String(port)], {
    env: { ...process.env, DATABASE_URL: url, NEXTAUTH_URL: baseUrl, NEXTAUTH_SECRET: randomBytes(32).toString("base64url"), NEXT_TELEMETRY_DISABLED: "1" },
    stdio: "ignore",
  });
  await waitFor(`${baseUrl}/api/health`);
  console.log(`[bench] http: ${SAVES} saves through ${baseUrl}`);
  const hearingId = await untouchedDraft(url);
  const capture = await captureSave(baseUrl, hearingId);
  capture.version = (await query(url, `SELECT version FROM "Hearing" WHERE id = $1`, [hearingId]))[0].version;
  const http = { layer: "http", ...summarize(await httpSaves(capture)) };

  const results = { date: new Date().toISOString(), hearings: Number(args.hearings), node: process.version, results: [domain, http] };
  console.table(results.results);
  mkdirSync("bench-results", { recursive: true });
  const file = path.join("bench-results", `hearing-save-${results.date.slice(0, 19).replace(/:/g, "")}.json`);
  writeFileSync(file, JSON.stringify(results, null, 2));
  console.log(`[bench] written to ${file}`);
} finally {
  app?.kill();
  await database.stop();
}
