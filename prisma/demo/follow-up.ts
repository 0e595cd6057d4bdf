import type { DbClient } from "../../lib/db.ts";
import type { Institution, InterventionOutcome, InterventionType, Severity } from "../../lib/generated/prisma/enums.ts";
import { Random } from "./random.ts";

const DAY = 86_400_000;

/**
 * What analysts made of the demo hearings: comments on returned reports, findings on non-compliant
 * approved hearings, and interventions addressed to institutions with replies, some of them overdue.
 */
export async function generateFollowUp(db: DbClient, { now = new Date(), seed = 7 }: { now?: Date; seed?: number } = {}) {
  const random = new Random(seed);
  const analyst = await db.user.findFirst({ where: { role: "ANALYST", active: true }, select: { id: true } });
  if (!analyst) return;

  const returned = await db.hearing.findMany({ where: { reviewState: "RETURNED" }, select: { id: true, answers: { select: { questionCode: true }, take: 3 } } });
  await db.reviewComment.createMany({
    data: returned.flatMap((h) => [
      { hearingId: h.id, authorId: analyst.id, body: "Please complete the narrative: what did the court say about the next steps?" },
      ...(h.answers[0] ? [{ hearingId: h.id, authorId: analyst.id, questionCode: h.answers[0].questionCode, body: "Is this answer right? The narrative suggests otherwise." }] : []),
    ]),
  });

  // Findings rest on approved non-compliant hearings, several of them per case where a case had more.
  const candidates = await db.hearingStandardResult.findMany({
    where: { result: "NON_COMPLIANT", hearing: { reviewState: "APPROVED" }, standard: { number: { in: [1, 3, 6, 7, 9, 12, 13, 14, 15] } } },
    select: { hearingId: true, standardId: true, hearing: { select: { caseId: true, courtId: true, scheduledAt: true } } },
    orderBy: { hearingId: "asc" },
    take: 4000,
  });
  const chosen = candidates.filter(() => random.chance(0.02)).slice(0, 80);
  const findingIds: { id: number; courtId: number; createdAt: Date }[] = [];
  for (const c of chosen) {
    const severity = random.weighted<Severity>({ MINOR: 45, SERIOUS: 40, GRAVE: 15 });
    const createdAt = new Date(Math.min(now.getTime(), c.hearing.scheduledAt.getTime() + random.int(5, 40) * DAY));
    const finding = await db.finding.create({
      data: {
        standardId: c.standardId, severity, caseId: c.hearing.caseId, createdById: analyst.id, createdAt,
        status: createdAt.getTime() < now.getTime() - 240 * DAY && random.chance(0.6) ? "CLOSED" : "OPEN",
        title: "Non-compliance observed at hearing",
        description: "The monitor's approved report shows a breach of this standard; see the hearings this finding rests on.",
        hearings: { create: [{ hearingId: c.hearingId }] },
      },
    });
    findingIds.push({ id: finding.id, courtId: c.hearing.courtId, createdAt });
  }

  const groups: (typeof findingIds)[] = [];
  for (let i = 0; i < findingIds.length; i += 3) groups.push(findingIds.slice(i, i + 3));
  for (const group of groups.slice(0, 28)) {
    const sentAt = new Date(Math.min(now.getTime() - DAY, group[0]!.createdAt.getTime() + random.int(5, 30) * DAY));
    const replyDueAt = new Date(sentAt.getTime() + 30 * DAY);
    const replied = replyDueAt.getTime() < now.getTime() ? random.chance(0.65) : random.chance(0.2);
    const repliedAt = replied ? new Date(Math.min(now.getTime(), sentAt.getTime() + random.int(10, 45) * DAY)) : null;
    const institution = random.weighted<Institution>({ COURT_PRESIDENT: 50, CHIEF_PROSECUTOR: 15, JUDICIAL_COUNCIL: 20, BAR_ASSOCIATION: 10, MINISTRY: 5 });
    await db.intervention.create({
      data: {
        institution,
        addressee: institution === "COURT_PRESIDENT" ? "President of the court" : institution.replace(/_/g, " ").toLowerCase(),
        courtId: institution === "COURT_PRESIDENT" ? group[0]!.courtId : null,
        type: random.weighted<InterventionType>({ LETTER: 60, MEETING: 25, TRAINING: 8, REPORT: 7 }),
        title: "Follow-up on fair-trial concerns",
        description: "The mission raised the findings listed below and asked for the measures taken.",
        sentAt, replyDueAt, repliedAt,
        reply: replied ? "The institution acknowledged the concerns and described the measures taken." : null,
        outcome: replied ? random.weighted<InterventionOutcome>({ ADDRESSED: 45, PARTLY_ADDRESSED: 35, NOT_ADDRESSED: 20 }) : "PENDING",
        createdById: analyst.id,
        createdAt: sentAt,
        findings: { create: group.map((f) => ({ findingId: f.id })) },
      },
    });
  }
}
