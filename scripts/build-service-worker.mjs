// Builds the service worker: bundles lib/offline/worker/service-worker.ts (Serwist) with esbuild and lets
// @serwist/build inject the precache list (the offline page and the icons from public/) into public/sw.js.
// Run by `npm run build` after `next build`, and by scripts/lib/build-if-needed.mjs (e2e tests, npm start).
// public/sw.js is a build output: git-ignored.
import { build } from "esbuild";
import { injectManifest } from "@serwist/build";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");

export async function buildServiceWorker() {
  const temp = mkdtempSync(path.join(os.tmpdir(), "trial-monitor-sw-"));
  try {
    const bundled = path.join(temp, "sw.js");
    await build({
      entryPoints: [path.join(root, "lib/offline/worker/service-worker.ts")],
      bundle: true,
      format: "esm",
      target: "es2020",
      minify: true,
      outfile: bundled,
      define: { "process.env.NODE_ENV": '"production"' },
      logLevel: "warning",
    });
    const { count, size, warnings } = await injectManifest({
      swSrc: bundled,
      swDest: path.join(root, "public/sw.js"),
      globDirectory: path.join(root, "public"),
      globPatterns: ["offline.html", "icons/*.png"],
      injectionPoint: "self.__SW_MANIFEST",
    });
    for (const warning of warnings) console.warn(`[sw] ${warning}`);
    console.log(`[sw] public/sw.js built, precaching ${count} files (${(size / 1024).toFixed(0)} KiB)`);
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await buildServiceWorker();
