import type { Db, DbClient } from "../../lib/db.ts";
import { evaluateChecklist, type QuestionRule } from "../../lib/checklists/compliance.ts";
import type { Condition } from "../../lib/checklists/condition.ts";
import { conditionFactsOf, drawAnswers } from "./answer-generator.ts";
import { bulkInsert, iso, reserveIds, type BulkColumn } from "./bulk-insert.ts";
import { generateCase, type CaseDraft, type CourtProfile, type HearingDraft } from "./case-generator.ts";
import { initials, judgeName } from "./names.ts";
import { hashString, Random } from "./random.ts";

export interface DemoOptions {
  hearings: number;
  /** How many years back from `now` the hearings reach. */
  years: number;
  seed?: number;
  now?: Date;
  log?: (line: string) => void;
}

const DAY = 86_400_000;

/** Relative monitoring effort per court: the big Basic Courts most, a few remote branches rarely. */
function courtWeight(code: string, kind: string): number {
  const special: Record<string, number> = {
    "BC-PRISHTINE": 14, "BC-PRIZREN": 7, "BC-GJILAN": 6, "BC-PEJE": 5, "BC-MITROVICE": 5, "BC-FERIZAJ": 5, "BC-GJAKOVE": 4,
    "SD-PRISHTINE": 4, CA: 3, SC: 0.8, CC: 1.5, "BR-ZUBINPOTOK": 0.15, "BR-NOVOBERDE": 0.2, "BR-SHTERPCE": 0.25, "BR-DRAGASH": 0.4,
  };
  return special[code] ?? (kind === "BRANCH" ? 1.6 : 1);
}

async function courtProfiles(db: DbClient, random: Random): Promise<CourtProfile[]> {
  const courts = await db.court.findMany({ where: { retiredAt: null }, include: { judges: true, region: true }, orderBy: { id: "asc" } });
  const profiles: CourtProfile[] = [];
  for (const court of courts) {
    let judges = court.judges.filter((j) => j.active);
    if (!judges.length) {
      const count = court.kind === "BRANCH" ? random.int(2, 4) : random.int(5, 12);
      const serbian = /LEPOSAVIQ|ZUBINPOTOK|GRACANICE|SHTERPCE/.test(court.code);
      const names = new Map<string, "FEMALE" | "MALE">();
      while (names.size < count) {
        const j = judgeName(random, serbian);
        names.set(j.name, j.gender);
      }
      await db.judge.createMany({ data: [...names].map(([name, gender]) => ({ courtId: court.id, name, gender })), skipDuplicates: true });
      judges = await db.judge.findMany({ where: { courtId: court.id } });
    }
    profiles.push({
      id: court.id, code: court.code, kind: court.kind, regionId: court.regionId, departments: court.departments,
      weight: courtWeight(court.code, court.kind),
      // A stable character per court: from about half to nearly twice the average non-compliance.
      conduct: 0.5 + 1.4 * hashString(court.code),
      judges: judges.map((j) => ({ id: j.id, gender: j.gender === "FEMALE" ? "FEMALE" : "MALE" })),
    });
  }
  return profiles;
}

async function latestPublishedQuestions(db: DbClient) {
  const version = await db.checklistVersion.findFirst({
    where: { status: "PUBLISHED" },
    orderBy: [{ publishedAt: "desc" }, { number: "desc" }],
    include: { questions: { orderBy: { position: "asc" } } },
  });
  if (!version) throw new Error("No published checklist version: seed the reference data first.");
  const rules: (QuestionRule & { id: number })[] = version.questions.map((q) => ({
    id: q.id, code: q.code, standardId: q.standardId, answerType: q.answerType,
    condition: (q.condition as Condition | null) ?? null,
    nonCompliantAnswers: q.nonCompliantAnswers as string[], required: q.required,
  }));
  return { versionId: version.id, rules };
}

