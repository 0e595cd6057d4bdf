// npm run bench:field-kit (also part of npm run bench): what a monitor's phone feels opening a report form
// on a poor connection. Starts a PostgreSQL of its own (embedded, temp folder) and the built app on it, makes a
// monitor with one draft, and drives Debian's chromium with the network emulated by the DevTools protocol
// (400 kbit/s each way, 400 ms round trip, the courtroom connection), measuring
//   - first load: a fresh browser profile (empty caches, no service worker) opens the report: time until the
//     form's first field is hydrated (React has attached to it), time until the page's load event, and the
//     compressed JavaScript transferred;
//   - repeat load: the same profile opens the report again (warm HTTP cache and service worker);
//   - offline open: only with the field kit: after "ready for court", the report opens with no connection.
// Runs each three times and reports the median. Prints the figures and replaces the field-kit section at the
// end of docs/performance.md (set BENCH_NO_WRITE=1 to only print). Not part of npm test: no timed tests.
import { spawn } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { chromium } from "@playwright/test";
import { ensureAuthSecret } from "../lib/app-env.mjs";
import { buildIfNeeded } from "../lib/build-if-needed.mjs";
import { ensureChromium } from "../lib/chromium.mjs";
import { createDatabase, startTestDatabase, TEMPLATE_DATABASE } from "../lib/test-database.mjs";

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const NETWORK = { offline: false, latency: 400, downloadThroughput: (400 * 1000) / 8, uploadThroughput: (400 * 1000) / 8 };
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "../..");
const log = (line) => console.log(`[bench:field-kit] ${line}`);
const SECTION = "## The monitor's field kit: a report form on a poor connection";

function freePort() {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function runJson(script, env) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", script], { cwd: root, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    child.stdout.on("data", (chunk) => (out += chunk));
    child.on("exit", (code) => (code === 0 ? resolve(JSON.parse(out.trim().split("\n").pop())) : reject(new Error(`${script} exited with ${code}`))));
  });
}

async function startApp(databaseUrl) {
  const port = await freePort();
  const base = `http://localhost:${port}`;
  const env = { ...process.env, DATABASE_URL: databaseUrl, NEXTAUTH_URL: base, NODE_ENV: "production" };
  ensureAuthSecret(env);
  const child = spawn(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "start", "-p", String(port)], { cwd: root, env, stdio: ["ignore", "ignore", "inherit"] });
  for (let i = 0; i < 600; i++) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return { base, stop: () => child.kill("SIGTERM") };
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error("the app did not start");
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** True once React has hydrated the report form's first field (it attaches its fiber to the element). */
const FORM_HYDRATED = () => {
  const field = document.querySelector("form.report-form input, form.report-form textarea");
  return !!field && Object.keys(field).some((key) => key.startsWith("__reactFiber")) && !field.disabled;
};

/** Resolves true once a registered service worker is active, false when the page registers none in 15 s. */
const WORKER_READY = () => new Promise((resolve) => {
  const until = Date.now() + 15_000;
  const poll = async () => {
    const registration = await navigator.serviceWorker?.getRegistration();
    if (registration?.active) return resolve(true);
    if (Date.now() > until) return resolve(false);
    setTimeout(poll, 100);
  };
  void poll();
});

/** Opens the report with the network emulated; returns the times (ms) and the compressed bytes of JS. */
async function openReport(page, cdp, url) {
  const scripts = new Map();
  let jsBytes = 0;
  const onResponse = (event) => {
    if (event.type === "Script") scripts.set(event.requestId, true);
  };
  const onFinished = (event) => {
    if (scripts.has(event.requestId)) jsBytes += event.encodedDataLength;
  };
  cdp.on("Network.responseReceived", onResponse);
  cdp.on("Network.loadingFinished", onFinished);
  const started = Date.now();
  const loaded = page.goto(url, { waitUntil: "load", timeout: 120_000 }).then(() => Date.now() - started);
  await page.waitForFunction(FORM_HYDRATED, null, { timeout: 120_000, polling: 20 });
  const interactive = Date.now() - started;
  const load = await loaded;
  cdp.off("Network.responseReceived", onResponse);
  cdp.off("Network.loadingFinished", onFinished);
  return { interactive, load, jsBytes };
}

async function signIn(context, base, email, password) {
  const csrf = await (await context.request.get(`${base}/api/auth/csrf`)).json();
  const response = await context.request.post(`${base}/api/auth/callback/credentials`, {
    form: { csrfToken: csrf.csrfToken, email, password, json: "true" },
    headers: { "X-Auth-Return-Redirect": "1" },
  });
  if (!response.ok()) throw new Error(`sign-in failed: HTTP ${response.status()}`);
}

