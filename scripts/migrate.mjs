// npm run db:migrate              apply pending migrations to DATABASE_URL (or the embedded database)
// npm run db:migration -- <name>  write a migration from the change to prisma/schema.prisma
import "dotenv/config";
import path from "node:path";
import { databaseUrl } from "./lib/database-url.mjs";
import { ensureDatabase, isLocalUrl } from "./lib/embedded-db.mjs";
import { createMigration, deployMigrations } from "./lib/migrations.mjs";

const [cmd, name = "migration"] = process.argv.slice(2);
if (cmd !== "create" && cmd !== "deploy") {
  console.error("usage: migrate.mjs create <name> | deploy");
  process.exit(2);
}
const url = databaseUrl();
// The wasm engine connects even to diff two schema files, so a database must answer: on this machine the
// embedded one is started when needed; a remote server must be up.
const db = isLocalUrl(url) ? await ensureDatabase(url, { dataDir: path.resolve(".pgdata") }) : { stop: async () => {} };
try {
  if (cmd === "create") {
    const dir = await createMigration(name, url);
    console.log(dir ? `Created ${dir}/migration.sql` : "No schema changes.");
  } else {
    const applied = await deployMigrations(url);
    console.log(applied.length ? `Applied: ${applied.join(", ")}` : "No pending migrations.");
  }
} finally {
  await db.stop();
}
process.exit(0);
