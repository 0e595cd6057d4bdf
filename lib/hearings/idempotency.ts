import "server-only";
import type { DbClient } from "@/lib/db";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Runs a write once per client-made key. The result is stored with the write, in the same transaction, so
 * that a retried request (a sync that lost its response, a second tab replaying the queue) gets the first
 * result back instead of writing again. Keys are namespaced by action and user: one user's key never
 * reveals another's result.
 */
export async function runOnce<T>(
  action: string,
  userId: number,
  clientKey: string,
  write: (tx: DbClient) => Promise<T>,
): Promise<T> {
  const key = `${action}:${userId}:${clientKey}`;
  const earlier = await storedResult<T>(key);
  if (earlier !== undefined) return earlier;
  try {
    return await prisma.$transaction(async (tx) => {
      const result = await write(tx);
      await tx.idempotencyKey.create({ data: { key, userId, action, result: toJson(result) } });
      return result;
    });
  } catch (error) {
    // The same key committed meanwhile (two retries racing): its result is the answer, not this failure.
    const raced = await storedResult<T>(key);
    if (raced !== undefined) return raced;
    throw error;
  }
}

async function storedResult<T>(key: string): Promise<T | undefined> {
  const row = await prisma.idempotencyKey.findUnique({ where: { key }, select: { result: true } });
  return row ? (row.result as T) : undefined;
}

function toJson(value: unknown): Prisma.InputJsonValue {
  return JSON.parse(JSON.stringify(value ?? null)) as Prisma.InputJsonValue;
}
