// Runs the Prisma CLI. Prisma 7 insists on a native schema-engine binary (downloaded from Prisma's
// host, unreachable here) even for `generate` and `db seed`, which never call it. Point
// PRISMA_SCHEMA_ENGINE_BINARY at any existing file so those commands run. Migrations: scripts/migrate.mjs.
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const require = createRequire(import.meta.url);
const enginesDir = path.dirname(require.resolve("@prisma/engines/package.json"));
const hasNative = readdirSync(enginesDir).some((f) => f.startsWith("schema-engine-"));
const env = { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: "1" };
if (!env.PRISMA_SCHEMA_ENGINE_BINARY && !hasNative) env.PRISMA_SCHEMA_ENGINE_BINARY = process.execPath;
const cli = require.resolve("prisma/build/index.js");
const r = spawnSync(process.execPath, [cli, ...process.argv.slice(2)], { stdio: "inherit", env });
process.exit(r.status ?? 1);