const HEARING_COLUMNS: BulkColumn[] = [
  { name: "id", type: "int" }, { name: "caseId", type: "int" }, { name: "courtId", type: "int" },
  { name: "department", type: "text", cast: '::"Department"' }, { name: "monitorId", type: "int" },
  { name: "checklistVersionId", type: "int" }, { name: "stage", type: "text", cast: '::"HearingStage"' },
  { name: "judgeId", type: "int" }, { name: "scheduledAt", type: "text", cast: "::timestamp(3)" },
  { name: "actualStartAt", type: "text", cast: "::timestamp(3)" }, { name: "endedAt", type: "text", cast: "::timestamp(3)" },
  { name: "delayMinutes", type: "int" }, { name: "durationMinutes", type: "int" },
  { name: "status", type: "text", cast: '::"HearingStatus"' },
  { name: "adjournmentReasons", type: "text", cast: '::"AdjournmentReason"[]' },
  { name: "nextHearingDate", type: "text", cast: "::date" },
  { name: "announcedPublicly", type: "bool" }, { name: "publicAdmitted", type: "bool" }, { name: "closedToPublic", type: "bool" },
  { name: "closureGround", type: "text" }, { name: "language", type: "text", cast: '::"ProceedingsLanguage"' },
  { name: "interpretationNeeded", type: "bool" }, { name: "interpretationProvided", type: "bool" },
  { name: "recordingRequired", type: "bool" }, { name: "audioVideoRecorded", type: "bool" },
  { name: "defendantCount", type: "int" }, { name: "defendantsPresent", type: "bool" },
  { name: "detentionStatus", type: "text", cast: '::"DetentionStatus"' }, { name: "defenceCounsel", type: "text", cast: '::"DefenceCounsel"' },
  { name: "victimInvolved", type: "bool" }, { name: "victimPresent", type: "bool" }, { name: "victimRepresented", type: "bool" },
  { name: "juvenileInvolved", type: "bool" }, { name: "judgeGender", type: "text", cast: '::"Gender"' },
  { name: "prosecutorGender", type: "text", cast: '::"Gender"' }, { name: "defendantGender", type: "text", cast: '::"Gender"' },
  { name: "victimGender", type: "text", cast: '::"Gender"' }, { name: "verdictPronounced", type: "bool" },
  { name: "verdict", type: "text", cast: '::"Verdict"' }, { name: "sentenceType", type: "text", cast: '::"SentenceType"' },
  { name: "sentenceMonths", type: "int" }, { name: "fineEur", type: "int" }, { name: "protectionOrder", type: "bool" },
  { name: "narrative", type: "text" },
  { name: "reviewState", type: "text", cast: '::"ReviewState"' }, { name: "version", type: "int" },
  { name: "submittedAt", type: "text", cast: "::timestamp(3)" }, { name: "reviewedAt", type: "text", cast: "::timestamp(3)" },
  { name: "reviewerId", type: "int" }, { name: "approvedAt", type: "text", cast: "::timestamp(3)" },
  { name: "createdAt", type: "text", cast: "::timestamp(3)" }, { name: "updatedAt", type: "text", cast: "::timestamp(3)" },
];

const NARRATIVES = [
  "The hearing proceeded in an orderly manner.",
  "The presiding judge summarised the procedural history before hearing the parties.",
  "Witnesses for the prosecution were heard; the defence cross-examined.",
  "The court discussed scheduling with the parties at length.",
  "The parties presented their closing arguments.",
];

export interface DemoResult { cases: number; hearings: number; answers: number }

