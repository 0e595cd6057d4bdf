// Environment the app needs that a newcomer should not have to set by hand.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const SECRET_FILE = path.resolve(".secrets/nextauth-secret");

/** NEXTAUTH_SECRET from the environment, else one generated once and kept in a git-ignored file. */
export function ensureAuthSecret(env = process.env) {
  if (env.NEXTAUTH_SECRET) return env.NEXTAUTH_SECRET;
  if (!existsSync(SECRET_FILE)) {
    mkdirSync(path.dirname(SECRET_FILE), { recursive: true, mode: 0o700 });
    writeFileSync(SECRET_FILE, randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  env.NEXTAUTH_SECRET = readFileSync(SECRET_FILE, "utf8").trim();
  return env.NEXTAUTH_SECRET;
}
