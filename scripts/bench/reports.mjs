// npm run bench: the compliance reports at scale. Starts a PostgreSQL of its own (embedded, data in a temp
// folder, on a free port), generates 20,000 and then 200,000 hearings over ten years with the demo
// generator, and for each size measures
//   - every report-builder query module (median and p95 of warm runs) against the same aggregate written
//     as one raw SQL query over the answers, checking that both give the same figures;
//   - the API (GET /api/reports/compliance over HTTP with an API token, the built app on that database)
//     against the same raw SQL, and their ratio;
//   - the streamed hearing export (CSV and XLSX, every column): time and the server's memory growth;
//   - what the summary triggers add to approving a report;
//   - the manager's dashboard: each of its figures in process, and whole server renders over HTTP.
// Prints the figures and writes them, with the machine, to docs/performance.md. Not part of npm test.
import { spawn } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { buildIfNeeded } from "../lib/build-if-needed.mjs";
import { startEmbedded } from "../lib/embedded-db.mjs";
import { deployMigrations } from "../lib/migrations.mjs";
import { createDatabase, runSeed } from "../lib/test-database.mjs";
import { measureDashboardPages } from "./dashboard-http.mjs";
import { renderReport } from "./render-report.mjs";
import { timeIt } from "./timing.mjs";

const SIZES = (process.env.BENCH_SIZES ?? "20000,200000").split(",").map(Number);
const YEARS = 10;
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "../..");
const log = (line) => console.log(`[bench] ${line}`);

function freePort() {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Runs a TypeScript child with server-only modules allowed, and reads the JSON line it prints last. */
function runJson(script, args, env) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", script, ...args], { cwd: root, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    child.stdout.on("data", (chunk) => (out += chunk));
    child.on("exit", (code) => (code === 0 ? resolve(JSON.parse(out.trim().split("\n").pop())) : reject(new Error(`${script} exited with ${code}`))));
  });
}

async function sql(url, text, values) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text, values)).rows;
  } finally {
    await client.end();
  }
}

const pad = (n) => String(n).padStart(2, "0");
const day = (d) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

/** One calendar year, the last 120 whole months, and a period off the month boundaries. */
function benchPeriods(now = new Date()) {
  const year = now.getUTCFullYear() - 1;
  const firstOfMonth = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
  const tenYearsFrom = new Date(Date.UTC(firstOfMonth.getUTCFullYear() - YEARS, firstOfMonth.getUTCMonth(), 1));
  const lastOfPreviousMonth = new Date(firstOfMonth.getTime() - 86_400_000);
  return {
    year: { from: `${year}-01-01`, to: `${year}-12-31` },
    tenYears: { from: day(tenYearsFrom), to: day(lastOfPreviousMonth) },
    edges: { from: `${year}-03-15`, to: `${year}-09-20` },
    everything: { from: day(new Date(Date.UTC(now.getUTCFullYear() - YEARS - 1, 0, 1))), to: day(now) },
  };
}