/** The field kit's "ready for court", when this build has one: the button on the monitor's hearings page. */
async function readyForCourt(page, base) {
  await page.goto(`${base}/hearings`, { timeout: 120_000 });
  const button = page.getByRole("button", { name: "Ready for court" });
  if (!(await button.count())) return false;
  await button.click();
  await page.getByRole("region", { name: "Ready for court" }).getByRole("status").filter({ hasText: "Ready for court:" }).waitFor({ timeout: 120_000 });
  return true;
}

async function measureOnce(browser, base, data) {
  const context = await browser.newContext({ viewport: { width: 375, height: 740 } });
  await signIn(context, base, data.email, data.password);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", NETWORK);
  const url = `${base}/hearings/${data.hearingId}`;
  const first = await openReport(page, cdp, url);
  // Let the service worker (if this build has one) install and take control before the repeat visit.
  await page.evaluate(WORKER_READY).catch(() => false);
  await page.goto("about:blank");
  const repeat = await openReport(page, cdp, url);
  let offline = null;
  if (await readyForCourt(page, base)) {
    await cdp.send("Network.emulateNetworkConditions", { ...NETWORK, offline: true });
    await context.setOffline(true);
    offline = await openReport(page, cdp, url);
  }
  await context.close();
  return { first, repeat, offline };
}

function section(result, machine) {
  const kb = (bytes) => `${(bytes / 1024).toFixed(0)} KB`;
  const s = (ms) => `${(ms / 1000).toFixed(1)} s`;
  const lines = [
    SECTION,
    "",
    `Measured by \`npm run bench:field-kit\` on ${machine}: the built app (\`next start\`) on a fresh database, Debian's chromium`,
    "with a 375 px viewport and the network emulated by the DevTools protocol at 400 kbit/s each way and 400 ms",
    `round trip; median of ${RUNS} fresh browser profiles. "Interactive" is the moment React has hydrated the form's first`,
    "field; \"load\" is the page's load event; JavaScript is what crossed the network, compressed.",
    "",
    "| measure | aim | figure |",
    "|---|---|---|",
    `| First load of a report form, interactive | 3 s | ${s(result.firstInteractive)} |`,
    `| First load, load event | | ${s(result.firstLoad)} |`,
    `| JavaScript for the form, compressed | 150 KB | ${kb(result.jsBytes)} |`,
    `| Repeat load, interactive | 1 s | ${s(result.repeatInteractive)} |`,
    `| Repeat load, JavaScript over the network | | ${kb(result.repeatJsBytes)} |`,
    `| Offline open after "ready for court", interactive | | ${result.offlineInteractive === null ? "no field kit in this build" : s(result.offlineInteractive)} |`,
    "",
    "The figures before the field kit, and what changed them, are in docs/hearing-report.md (\"On a poor connection\").",
    "",
  ];
  return lines.join("\n");
}

function writeSection(markdown) {
  const file = path.join(root, "docs/performance.md");
  const current = existsSync(file) ? readFileSync(file, "utf8") : "";
  const at = current.indexOf(SECTION);
  const before = (at >= 0 ? current.slice(0, at) : current).trimEnd();
  writeFileSync(file, `${before}\n\n${markdown}`);
}

const chromiumPath = ensureChromium();
// BENCH_NO_BUILD=1 measures the app as last built (e.g. an older commit's build, for "before" figures).
if (!process.env.BENCH_NO_BUILD) buildIfNeeded();
const database = await startTestDatabase();
const databaseUrl = await createDatabase(database.adminUrl, `tm_field_kit_${Date.now()}`, TEMPLATE_DATABASE);
const app = await startApp(databaseUrl);
const browser = await chromium.launch({ executablePath: chromiumPath, args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"] });
try {
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    const data = await runJson("scripts/bench/field-kit-data.ts", { DATABASE_URL: databaseUrl });
    const run = await measureOnce(browser, app.base, data);
    log(`run ${i + 1}: first ${run.first.interactive} ms interactive, ${run.first.load} ms load, ${run.first.jsBytes} B JS; repeat ${run.repeat.interactive} ms; offline ${run.offline?.interactive ?? "-"} ms`);
    runs.push(run);
  }
  const result = {
    firstInteractive: median(runs.map((r) => r.first.interactive)),
    firstLoad: median(runs.map((r) => r.first.load)),
    jsBytes: median(runs.map((r) => r.first.jsBytes)),
    repeatInteractive: median(runs.map((r) => r.repeat.interactive)),
    repeatJsBytes: median(runs.map((r) => r.repeat.jsBytes)),
    offlineInteractive: runs[0].offline ? median(runs.map((r) => r.offline.interactive)) : null,
  };
  const machine = `${os.cpus().length} cores (${os.cpus()[0]?.model ?? "unknown CPU"}), load average ${os.loadavg()[0].toFixed(1)}, Node ${process.version}`;
  const markdown = section(result, machine);
  console.log(markdown);
  if (!process.env.BENCH_NO_WRITE) writeSection(markdown);
} finally {
  await browser.close();
  app.stop();
  await database.stop();
}
process.exit(0);
