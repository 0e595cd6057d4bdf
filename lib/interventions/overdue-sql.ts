import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";

/** The rules of overdue.ts (awaiting, overdue) over Intervention rows `alias`, for grouped counts in SQL. */
export function awaitingSql(alias: string): Prisma.Sql {
  const a = Prisma.raw(`"${alias}"`);
  return Prisma.sql`(${a}."sentAt" IS NOT NULL AND ${a}."repliedAt" IS NULL)`;
}

export function overdueSql(alias: string, today: string): Prisma.Sql {
  return Prisma.sql`(${awaitingSql(alias)} AND ${Prisma.raw(`"${alias}"`)}."replyDueAt" < ${today}::date)`;
}