/** Resident memory of a process and its children, in bytes. */
function treeRss(pid) {
  let total = 0;
  const children = new Map();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // a process that ended while we looked
    }
  }
  const visit = (p) => {
    try {
      const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${p}/status`, "utf8"));
      if (match) total += Number(match[1]) * 1024;
    } catch {
      return;
    }
    for (const child of children.get(p) ?? []) visit(child);
  };
  visit(pid);
  return total;
}

async function startApp(databaseUrl) {
  const port = await freePort();
  const child = spawn(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "start", "-p", String(port)], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: databaseUrl, NEXTAUTH_SECRET: randomBytes(32).toString("base64url"), AUTH_TRUST_HOST: "true", NODE_ENV: "production" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 200; i++) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return { base, child };
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill();
  throw new Error("the app did not start");
}

async function apiToken(databaseUrl) {
  const token = `tm_${randomBytes(32).toString("base64url")}`;
  const [user] = await sql(databaseUrl, `SELECT "id" FROM "User" WHERE "email" = 'analyst@example.org'`);
  await sql(databaseUrl, `INSERT INTO "ApiToken" ("userId", "name", "tokenHash", "prefix", "createdById") VALUES ($1, 'bench', $2, $3, $1)`,
    [user.id, createHash("sha256").update(token).digest("hex"), token.slice(0, 10)]);
  return token;
}

async function measureApi(base, token, periods, rawByName) {
  const q = (period, extra) => new URLSearchParams({ ...period, ...extra }).toString();
  const cases = [
    ["Compliance by standard, one year", q(periods.year, { groupBy: "standard" })],
    ["Compliance by standard, ten years", q(periods.tenYears, { groupBy: "standard" })],
    ["Compliance by court, one year", q(periods.year, { groupBy: "court" })],
    ["Compliance by month (trend), ten years", q(periods.tenYears, { groupBy: "month" })],
    ["Compliance by subject, one court, ten years", q(periods.tenYears, { groupBy: "subject", court: "BC-PRISHTINE" })],
    ["Compliance by court, criminal cases, ten years", q(periods.tenYears, { groupBy: "court", category: "CRIMINAL" })],
    ["Compliance by standard, period not on month boundaries", q(periods.edges, { groupBy: "standard" })],
  ];
  const results = [];
  for (const [name, query] of cases) {
    const call = async () => {
      const response = await fetch(`${base}/api/reports/compliance?${query}`, { headers: { authorization: `Bearer ${token}` } });
      if (!response.ok) throw new Error(`${name}: HTTP ${response.status} ${await response.text()}`);
      return response.json();
    };
    const timing = await timeIt(call, { warmup: 3, runs: 30 });
    const raw = rawByName.get(name);
    results.push({ name, api: { median: timing.median, p95: timing.p95 }, raw, rows: timing.last.rows.length });
  }
  return results;
}

async function measureExport(base, token, child, period, format) {
  // Let the server settle after the previous requests, so that the baseline is its resting size.
  await new Promise((r) => setTimeout(r, 1500));
  const before = treeRss(child.pid);
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, treeRss(child.pid))), 50);
  const t0 = performance.now();
  const response = await fetch(`${base}/api/exports/hearings?${new URLSearchParams({ ...period, format })}`, { headers: { authorization: `Bearer ${token}` } });
  if (!response.ok) throw new Error(`export: HTTP ${response.status}`);
  let bytes = 0;
  let firstByte = null;
  for await (const chunk of response.body) {
    firstByte ??= performance.now() - t0;
    bytes += chunk.length;
  }
  const seconds = (performance.now() - t0) / 1000;
  clearInterval(sampler);
  return { format, rows: Number(response.headers.get("x-row-count")), bytes, seconds, firstByteMs: firstByte, rssBefore: before, rssPeak: peak, growth: peak - before };
}

async function machine(adminUrl) {
  const [{ version }] = await sql(adminUrl, "SELECT version()");
  return {
    cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? "unknown", memory: os.totalmem(), node: process.version,
    postgres: version.split(" on ")[0], platform: `${os.type()} ${os.release()}`, date: new Date().toISOString().slice(0, 10),
    loadAverage: os.loadavg()[0],
  };
}

/**
 * docs/performance.md is shared: sections written by other benchmarks (a "## " heading this report does
 * not write) are kept, after this report's, so that re-running this bench does not erase them.
 */
function keepOtherSections(markdown, file) {
  let existing = "";
  try {
    existing = readFileSync(file, "utf8");
  } catch {
    return markdown;
  }
  const headings = new Set(markdown.split("\n").filter((line) => line.startsWith("## ")));
  const others = existing.split(/\n(?=## )/).slice(1).filter((section) => !headings.has(section.split("\n")[0]));
  return others.length ? `${markdown.trimEnd()}\n\n${others.join("\n").trimEnd()}\n` : markdown;
}

const dataDir = mkdtempSync(path.join(os.tmpdir(), "trialmonitor-bench-"));
const port = await freePort();
const adminUrl = `postgresql://postgres:postgres@127.0.0.1:${port}/postgres`;
log(`embedded PostgreSQL on port ${port}, data in ${dataDir}`);
const server = await startEmbedded(adminUrl, { dataDir: path.join(dataDir, "data"), durable: false, log });
const runs = [];
try {
  buildIfNeeded();
  const host = await machine(adminUrl);
  const periods = benchPeriods();
  for (const size of SIZES) {
    log(`── ${size.toLocaleString("en")} hearings ──`);
    const url = await createDatabase(adminUrl, `bench_${size}`);
    await deployMigrations(url);
    await runSeed(url, { DEMO_DATA: "0" });
    const data = await runJson("scripts/bench/prepare-data.ts", ["--hearings", String(size), "--years", String(YEARS)], { DATABASE_URL: url });
    log(`generated ${data.hearings} hearings, ${data.answers} answers in ${data.generateSeconds.toFixed(0)} s; summaries rebuilt in ${data.rebuildSeconds.toFixed(1)} s`);
    const measured = await runJson("scripts/bench/measure-queries.ts", [], { DATABASE_URL: url, BENCH_PERIODS: JSON.stringify(periods) });
    const rawByName = new Map(measured.queries.filter((q) => q.raw).map((q) => [q.name, q.raw]));
    const dashboard = await runJson("scripts/bench/measure-dashboard.ts", [], { DATABASE_URL: url });
    const token = await apiToken(url);
    const app = await startApp(url);
    try {
      const api = await measureApi(app.base, token, periods, rawByName);
      log("dashboard pages");
      dashboard.http = await measureDashboardPages(app.base, dashboard.views);
      const exports = [];
      // A first small export loads the export code into the server, so that the timed ones measure the export.
      for (const format of ["csv", "xlsx"]) await measureExport(app.base, token, app.child, periods.edges, format);
      for (const format of ["csv", "xlsx"]) {
        log(`export ${format}`);
        exports.push(await measureExport(app.base, token, app.child, periods.everything, format));
      }
      runs.push({ size, data, queries: measured.queries, upkeep: measured.upkeep, api, exports, dashboard });
    } finally {
      app.child.kill("SIGTERM");
    }
  }
  const markdown = keepOtherSections(renderReport({ host, periods, runs }), path.join(root, "docs/performance.md"));
  writeFileSync(path.join(root, "docs/performance.md"), markdown);
  console.log(`\n${markdown}`);
  log("written to docs/performance.md");
} finally {
  await server.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
