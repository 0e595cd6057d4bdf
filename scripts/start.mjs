// npm start: build the app when needed, make sure the database is there (embedded unless DATABASE_URL
// answers), migrate, seed, and serve on PORT (default 3000). Ctrl+C stops the app and the embedded database.
import "dotenv/config";
import { spawn } from "node:child_process";
import path from "node:path";
import { ensureAuthSecret } from "./lib/app-env.mjs";
import { buildIfNeeded } from "./lib/build-if-needed.mjs";

ensureAuthSecret();
buildIfNeeded();
const port = process.env.PORT ?? "3000";
// Without NEXTAUTH_URL, next-auth takes the host from the request, so the app works under any address.
if (!process.env.NEXTAUTH_URL) process.env.AUTH_TRUST_HOST = "true";
const child = spawn(
  process.execPath,
  ["scripts/with-db.mjs", process.execPath, path.resolve("node_modules/next/dist/bin/next"), "start", "-p", port],
  { stdio: "inherit" },
);
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code) => process.exit(code ?? 0));
