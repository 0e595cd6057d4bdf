import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { dayStart } from "@/lib/interventions/calendar-date";
import { isAwaiting, isOverdue } from "@/lib/interventions/overdue";
import { awaitingSql, overdueSql } from "@/lib/interventions/overdue-sql";
import { awaitingWhere, overdueWhere, replyStatusWhere } from "@/lib/interventions/overdue-where";
import { REPLY_STATUSES, replyStatus } from "@/lib/interventions/reply-status";
import { createUser } from "../../support/fixtures";

// The rule of "awaiting" and "overdue" is written three ways: pure (overdue.ts, for pages and client
// components), SQL (overdue-sql.ts, the dashboard's grouped counts) and a Prisma where (overdue-where.ts, the
// list and its badge). Every combination of sent / replied / due before, on or after today (or no due date),
// and all three forms must pick the same interventions.
const TODAY = "2026-03-10";
const SENT = [null, "2026-03-01"] as const;
const REPLIED = [null, "2026-03-05"] as const;
const DUE = [null, "2026-03-09", "2026-03-10", "2026-03-11"] as const;

interface Row { id: number; title: string; sentAt: Date | null; replyDueAt: Date | null; repliedAt: Date | null }
let rows: Row[];

beforeAll(async () => {
  const user = await createUser("ANALYST");
  const combinations = SENT.flatMap((sent) => REPLIED.flatMap((replied) => DUE.map((due) => ({ sent, replied, due }))));
  rows = await Promise.all(combinations.map(({ sent, replied, due }) => prisma.intervention.create({
    data: {
      institution: "COURT_PRESIDENT", addressee: "President", type: "LETTER", createdById: user.id,
      title: `sent ${sent ?? "-"}, replied ${replied ?? "-"}, due ${due ?? "-"}`,
      sentAt: sent && dayStart(sent), repliedAt: replied && dayStart(replied), replyDueAt: due && dayStart(due),
    },
    select: { id: true, title: true, sentAt: true, replyDueAt: true, repliedAt: true },
  })));
});

const ids = (list: { id: number }[]) => list.map((r) => r.id).sort((a, b) => a - b);
const mine = () => ({ id: { in: rows.map((r) => r.id) } });
const selectedByWhere = async (where: Prisma.InterventionWhereInput) =>
  ids(await prisma.intervention.findMany({ where: { AND: [mine(), where] }, select: { id: true } }));
const selectedBySql = async (condition: Prisma.Sql) =>
  ids(await prisma.$queryRaw<{ id: number }[]>`SELECT i."id" FROM "Intervention" i WHERE i."id" IN (${Prisma.join(rows.map((r) => r.id))}) AND ${condition}`);

describe("the overdue rule, pure, in SQL and as a Prisma where, on every combination of dates", () => {
  it("overdue: only sent, unreplied and due before today (counted by hand), in all three forms", async () => {
    const pure = rows.filter((r) => isOverdue(r, TODAY));
    expect(pure.map((r) => r.title)).toEqual(["sent 2026-03-01, replied -, due 2026-03-09"]);
    expect(await selectedBySql(overdueSql("i", TODAY))).toEqual(ids(pure));
    expect(await selectedByWhere(overdueWhere(TODAY))).toEqual(ids(pure));
  });

  it("awaiting: sent and unreplied, whatever the due date, in all three forms", async () => {
    const pure = rows.filter((r) => isAwaiting(r));
    expect(pure).toHaveLength(DUE.length);
    expect(await selectedBySql(awaitingSql("i"))).toEqual(ids(pure));
    expect(await selectedByWhere(awaitingWhere())).toEqual(ids(pure));
  });

  it.each(REPLY_STATUSES)("the list's reply status %s picks what replyStatus says, and the four split the rows", async (status) => {
    const pure = rows.filter((r) => replyStatus(r, TODAY) === status);
    expect(pure.length).toBeGreaterThan(0);
    expect(await selectedByWhere(replyStatusWhere(status, TODAY))).toEqual(ids(pure));
  });
});
