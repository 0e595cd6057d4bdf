// Builders for hearing reports in integration tests: a court of the monitor's region, a scheduled draft,
// and report values filled the way a monitor would fill them.
import { randomUUID } from "node:crypto";
import { prisma } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { loadChecklistVersion } from "@/lib/checklists/version-queries";
import { evaluateReport } from "@/lib/hearings/evaluate-report";
import type { CaseFacts } from "@/lib/hearings/fact-rules";
import { scheduleHearing } from "@/lib/hearings/schedule-hearing";
import type { HearingFactsInput, HearingReportValues } from "@/lib/hearings/schema";

export const newKey = () => randomUUID().replace(/-/g, "");

export async function courtId(code = "BC-PRISHTINE"): Promise<number> {
  return (await prisma.court.findUniqueOrThrow({ where: { code } })).id;
}

let caseCounter = 0;

/** A draft report on a new criminal case (domestic violence unless told) in a court of the monitor's region. */
export async function scheduleDraft(monitor: SessionUser, kase: Partial<CaseFacts> & { court?: string } = {}) {
  const result = await scheduleHearing({
    clientKey: newKey(),
    courtId: await courtId(kase.court),
    caseNumber: `P. ${++caseCounter}${Date.now().toString(36)}/2026`,
    category: kase.category ?? "CRIMINAL",
    subject: kase.subject ?? "DOMESTIC_VIOLENCE",
    scheduledAt: "2026-03-10T09:00",
    stage: "MAIN_TRIAL",
  }, monitor);
  const hearing = await prisma.hearing.findUniqueOrThrow({ where: { id: result.hearingId }, select: { checklistVersionId: true } });
  const checklist = await loadChecklistVersion(hearing.checklistVersionId);
  return { ...result, checklist, kase: { category: kase.category ?? "CRIMINAL", subject: kase.subject ?? "DOMESTIC_VIOLENCE" } as CaseFacts };
}

export function emptyFacts(department = "GENERAL" as HearingFactsInput["department"]): HearingFactsInput {
  return {
    stage: "MAIN_TRIAL", department, judgeId: null, panel: "", prosecutor: "",
    scheduledAt: "2026-03-10T09:00", actualStartTime: "", endTime: "", status: null, adjournmentReasons: [], nextHearingDate: "",
    announcedPublicly: null, publicAdmitted: null, closedToPublic: null, closureGround: "", language: null,
    interpretationNeeded: null, interpretationProvided: null, recordingRequired: null, audioVideoRecorded: null,
    defendantCount: null, defendantsPresent: null, detentionStatus: null, defenceCounsel: null, victimInvolved: null,
    victimPresent: null, victimRepresented: null, juvenileInvolved: null, judgeGender: null, prosecutorGender: null,
    defendantGender: null, victimGender: null, verdictPronounced: null, verdict: null, sentenceType: null,
    sentenceMonths: null, fineEur: null, protectionOrder: null, narrative: "",
  };
}

/** A held hearing with every required fact recorded: a victim, an interpreter needed and provided. */
export function heldFacts(): HearingFactsInput {
  return {
    ...emptyFacts(),
    actualStartTime: "09:25", endTime: "10:40", status: "HELD",
    announcedPublicly: false, publicAdmitted: true, closedToPublic: false, language: "ALBANIAN",
    interpretationNeeded: true, interpretationProvided: true, recordingRequired: false,
    defendantCount: 1, defendantsPresent: true, detentionStatus: "AT_LIBERTY", defenceCounsel: "NONE",
    victimInvolved: true, victimPresent: true, juvenileInvolved: false, verdictPronounced: false, protectionOrder: false,
    narrative: "The court heard two witnesses.",
  };
}

export const emptyPersonal = () => ({ defendantNames: "", victimNames: "", witnessNames: "", juvenileDetails: "" });

/**
 * Answers every question that applies to these facts: the non-compliant answer for the codes listed in
 * `nonCompliant`, the compliant one for the rest.
 */
export function answerAll(checklist: Awaited<ReturnType<typeof loadChecklistVersion>>, kase: CaseFacts, facts: HearingFactsInput, nonCompliant: string[] = []): HearingReportValues {
  const evaluation = evaluateReport({ facts, personal: emptyPersonal(), answers: {} }, checklist.questions, kase);
  const answers: Record<string, string> = {};
  for (const code of evaluation.checklist.applicable) {
    const question = checklist.questions.find((q) => q.code === code)!;
    const bad = question.nonCompliantAnswers[0]!;
    answers[code] = nonCompliant.includes(code) ? bad : bad === "YES" ? "NO" : "YES";
  }
  return { facts, personal: emptyPersonal(), answers };
}
