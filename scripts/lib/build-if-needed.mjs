// Builds the production app when its sources changed since the last build.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

const SOURCES = ["app", "components", "lib", "public", "scripts/build-service-worker.mjs", "proxy.ts", "instrumentation.ts", "next.config.js", "tsconfig.json", "package-lock.json", "prisma/schema.prisma"];
// public/sw.js is an output of the build, not a source.
const SKIP = new Set(["generated", "node_modules", "sw.js"]);
const STAMP = ".next/source-fingerprint";

function walk(entry, out) {
  if (!existsSync(entry)) return;
  const stat = statSync(entry);
  if (stat.isDirectory()) {
    for (const name of readdirSync(entry).sort()) if (!SKIP.has(name)) walk(path.join(entry, name), out);
  } else out.push(`${entry}:${stat.size}:${stat.mtimeMs}`);
}

export function sourceFingerprint() {
  const files = [];
  for (const s of SOURCES) walk(s, files);
  return createHash("sha256").update(files.join("\n")).digest("hex");
}

export function buildIfNeeded() {
  const fingerprint = sourceFingerprint();
  if (existsSync(".next/BUILD_ID") && existsSync("public/sw.js") && existsSync(STAMP) && readFileSync(STAMP, "utf8") === fingerprint) return false;
  console.log("[build] sources changed since the last build: building the app (about a minute)");
  const result = spawnSync(process.execPath, [path.resolve("node_modules/next/dist/bin/next"), "build"], { stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
  // The service worker is bundled after the app (scripts/build-service-worker.mjs).
  const worker = spawnSync(process.execPath, [path.resolve("scripts/build-service-worker.mjs")], { stdio: "inherit" });
  if (worker.status !== 0) process.exit(worker.status ?? 1);
  writeFileSync(STAMP, fingerprint);
  return true;
}
