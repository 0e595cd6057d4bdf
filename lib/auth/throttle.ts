import "server-only";
import { prisma } from "@/lib/db";

/**
 * Failed sign-ins are counted per account and per address in a sliding window; past the limit the key
 * is locked for a while. Kept in the database so that it holds across restarts and server processes.
 */
const WINDOW_MS = 15 * 60_000;
const LOCK_MS = 15 * 60_000;
const LIMITS = { acct: 5, ip: 30 } as const;

export type ThrottleKey = `acct:${string}` | `ip:${string}`;

function limitOf(key: ThrottleKey) {
  return key.startsWith("acct:") ? LIMITS.acct : LIMITS.ip;
}

/** Minutes left on the longest lock among the keys, or 0 when none is locked. */
export async function lockedMinutes(keys: ThrottleKey[], now = new Date()): Promise<number> {
  const rows = await prisma.loginThrottle.findMany({ where: { key: { in: keys }, lockedUntil: { gt: now } } });
  const until = Math.max(0, ...rows.map((r) => r.lockedUntil!.getTime()));
  return until ? Math.ceil((until - now.getTime()) / 60_000) : 0;
}

export async function recordFailure(keys: ThrottleKey[], now = new Date()) {
  for (const key of keys) {
    await prisma.$transaction(async (tx) => {
      const row = await tx.loginThrottle.findUnique({ where: { key } });
      const fresh = !row || now.getTime() - row.windowStart.getTime() > WINDOW_MS;
      const failures = fresh ? 1 : row.failures + 1;
      const lockedUntil = failures >= limitOf(key) ? new Date(now.getTime() + LOCK_MS) : (row?.lockedUntil ?? null);
      await tx.loginThrottle.upsert({
        where: { key },
        create: { key, failures, windowStart: now, lockedUntil },
        update: { failures, windowStart: fresh ? now : row.windowStart, lockedUntil },
      });
    });
  }
}

export async function clearFailures(key: ThrottleKey) {
  await prisma.loginThrottle.deleteMany({ where: { key } });
}