/** Adds `hearings` synthetic hearings (with their cases, answers and results) to the database. */
export async function generateDemoData(db: Db, options: DemoOptions): Promise<DemoResult> {
  const random = new Random(options.seed ?? 20161130);
  const now = options.now ?? new Date();
  const log = options.log ?? (() => {});
  const periodStart = new Date(now.getTime() - options.years * 365.25 * DAY);
  const courts = await courtProfiles(db, random);
  const { versionId, rules } = await latestPublishedQuestions(db);
  const questionId = new Map(rules.map((r) => [r.code, r.id]));
  const monitors = await db.user.findMany({ where: { role: "MONITOR", active: true }, select: { id: true, regionId: true } });
  const reviewer = await db.user.findFirst({ where: { role: "ANALYST", active: true }, select: { id: true } });
  const monitorsByRegion = new Map<number, number[]>();
  for (const m of monitors) if (m.regionId) monitorsByRegion.set(m.regionId, [...(monitorsByRegion.get(m.regionId) ?? []), m.id]);
  const coveredCourts = courts.filter((c) => monitorsByRegion.has(c.regionId));
  if (!coveredCourts.length) throw new Error("No active monitors with a region: create monitors before generating hearings.");
  const totalWeight = coveredCourts.reduce((s, c) => s + c.weight, 0);
  const pickCourt = () => {
    let r = random.next() * totalWeight;
    for (const c of coveredCourts) if ((r -= c.weight) <= 0) return c;
    return coveredCourts[coveredCourts.length - 1]!;
  };

  const taken = new Set((await db.case.findMany({ select: { courtId: true, caseNumber: true } })).map((c) => `${c.courtId}|${c.caseNumber}`));
  const counters = new Map<string, number>();
  const numberFor = (kase: CaseDraft) => {
    const key = `${kase.courtId}|${kase.register}|${kase.year}`;
    let n = counters.get(key) ?? random.int(1, 40);
    let number: string;
    do {
      n += random.int(1, 6);
      number = `${kase.register} ${n}/${kase.year}`;
    } while (taken.has(`${kase.courtId}|${number}`));
    counters.set(key, n);
    taken.add(`${kase.courtId}|${number}`);
    return number;
  };

  const result: DemoResult = { cases: 0, hearings: 0, answers: 0 };
  const CHUNK_HEARINGS = 5000;
  const started = Date.now();
  while (result.hearings < options.hearings) {
    const batch: { kase: CaseDraft; court: CourtProfile }[] = [];
    let batchHearings = 0;
    while (batchHearings < CHUNK_HEARINGS && result.hearings + batchHearings < options.hearings) {
      const court = pickCourt();
      const kase = generateCase(random, court, { periodStart, now, horizonDays: 21 }, options.hearings - result.hearings - batchHearings);
      if (!kase.hearings.length) continue;
      batch.push({ kase, court });
      batchHearings += kase.hearings.length;
    }
    const answers = await insertBatch(db, random, batch, { versionId, rules, questionId, monitorsByRegion, reviewerId: reviewer?.id ?? null, now, numberFor });
    result.cases += batch.length;
    result.hearings += batchHearings;
    result.answers += answers;
    log(`[demo] ${result.hearings}/${options.hearings} hearings (${Math.round((Date.now() - started) / 1000)} s)`);
  }
  return result;
}

interface BatchContext {
  versionId: number;
  rules: (QuestionRule & { id: number })[];
  questionId: Map<string, number>;
  monitorsByRegion: Map<number, number[]>;
  reviewerId: number | null;
  now: Date;
  numberFor: (kase: CaseDraft) => string;
}

async function insertBatch(db: Db, random: Random, batch: { kase: CaseDraft; court: CourtProfile }[], ctx: BatchContext): Promise<number> {
  const caseIds = await reserveIds(db, "Case", batch.length);
  const hearingIds = await reserveIds(db, "Hearing", batch.reduce((s, b) => s + b.kase.hearings.length, 0));
  const caseRows: unknown[][] = [];
  const hearingRows: unknown[][] = [];
  const personalRows: unknown[][] = [];
  const answerRows: unknown[][] = [];
  const resultRows: unknown[][] = [];
  let h = 0;
  batch.forEach(({ kase, court }, i) => {
    const caseId = caseIds[i]!;
    caseRows.push([caseId, kase.courtId, ctx.numberFor(kase), kase.category, kase.subject, kase.department,
      iso(kase.openedAt), iso(kase.indictedAt), kase.status, iso(kase.verdictAt), iso(kase.openedAt), iso(ctx.now)]);
    const monitors = ctx.monitorsByRegion.get(court.regionId)!;
    const monitorId = random.pick(monitors);
    for (const hearing of kase.hearings) {
      const id = hearingIds[h++]!;
      hearingRows.push(hearingRow(random, id, caseId, monitorId, hearing, ctx));
      if (!hearing.observed) continue;
      if (kase.category === "CRIMINAL" || kase.category === "JUVENILE") {
        personalRows.push([id, initials(random), hearing.victimInvolved ? initials(random) : null,
          random.chance(0.4) ? initials(random) : null, hearing.juvenileInvolved ? `${initials(random)}, ${random.int(14, 17)}` : null, new Date().toISOString()]);
      }
      const given = drawAnswers(random, ctx.rules, kase, hearing, court.conduct);
      const evaluation = evaluateChecklist(ctx.rules, conditionFactsOf(kase, hearing), given);
      for (const a of evaluation.answers) {
        answerRows.push([id, ctx.questionId.get(a.code)!, a.code, a.standardId, JSON.stringify(a.value), a.compliance, iso(hearing.scheduledAt)]);
      }
      for (const s of evaluation.standards) resultRows.push([id, s.standardId, s.result, s.nonCompliantCount]);
    }
  });

  await db.$transaction(async (tx) => {
    await bulkInsert(tx, "Case", [
      { name: "id", type: "int" }, { name: "courtId", type: "int" }, { name: "caseNumber", type: "text" },
      { name: "category", type: "text", cast: '::"CaseCategory"' }, { name: "subject", type: "text", cast: '::"CaseSubject"' },
      { name: "department", type: "text", cast: '::"Department"' }, { name: "openedAt", type: "text", cast: "::date" },
      { name: "indictedAt", type: "text", cast: "::date" }, { name: "status", type: "text", cast: '::"CaseStatus"' },
      { name: "verdictAt", type: "text", cast: "::date" }, { name: "createdAt", type: "text", cast: "::timestamp(3)" },
      { name: "updatedAt", type: "text", cast: "::timestamp(3)" },
    ], caseRows);
    await bulkInsert(tx, "Hearing", HEARING_COLUMNS, hearingRows);
    await bulkInsert(tx, "HearingPersonalData", [
      { name: "hearingId", type: "int" }, { name: "defendantNames", type: "text" }, { name: "victimNames", type: "text" },
      { name: "witnessNames", type: "text" }, { name: "juvenileDetails", type: "text" }, { name: "updatedAt", type: "text", cast: "::timestamp(3)" },
    ], personalRows);
    await bulkInsert(tx, "Answer", [
      { name: "hearingId", type: "int" }, { name: "questionId", type: "int" }, { name: "questionCode", type: "text" },
      { name: "standardId", type: "int" }, { name: "value", type: "text", cast: "::jsonb" },
      { name: "compliance", type: "text", cast: '::"Compliance"' }, { name: "updatedAt", type: "text", cast: "::timestamp(3)" },
    ], answerRows);
    await bulkInsert(tx, "HearingStandardResult", [
      { name: "hearingId", type: "int" }, { name: "standardId", type: "int" },
      { name: "result", type: "text", cast: '::"Compliance"' }, { name: "nonCompliantCount", type: "int" },
    ], resultRows);
  }, { timeout: 120_000 });
  return answerRows.length;
}

