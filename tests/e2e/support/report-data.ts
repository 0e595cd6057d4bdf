// A court of the spec's own with hearings whose answers it knows, so that report figures are the spec's
// and no other spec's changes to the demo data can move them.
import { evaluateChecklist, type QuestionRule } from "../../../lib/checklists/compliance.ts";
import type { Condition } from "../../../lib/checklists/condition.ts";
import type { ReviewState } from "../../../lib/generated/prisma/enums.ts";
import { fromCourtParts } from "../../../lib/time/zone.ts";
import { createUser, db, uniqueSuffix } from "./db.ts";

export interface ReportCourt {
  code: string;
  name: string;
  /** Approved hearings in the year, and how many of them answered PUB_LISTED "NO" (standard 1 breached). */
  approved: number;
  publicNonCompliant: number;
}

async function versionOneRules() {
  const version = await db.checklistVersion.findFirstOrThrow({ where: { number: 1, template: { code: "FAIR_TRIAL" } }, include: { questions: true } });
  const rules = version.questions.map((q) => ({
    id: q.id, code: q.code, standardId: q.standardId, answerType: q.answerType, condition: (q.condition as Condition | null) ?? null,
    nonCompliantAnswers: q.nonCompliantAnswers as string[], required: q.required,
  })) as (QuestionRule & { id: number })[];
  return { versionId: version.id, rules };
}

/**
 * A branch court in Pejë/Peć with one criminal case and `listed.length` approved hearings in `year`
 * (PUB_LISTED answered as given), plus a submitted and a returned report that must not count.
 */
export async function createReportCourt(year: number, listed: ("YES" | "NO")[]): Promise<ReportCourt> {
  const suffix = uniqueSuffix().replace(/[^a-z0-9]/gi, "").toUpperCase();
  const region = await db.region.findUniqueOrThrow({ where: { code: "PEJE" } });
  const name = `E2E Gjykata ${suffix}`;
  const court = await db.court.create({ data: { code: `E2E-${suffix}`.slice(0, 40), kind: "BRANCH", nameSq: name, nameSr: name, regionId: region.id, departments: ["GENERAL"] } });
  const monitor = await createUser("MONITOR", { region: "PEJE" });
  const kase = await db.case.create({ data: { courtId: court.id, caseNumber: `P. ${suffix}/${year}`, category: "CRIMINAL", subject: "GENERAL_CRIME" } });
  const { versionId, rules } = await versionOneRules();
  const states: { answer: "YES" | "NO"; state: ReviewState }[] = [
    ...listed.map((answer) => ({ answer, state: "APPROVED" as const })),
    { answer: "NO", state: "SUBMITTED" },
    { answer: "NO", state: "RETURNED" },
  ];
  for (const [i, { answer, state }] of states.entries()) {
    const scheduledAt = fromCourtParts({ year, month: 1 + (i % 12), day: 10 + (i % 15), hour: 9, minute: 30 });
    const hearing = await db.hearing.create({
      data: {
        caseId: kase.id, courtId: court.id, monitorId: monitor.id, checklistVersionId: versionId, scheduledAt, stage: "MAIN_TRIAL",
        status: "HELD", delayMinutes: 5 * i, publicAdmitted: true, closedToPublic: false, announcedPublicly: answer === "YES",
        interpretationNeeded: false, defenceCounsel: "RETAINED", defendantsPresent: true, verdictPronounced: false, reviewState: "DRAFT",
      },
    });
    const evaluation = evaluateChecklist(rules, {
      status: "HELD", stage: "MAIN_TRIAL", caseCategory: "CRIMINAL", caseSubject: "GENERAL_CRIME", closedToPublic: false,
      interpretationNeeded: false, defendantsPresent: true, defenceCounsel: "RETAINED", verdictPronounced: false, victimInvolved: false, juvenileInvolved: false,
    }, { PUB_LISTED: answer, PUB_ADMITTED: "YES" });
    const questionId = new Map(rules.map((r) => [r.code, r.id]));
    await db.answer.createMany({
      data: evaluation.answers.map((a) => ({ hearingId: hearing.id, questionId: questionId.get(a.code)!, questionCode: a.code, standardId: a.standardId, value: a.value as never, compliance: a.compliance })),
    });
    await db.hearingStandardResult.createMany({
      data: evaluation.standards.map((s) => ({ hearingId: hearing.id, standardId: s.standardId, result: s.result, nonCompliantCount: s.nonCompliantCount })),
    });
    await db.hearing.update({ where: { id: hearing.id }, data: { reviewState: state, submittedAt: new Date(), approvedAt: state === "APPROVED" ? new Date() : null } });
  }
  return { code: court.code, name, approved: listed.length, publicNonCompliant: listed.filter((a) => a === "NO").length };
}
