import "server-only";
import { prisma } from "@/lib/db";

/**
 * Sign-in throttling, in the database so that it holds across restarts and server processes, with
 * atomic counters so that parallel attempts cannot slip past it. Three counters:
 * - an account from one address ("pair"): every attempt counts (checked before the password is), and a
 *   successful sign-in clears it: at most five guesses at an account from an address in a window. Past
 *   that, that address is locked out of that account, and only that address: someone who knows an
 *   e-mail cannot lock its owner out, who signs in from anywhere else;
 * - an address ("ip"): failures count, across accounts: a spray over many accounts from one address is
 *   stopped, while an office of colleagues behind one address signing in correctly is not;
 * - an account ("acct"): failures count, from every address. Many of them (guesses spread over many
 *   addresses) put the account on guard: until the lock passes, only addresses it signed in from before
 *   may try (lib/auth/sign-in.ts).
 * Past its limit a key is locked for a while.
 */
const WINDOW_MS = 15 * 60_000;
const LOCK_MS = 15 * 60_000;
/** The count at which a key locks: the sixth attempt on an account from one address, the thirtieth failure from an address, the twentieth on an account. */
const LOCK_AT = { pair: 6, ip: 30, acct: 20 } as const;

export type ThrottleKey = `pair:${string}` | `ip:${string}` | `acct:${string}`;

export const throttleKeys = (email: string, address: string) => ({
  pair: `pair:${email}|${address}` as const,
  origin: `ip:${address}` as const,
  account: `acct:${email}` as const,
});

function lockAt(key: ThrottleKey) {
  return LOCK_AT[key.slice(0, key.indexOf(":")) as keyof typeof LOCK_AT];
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

/** Counts an attempt on an account from an address; the minutes it is locked for, or 0 when the attempt may go on. */
export function countAttempt(key: `pair:${string}`, now = new Date()): Promise<number> {
  return count(key, now);
}

/** Counts a failed attempt from an address or on an account. */
export async function countFailure(key: `ip:${string}` | `acct:${string}`, now = new Date()): Promise<void> {
  await count(key, now);
}

export async function clearAttempts(key: ThrottleKey) {
  await prisma.loginThrottle.deleteMany({ where: { key } });
}

/** Lifts every lock on an account (an administrator reset its password): from every address, and its guard. */
export async function clearAccountAttempts(email: string) {
  await prisma.loginThrottle.deleteMany({ where: { OR: [{ key: `acct:${email}` }, { key: { startsWith: `pair:${email}|` } }] } });
}
