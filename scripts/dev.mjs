// npm run dev: the development server on the same database setup as `npm start`.
import "dotenv/config";
import { spawn } from "node:child_process";
import path from "node:path";
import { ensureAuthSecret } from "./lib/app-env.mjs";

ensureAuthSecret();
if (!process.env.NEXTAUTH_URL) process.env.AUTH_TRUST_HOST = "true";
const child = spawn(process.execPath, ["scripts/with-db.mjs", process.execPath, path.resolve("node_modules/next/dist/bin/next"), "dev", "-p", process.env.PORT ?? "3000"], { stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code) => process.exit(code ?? 0));
