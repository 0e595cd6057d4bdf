import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { databaseUrl } from "@/scripts/lib/database-url.mjs";

// The one Prisma client. Kept on globalThis so that dev-mode reloads do not open a pool each time.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient; streamingPool?: pg.Pool };

function createClient() {
  const adapter = new PrismaPg({ connectionString: databaseUrl(), max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
  return new PrismaClient({ adapter });
}

export const prisma = globalForPrisma.prisma ?? createClient();
if (process.env.NODE_ENV !== "production") globalForPrisma.prisma = prisma;

export type Db = typeof prisma;
/** A client or an interactive transaction: domain functions accept either. */
export type DbClient = Omit<Db, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

/**
 * A few plain connections for what Prisma cannot do: reading a large result through a server-side cursor
 * (streamed exports), batch by batch, without holding it in memory. Apart from Prisma's pool so that a
 * long download never holds a connection the app's queries need.
 */
export function streamingPool(): pg.Pool {
  if (!globalForPrisma.streamingPool) {
    const pool = new pg.Pool({ connectionString: databaseUrl(), max: Number(process.env.DATABASE_STREAMING_POOL_SIZE ?? 4), idleTimeoutMillis: 30_000 });
    // An idle connection the server closes (restart, failover) must not take the process down with it.
    pool.on("error", (error) => console.error("[db] idle streaming connection lost:", error.message));
    globalForPrisma.streamingPool = pool;
  }
  return globalForPrisma.streamingPool;
}
