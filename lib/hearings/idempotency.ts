import "server-only";
import { createHash } from "node:crypto";
import type { DbClient } from "@/lib/db";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Runs a write once per client-made key. The result is stored with the write, in the same transaction, so
 * that a retried request (a sync that lost its response, a replayed queue) gets the first result back
 * instead of writing again. Keys are namespaced by action and user, and bound to the request they came
 * with: the same key sent with another request is refused rather than answered with an unrelated result.
 */
interface Stored<T> {
  request: string;
  result: T;
}

export async function runOnce<T>(
  action: string,
  userId: number,
  clientKey: string,
  request: unknown,
  write: (tx: DbClient) => Promise<T>,
): Promise<T> {
  const key = `${action}:${userId}:${clientKey}`;
  const fingerprint = createHash("sha256").update(JSON.stringify(request)).digest("base64url");
  const earlier = await storedResult<T>(key, fingerprint);
  if (earlier !== undefined) return earlier;
  try {
    return await prisma.$transaction(async (tx) => {
      const result = await write(tx);
      const stored: Stored<T> = { request: fingerprint, result };
      await tx.idempotencyKey.create({ data: { key, userId, action, result: toJson(stored) } });
      return result;
    });
  } catch (error) {
    // The same key committed meanwhile (two retries racing): its result is the answer, not this failure.
    const raced = await storedResult<T>(key, fingerprint);
    if (raced !== undefined) return raced;
    throw error;
  }
}

async function storedResult<T>(key: string, fingerprint: string): Promise<T | undefined> {
  const row = await prisma.idempotencyKey.findUnique({ where: { key }, select: { result: true } });
  if (!row) return undefined;
  const stored = row.result as unknown as Stored<T>;
  if (stored.request !== fingerprint) throw new AppError("CONFLICT", "This idempotency key was used for another request");
  return stored.result;
}

function toJson(value: unknown): Prisma.InputJsonValue {
  return JSON.parse(JSON.stringify(value ?? null)) as Prisma.InputJsonValue;
}
