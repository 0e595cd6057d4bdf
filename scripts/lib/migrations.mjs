// Prisma-compatible migrations without the native schema engine (which cannot be downloaded here):
// Prisma's own WebAssembly engine from npm, driven through the pg driver adapter. The folder stays in
// Prisma's standard format (prisma/migrations/<timestamp>_<name>/migration.sql, recorded in
// _prisma_migrations), so `prisma migrate deploy` applies the same folder wherever the native engine exists.
import fs from "node:fs";
import path from "node:path";
import * as bg from "@prisma/schema-engine-wasm/schema_engine_bg";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "../..");
const SCHEMA = path.join(root, "prisma/schema.prisma");
const MIGRATIONS = path.join(root, "prisma/migrations");
const SNAPSHOT = path.join(MIGRATIONS, ".schema-snapshot.prisma");
const LOCK = path.join(MIGRATIONS, "migration_lock.toml");
const filters = { externalTables: [], externalEnums: [] };

let wasmReady = false;
// On Node 20 a .wasm file cannot be imported; instantiate it by hand, once per process.
async function loadWasm() {
  if (wasmReady) return;
  const wasmPath = new URL("schema_engine_bg.wasm", import.meta.resolve("@prisma/schema-engine-wasm/schema_engine_bg"));
  const { instance } = await WebAssembly.instantiate(fs.readFileSync(wasmPath), { "./schema_engine_bg.js": bg });
  bg.__wbg_set_wasm(instance.exports);
  instance.exports.__wbindgen_start();
  wasmReady = true;
}

// The pg adapter runs a script by splitting it on ";", which breaks plpgsql function bodies. PostgreSQL
// takes a whole multi-statement script in one simple query, so send it as it is.
class WholeScriptPg extends PrismaPg {
  async connect() {
    const adapter = await super.connect();
    adapter.executeScript = async (script) => {
      try {
        await adapter.underlyingDriver().query(script);
      } catch (error) {
        adapter.onError(error);
      }
    };
    return adapter;
  }
}

async function engineFor(connectionString, schema) {
  await loadWasm();
  const factory = bindMigrationAwareSqlAdapterFactory(new WholeScriptPg({ connectionString }));
  return bg.SchemaEngine.new({ datamodels: [[SCHEMA, schema]] }, () => {}, factory);
}

/** Writes a new migration folder with the SQL that takes the last snapshot to prisma/schema.prisma. */
export async function createMigration(name, connectionString) {
  const schema = fs.readFileSync(SCHEMA, "utf8");
  const engine = await engineFor(connectionString, schema);
  const from = fs.existsSync(SNAPSHOT)
    ? { tag: "schemaDatamodel", files: [{ path: SNAPSHOT, content: fs.readFileSync(SNAPSHOT, "utf8") }] }
    : { tag: "empty" };
  const { stdout } = await engine.diff({
    from,
    to: { tag: "schemaDatamodel", files: [{ path: SCHEMA, content: schema }] },
    script: true, shadowDatabaseUrl: null, exitCode: null, filters,
  });
  if (!stdout.trim() || /^-- This is an empty migration\.\s*$/.test(stdout.trim())) return null;
  const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
  const dir = path.join(MIGRATIONS, `${stamp}_${name.replace(/\W+/g, "_")}`);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, "migration.sql"), stdout);
  fs.writeFileSync(LOCK, 'provider = "postgresql"\n');
  fs.writeFileSync(SNAPSHOT, schema);
  return path.relative(root, dir);
}

/** Applies pending migrations; returns the names applied. */
export async function deployMigrations(connectionString) {
  const schema = fs.readFileSync(SCHEMA, "utf8");
  const engine = await engineFor(connectionString, schema);
  const dirs = fs.existsSync(MIGRATIONS)
    ? fs.readdirSync(MIGRATIONS).filter((d) => fs.existsSync(path.join(MIGRATIONS, d, "migration.sql"))).sort()
    : [];
  const migrationsList = {
    baseDir: MIGRATIONS,
    shadowDbInitScript: "",
    lockfile: { path: "migration_lock.toml", content: fs.existsSync(LOCK) ? fs.readFileSync(LOCK, "utf8") : null },
    migrationDirectories: dirs.map((d) => ({
      path: d,
      migrationFile: { path: "migration.sql", content: { tag: "ok", value: fs.readFileSync(path.join(MIGRATIONS, d, "migration.sql"), "utf8") } },
    })),
  };
  const out = await engine.applyMigrations({ migrationsList, filters });
  return out.appliedMigrationNames;
}
