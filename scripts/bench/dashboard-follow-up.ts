// Findings and interventions at the scale of the bench's hearings, for the dashboard's follow-up figures:
// a finding for one approved non-compliant hearing in fifty (a third of them closed), and an intervention
// for every three findings, sent over the last two years, two in three answered. The demo generator's
// own follow-up stops at 80 findings, which would leave these figures untimed at 200,000 hearings.
import { prisma } from "../../lib/db.ts";

const DAY = 86_400_000;
const SEVERITIES = ["MINOR", "SERIOUS", "GRAVE"] as const;
const INSTITUTIONS = ["COURT_PRESIDENT", "CHIEF_PROSECUTOR", "JUDICIAL_COUNCIL"] as const;

export async function generateFollowUpAtScale(now = new Date()): Promise<{ findings: number; interventions: number }> {
  const analyst = await prisma.user.findFirstOrThrow({ where: { role: "ANALYST" }, select: { id: true } });
  const candidates = await prisma.$queryRaw<{ hearingId: number; standardId: number; caseId: number; courtId: number }[]>`
    SELECT r."hearingId", r."standardId", h."caseId", h."courtId"
    FROM "HearingStandardResult" r JOIN "Hearing" h ON h."id" = r."hearingId"
    WHERE r."result" = 'NON_COMPLIANT' AND h."reviewState" = 'APPROVED' AND r."hearingId" % 50 = 0
    ORDER BY r."hearingId", r."standardId"`;
  let findings = 0;
  let interventions = 0;
  for (let start = 0; start < candidates.length; start += 900) {
    const chunk = candidates.slice(start, start + 900);
    const created = await prisma.finding.createManyAndReturn({
      data: chunk.map((c, i) => ({
        standardId: c.standardId, severity: SEVERITIES[(start + i) % 3]!, caseId: c.caseId, createdById: analyst.id,
        status: (start + i) % 3 === 0 ? "CLOSED" as const : "OPEN" as const, title: "Bench finding", description: "Generated for the benchmark.",
      })),
      select: { id: true },
    });
    await prisma.findingHearing.createMany({ data: created.map((f, i) => ({ findingId: f.id, hearingId: chunk[i]!.hearingId })) });
    const groups = created.map((f, i) => ({ findingId: f.id, courtId: chunk[i]!.courtId })).filter((_, i) => i % 3 === 0);
    const sent = groups.map((_, i) => new Date(now.getTime() - ((start + i * 7) % 730) * DAY));
    const made = await prisma.intervention.createManyAndReturn({
      data: groups.map((g, i) => {
        const answered = i % 3 !== 0;
        return {
          institution: INSTITUTIONS[i % 3]!, addressee: "Bench addressee", courtId: i % 3 === 0 ? g.courtId : null, type: "LETTER" as const,
          title: "Bench intervention", createdById: analyst.id, sentAt: sent[i], replyDueAt: new Date(sent[i]!.getTime() + (i % 2 ? 30 : 45) * DAY),
          repliedAt: answered ? new Date(sent[i]!.getTime() + 20 * DAY) : null, outcome: answered ? "ADDRESSED" as const : "PENDING" as const,
        };
      }),
      select: { id: true },
    });
    await prisma.interventionFinding.createMany({ data: made.map((m, i) => ({ interventionId: m.id, findingId: groups[i]!.findingId })) });
    findings += created.length;
    interventions += made.length;
  }
  await prisma.$executeRawUnsafe(`ANALYZE "Finding", "FindingHearing", "Intervention", "InterventionFinding"`);
  return { findings, interventions };
}
