// node scripts/with-db.mjs [command ...]
// Makes sure the database answers (the server at DATABASE_URL, else an embedded PostgreSQL whose data
// lives in .pgdata/ and survives restarts), applies pending migrations, seeds reference data (and the
// demo data on the embedded database, once), runs the command and stops the embedded database after it.
import "dotenv/config";
import { spawn } from "node:child_process";
import path from "node:path";
import { DEFAULT_DATABASE_URL } from "./lib/database-url.mjs";
import { ensureDatabase, isLocalUrl, isReachable } from "./lib/embedded-db.mjs";
import { deployMigrations } from "./lib/migrations.mjs";

const t0 = Date.now();
const configured = process.env.DATABASE_URL;
const url = configured || DEFAULT_DATABASE_URL;
// Nothing answering on this machine: the embedded server starts there (the URL's port and credentials).
// Nothing answering on another host: that server is down. Running on a local database instead would split
// the mission's data in two without anyone noticing, so stop and say so.
if (!isLocalUrl(url) && !(await isReachable(url, 5000))) {
  console.error(`[db] nothing answers at DATABASE_URL (${new URL(url).host}). Start that server, or unset DATABASE_URL to run on the embedded database.`);
  process.exit(1);
}
const db = await ensureDatabase(url, { dataDir: path.resolve(".pgdata") });
console.log(db.embedded ? `[db] embedded ${db.kind} up on ${new URL(url).host}` : `[db] using ${new URL(url).host}`);

const childEnv = { ...process.env, DATABASE_URL: url };
// Demo data (with its published passwords) goes only into the quick start's embedded database, the one used
// when DATABASE_URL is unset, or where DEMO_DATA=1 asks for it; and never into a database that has users.
if (!configured && db.embedded && childEnv.DEMO_DATA === undefined) childEnv.DEMO_DATA = "1";

const run = (cmd, args) =>
  new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: "inherit", env: childEnv });
    const forward = (sig) => child.kill(sig);
    process.on("SIGINT", forward);
    process.on("SIGTERM", forward);
    child.on("exit", (code, sig) => {
      process.off("SIGINT", forward);
      process.off("SIGTERM", forward);
      resolve(code ?? (sig ? 1 : 0));
    });
  });

let code = 0;
try {
  const applied = await deployMigrations(url);
  if (applied.length) console.log(`[db] applied ${applied.join(", ")}`);
  // react-server: the seed imports server-only modules (lib/db.ts) outside Next.js.
  code = await run(process.execPath, ["--conditions=react-server", "--import", "tsx", "prisma/seed.ts"]);
  if (code === 0) console.log(`[db] ready in ${Date.now() - t0} ms`);
  else console.error("[db] seeding failed: not starting");
  const [cmd, ...args] = process.argv.slice(2);
  if (code === 0 && cmd) code = await run(cmd, args);
} catch (error) {
  console.error(error);
  code = 1;
} finally {
  await db.stop();
}
process.exit(code);