function hearingRow(random: Random, id: number, caseId: number, monitorId: number, hearing: HearingDraft, ctx: BatchContext): unknown[] {
  const at = hearing.scheduledAt.getTime();
  const clamp = (t: number) => new Date(Math.min(t, ctx.now.getTime()));
  const state = hearing.reviewState;
  const submittedAt = state === "DRAFT" ? null : clamp(at + random.int(2, 72) * 3600_000);
  const reviewedAt = state === "APPROVED" || state === "RETURNED" ? clamp((submittedAt?.getTime() ?? at) + random.int(1, 12) * DAY) : null;
  const createdAt = new Date(at - random.int(1, 20) * DAY);
  const updatedAt = reviewedAt ?? submittedAt ?? (hearing.observed ? clamp(at + 3600_000) : createdAt);
  return [
    id, caseId, hearing.courtId, hearing.department, monitorId, ctx.versionId, hearing.stage, hearing.judgeId,
    iso(hearing.scheduledAt), iso(hearing.actualStartAt), iso(hearing.endedAt), hearing.delayMinutes, hearing.durationMinutes,
    hearing.status, `{${hearing.adjournmentReasons.join(",")}}`, hearing.nextHearingDate ? iso(hearing.nextHearingDate)!.slice(0, 10) : null,
    hearing.announcedPublicly, hearing.publicAdmitted, hearing.closedToPublic, hearing.closureGround, hearing.language,
    hearing.interpretationNeeded, hearing.interpretationProvided, hearing.recordingRequired, hearing.audioVideoRecorded,
    hearing.defendantCount, hearing.defendantsPresent, hearing.detentionStatus, hearing.defenceCounsel,
    hearing.victimInvolved, hearing.victimPresent, hearing.victimRepresented, hearing.juvenileInvolved, hearing.judgeGender,
    hearing.prosecutorGender, hearing.defendantGender, hearing.victimGender, hearing.verdictPronounced, hearing.verdict,
    hearing.sentenceType, hearing.sentenceMonths, hearing.fineEur, hearing.protectionOrder,
    hearing.observed ? random.pick(NARRATIVES) : null,
    state, state === "DRAFT" ? (hearing.observed ? 2 : 1) : random.int(3, 7),
    iso(submittedAt), iso(reviewedAt), reviewedAt ? ctx.reviewerId : null, state === "APPROVED" ? iso(reviewedAt) : null,
    iso(createdAt), iso(updatedAt),
  ];
}
