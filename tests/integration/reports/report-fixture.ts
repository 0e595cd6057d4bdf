// A small world of hearings with hand-known answers, for the report tests. Hearings are written as the
// app writes them: the report as a draft with its answers and per-standard results (computed by the
// app's own compliance rules), then moved to its review state.
import { prisma } from "@/lib/db";
import { evaluateChecklist, type AnswerValue, type QuestionRule } from "@/lib/checklists/compliance";
import type { Condition, ConditionFacts } from "@/lib/checklists/condition";
import type {
  AdjournmentReason, CaseCategory, CaseSubject, DefenceCounsel, DetentionStatus, Gender, HearingStatus, ProceedingsLanguage, ReviewState,
} from "@/lib/generated/prisma/enums";
import { fromCourtParts } from "@/lib/time/zone";
import { createUser } from "../../support/fixtures";

export interface CaseSpec {
  court: string;
  category: CaseCategory;
  subject: CaseSubject;
  verdictAt?: string;
}

export interface HearingSpec {
  name: string;
  case: string;
  /** Court-time day, with `time` (default 10:00). */
  day: string;
  time?: string;
  state?: ReviewState;
  version?: number;
  status?: HearingStatus | null;
  delay?: number | null;
  reasons?: AdjournmentReason[];
  publicAdmitted?: boolean | null;
  closedToPublic?: boolean | null;
  announced?: boolean | null;
  interpretationNeeded?: boolean | null;
  interpretationProvided?: boolean | null;
  recordingRequired?: boolean | null;
  audioVideoRecorded?: boolean | null;
  defenceCounsel?: DefenceCounsel | null;
  verdictPronounced?: boolean | null;
  /** The hearing's breakdown attributes (none recorded by default); `judge` names a judge of the court. */
  attributes?: {
    judge?: string;
    judgeGender?: Gender;
    prosecutorGender?: Gender;
    defendantGender?: Gender;
    victimGender?: Gender;
    language?: ProceedingsLanguage;
    detentionStatus?: DetentionStatus;
  };
  answers: Record<string, AnswerValue>;
  /** Answers to questions of another checklist version, left behind on the hearing. */
  strayAnswers?: { version: number; answers: Record<string, AnswerValue> };
}

export interface BuiltFixture {
  hearings: Map<string, number>;
  cases: Map<string, number>;
  monitorId: number;
}

async function questionsOf(versionNumber: number) {
  const version = await prisma.checklistVersion.findFirstOrThrow({
    where: { number: versionNumber, template: { code: "FAIR_TRIAL" } },
    include: { questions: { orderBy: { position: "asc" } } },
  });
  return {
    versionId: version.id,
    rules: version.questions.map((q) => ({
      id: q.id, code: q.code, standardId: q.standardId, answerType: q.answerType,
      condition: (q.condition as Condition | null) ?? null, nonCompliantAnswers: q.nonCompliantAnswers as string[], required: q.required,
    })) as (QuestionRule & { id: number })[],
  };
}

/** Version 2: PUB_LISTED reworded, LANG_CHARGED dropped, PUB_MEDIA_ADMITTED added under standard 1. */
export async function publishChecklistVersion2() {
  const v1 = await prisma.checklistVersion.findFirstOrThrow({ where: { number: 1, template: { code: "FAIR_TRIAL" } }, include: { questions: { orderBy: { position: "asc" } } } });
  const existing = await prisma.checklistVersion.findFirst({ where: { templateId: v1.templateId, number: 2 } });
  if (existing) return existing.id;
  const v2 = await prisma.checklistVersion.create({ data: { templateId: v1.templateId, number: 2, basedOnId: v1.id, notes: "Test version 2" } });
  const kept = v1.questions.filter((q) => q.code !== "LANG_CHARGED");
  const standard1 = kept.find((q) => q.code === "PUB_LISTED")!.standardId;
  await prisma.checklistQuestion.createMany({
    data: [
      ...kept.map((q, i) => ({
        versionId: v2.id, code: q.code, standardId: q.standardId, position: i + 1, answerType: q.answerType, options: q.options ?? [],
        condition: q.condition ?? undefined, nonCompliantAnswers: q.nonCompliantAnswers ?? [], required: q.required,
        textEn: q.code === "PUB_LISTED" ? "Was the hearing on the court's public schedule?" : q.textEn, textSq: q.textSq, textSr: q.textSr,
      })),
      {
        versionId: v2.id, code: "PUB_MEDIA_ADMITTED", standardId: standard1, position: kept.length + 1, answerType: "YES_NO" as const,
        nonCompliantAnswers: ["NO"], required: false, textEn: "Were journalists admitted?", textSq: "A u lejuan gazetarët?", textSr: "Da li su novinari pušteni?",
      },
    ],
  });
  await prisma.checklistVersion.update({ where: { id: v2.id }, data: { status: "PUBLISHED", publishedAt: new Date() } });
  return v2.id;
}

function scheduledAt(day: string, time = "10:00"): Date {
  const [year, month, date] = day.split("-").map(Number) as [number, number, number];
  const [hour, minute] = time.split(":").map(Number) as [number, number];
  return fromCourtParts({ year, month, day: date, hour, minute });
}

let caseCounter = 0;

