// Playwright drives Debian's chromium: its own browser download is not reachable from these machines.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser"];

export function findChromium() {
  if (process.env.CHROMIUM_PATH && existsSync(process.env.CHROMIUM_PATH)) return process.env.CHROMIUM_PATH;
  return CANDIDATES.find((p) => existsSync(p)) ?? null;
}

/** The path of a chromium, installing Debian's package when missing and allowed (root with apt-get). */
export function ensureChromium() {
  const found = findChromium();
  if (found) return found;
  const isRoot = process.getuid?.() === 0;
  const hasApt = spawnSync("sh", ["-c", "command -v apt-get"]).status === 0;
  if (!isRoot || !hasApt) {
    console.error("[test] Chromium is missing. Install Debian's package: sudo apt-get install -y chromium (or set CHROMIUM_PATH).");
    process.exit(1);
  }
  console.log("[test] installing Debian's chromium (apt-get install chromium)");
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  const update = spawnSync("apt-get", ["update"], { stdio: "inherit", env });
  const install = update.status === 0 && spawnSync("apt-get", ["install", "-y", "--no-install-recommends", "chromium", "fonts-dejavu-core"], { stdio: "inherit", env });
  const path = findChromium();
  if (!install || install.status !== 0 || !path) {
    console.error("[test] could not install chromium with apt-get; install it by hand: apt-get install -y chromium");
    process.exit(1);
  }
  return path;
}
