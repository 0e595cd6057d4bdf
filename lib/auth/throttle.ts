import "server-only";
import { prisma } from "@/lib/db";

/**
 * Sign-in throttling, in the database so that it holds across restarts and server processes, with
 * atomic counters so that parallel attempts cannot slip past it:
 * - per account, every attempt counts (checked before the password is), and a successful sign-in clears
 *   the count: at most five guesses per account in a window, however many arrive at once;
 * - per address, failures count: a spray across many accounts from one address is stopped, while an office
 *   of colleagues behind one address signing in correctly is not.
 * Past the limit the key is locked for a while.
 */
const WINDOW_MS = 15 * 60_000;
const LOCK_MS = 15 * 60_000;
/** The count at which a key locks: the sixth attempt on an account, the thirtieth failure from an address. */
const LOCK_AT = { acct: 6, ip: 30 } as const;

export type ThrottleKey = `acct:${string}` | `ip:${string}`;

function lockAt(key: ThrottleKey) {
  return key.startsWith("acct:") ? LOCK_AT.acct : LOCK_AT.ip;
}

function minutesUntil(until: Date | null, now: Date): number {
  return until && until > now ? Math.ceil((until.getTime() - now.getTime()) / 60_000) : 0;
}

/** Adds one to a key's count in the current window (a new window starts at 1); locks it past its limit. */
async function count(key: ThrottleKey, now: Date): Promise<number> {
  const windowStart = new Date(now.getTime() - WINDOW_MS);
  const [row] = await prisma.$queryRaw<{ failures: number; lockedUntil: Date | null }[]>`
    INSERT INTO "LoginThrottle" ("key", "failures", "windowStart") VALUES (${key}, 1, ${now})
    ON CONFLICT ("key") DO UPDATE SET
      "failures" = CASE WHEN "LoginThrottle"."windowStart" < ${windowStart} THEN 1 ELSE "LoginThrottle"."failures" + 1 END,
      "windowStart" = CASE WHEN "LoginThrottle"."windowStart" < ${windowStart} THEN ${now} ELSE "LoginThrottle"."windowStart" END
    RETURNING "failures", "lockedUntil"`;
  if (row!.lockedUntil && row!.lockedUntil > now) return minutesUntil(row!.lockedUntil, now);
  if (row!.failures >= lockAt(key)) {
    const lockedUntil = new Date(now.getTime() + LOCK_MS);
    await prisma.loginThrottle.update({ where: { key }, data: { lockedUntil } });
    return minutesUntil(lockedUntil, now);
  }
  return 0;
}

/** Minutes left on the longest lock among the keys, or 0 when none is locked. */
export async function lockedMinutes(keys: ThrottleKey[], now = new Date()): Promise<number> {
  const rows = await prisma.loginThrottle.findMany({ where: { key: { in: keys }, lockedUntil: { gt: now } } });
  return Math.max(0, ...rows.map((r) => minutesUntil(r.lockedUntil, now)));
}

/** Counts an attempt on an account; the minutes it is locked for, or 0 when the attempt may go on. */
export function countAttempt(key: `acct:${string}`, now = new Date()): Promise<number> {
  return count(key, now);
}

/** Counts a failed attempt from an address. */
export async function countFailure(key: `ip:${string}`, now = new Date()): Promise<void> {
  await count(key, now);
}

export async function clearAttempts(key: ThrottleKey) {
  await prisma.loginThrottle.deleteMany({ where: { key } });
}