export async function buildFixture(cases: Record<string, CaseSpec>, hearings: HearingSpec[]): Promise<BuiltFixture> {
  const monitor = await createUser("MONITOR");
  const caseIds = new Map<string, number>();
  for (const [name, spec] of Object.entries(cases)) {
    const court = await prisma.court.findUniqueOrThrow({ where: { code: spec.court } });
    const created = await prisma.case.create({
      data: {
        courtId: court.id, caseNumber: `T ${++caseCounter}/${name}/${Date.now().toString(36)}`, category: spec.category, subject: spec.subject,
        verdictAt: spec.verdictAt ? new Date(`${spec.verdictAt}T00:00:00Z`) : null, status: spec.verdictAt ? "CLOSED" : "OPEN",
      },
    });
    caseIds.set(name, created.id);
  }
  const hearingIds = new Map<string, number>();
  for (const spec of hearings) hearingIds.set(spec.name, await buildHearing(spec, cases[spec.case]!, caseIds.get(spec.case)!, monitor.id));
  return { hearings: hearingIds, cases: caseIds, monitorId: monitor.id };
}

async function buildHearing(spec: HearingSpec, caseSpec: CaseSpec, caseId: number, monitorId: number): Promise<number> {
  const court = await prisma.court.findUniqueOrThrow({ where: { code: caseSpec.court } });
  const { versionId, rules } = await questionsOf(spec.version ?? 1);
  const status = spec.status === undefined ? "HELD" : spec.status;
  const met = status !== "CANCELLED";
  const facts = {
    status,
    delayMinutes: spec.delay === undefined ? (met ? 0 : null) : spec.delay,
    adjournmentReasons: spec.reasons ?? [],
    publicAdmitted: spec.publicAdmitted === undefined ? (met ? true : null) : spec.publicAdmitted,
    closedToPublic: spec.closedToPublic === undefined ? (met ? false : null) : spec.closedToPublic,
    announcedPublicly: spec.announced === undefined ? true : spec.announced,
    interpretationNeeded: spec.interpretationNeeded === undefined ? (met ? false : null) : spec.interpretationNeeded,
    interpretationProvided: spec.interpretationProvided ?? null,
    recordingRequired: spec.recordingRequired ?? (met ? false : null),
    audioVideoRecorded: spec.audioVideoRecorded ?? null,
    defenceCounsel: spec.defenceCounsel === undefined ? "RETAINED" : spec.defenceCounsel,
    verdictPronounced: spec.verdictPronounced ?? (met ? false : null),
  } as const;
  const { judge: judgeName, ...attributes } = spec.attributes ?? {};
  const judge = judgeName
    ? await prisma.judge.upsert({ where: { courtId_name: { courtId: court.id, name: judgeName } }, create: { courtId: court.id, name: judgeName }, update: {} })
    : null;
  const hearing = await prisma.hearing.create({
    data: {
      caseId, courtId: court.id, monitorId, checklistVersionId: versionId, scheduledAt: scheduledAt(spec.day, spec.time),
      stage: "MAIN_TRIAL", defendantsPresent: met, ...facts, ...attributes, judgeId: judge?.id ?? null, reviewState: "DRAFT",
    },
  });
  const conditionFacts: ConditionFacts = {
    status: facts.status, stage: "MAIN_TRIAL", caseCategory: caseSpec.category, caseSubject: caseSpec.subject,
    closedToPublic: facts.closedToPublic, interpretationNeeded: facts.interpretationNeeded, defendantsPresent: met,
    defenceCounsel: facts.defenceCounsel, verdictPronounced: facts.verdictPronounced, victimInvolved: false, juvenileInvolved: false,
  };
  const evaluation = evaluateChecklist(rules, conditionFacts, spec.answers);
  const unknown = Object.keys(spec.answers).filter((code) => !evaluation.answers.some((a) => a.code === code));
  if (unknown.length) throw new Error(`${spec.name}: answers to questions that do not apply: ${unknown.join(", ")}`);
  const questionId = new Map(rules.map((r) => [r.code, r.id]));
  await prisma.answer.createMany({
    data: evaluation.answers.map((a) => ({
      hearingId: hearing.id, questionId: questionId.get(a.code)!, questionCode: a.code, standardId: a.standardId,
      value: a.value as never, compliance: a.compliance,
    })),
  });
  if (spec.strayAnswers) {
    const other = await questionsOf(spec.strayAnswers.version);
    const stray = evaluateChecklist(other.rules, conditionFacts, spec.strayAnswers.answers);
    const otherId = new Map(other.rules.map((r) => [r.code, r.id]));
    await prisma.answer.createMany({
      data: stray.answers.map((a) => ({
        hearingId: hearing.id, questionId: otherId.get(a.code)!, questionCode: a.code, standardId: a.standardId,
        value: a.value as never, compliance: a.compliance,
      })),
    });
  }
  await prisma.hearingStandardResult.createMany({
    data: evaluation.standards.map((s) => ({ hearingId: hearing.id, standardId: s.standardId, result: s.result, nonCompliantCount: s.nonCompliantCount })),
  });
  const state = spec.state ?? "APPROVED";
  if (state !== "DRAFT") {
    await prisma.hearing.update({
      where: { id: hearing.id },
      data: { reviewState: state, submittedAt: new Date(), approvedAt: state === "APPROVED" ? new Date() : null, version: { increment: 1 } },
    });
  }
  return hearing.id;
}
