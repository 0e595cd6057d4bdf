import type {
  AdjournmentReason, CaseCategory, CaseSubject, CourtKind, Department, HearingStage, ReviewState,
} from "../../lib/generated/prisma/enums.ts";
import { fromCourtParts, toCourtParts } from "../../lib/time/zone.ts";
import type { Random } from "./random.ts";

/**
 * Synthetic cases and hearings whose distributions follow the published figures in DOMAIN.md: about 1.75
 * hearings per case, a fifth adjourned, a third starting late, counsel missing in most general criminal
 * cases, most reports approved. Facts only: checklist answers are drawn in answer-generator.ts.
 */

export interface CourtProfile {
  id: number;
  code: string;
  kind: CourtKind;
  regionId: number;
  departments: Department[];
  /** Relative share of the mission's monitoring. */
  weight: number;
  /** How far this court's conduct is from the average (1 = average, 2 = twice the non-compliance). */
  conduct: number;
  judges: { id: number; gender: "FEMALE" | "MALE" }[];
}

export interface CaseDraft {
  courtId: number;
  /** Case numbers are handed out by the caller, which knows the numbers already taken. */
  register: string;
  year: number;
  category: CaseCategory;
  subject: CaseSubject;
  department: Department;
  openedAt: Date;
  indictedAt: Date | null;
  status: "OPEN" | "CLOSED";
  verdictAt: Date | null;
  hearings: HearingDraft[];
}

export interface HearingDraft {
  courtId: number;
  department: Department;
  judgeId: number | null;
  judgeGender: "FEMALE" | "MALE" | null;
  stage: HearingStage;
  scheduledAt: Date;
  /** False for upcoming hearings: nothing observed yet. */
  observed: boolean;
  actualStartAt: Date | null;
  endedAt: Date | null;
  delayMinutes: number | null;
  durationMinutes: number | null;
  status: "HELD" | "ADJOURNED" | "CANCELLED" | null;
  adjournmentReasons: AdjournmentReason[];
  nextHearingDate: Date | null;
  announcedPublicly: boolean | null;
  publicAdmitted: boolean | null;
  closedToPublic: boolean | null;
  closureGround: string | null;
  language: "ALBANIAN" | "SERBIAN" | "TURKISH" | "BOSNIAN" | "ROMANI" | null;
  interpretationNeeded: boolean | null;
  interpretationProvided: boolean | null;
  recordingRequired: boolean | null;
  audioVideoRecorded: boolean | null;
  defendantCount: number | null;
  defendantsPresent: boolean | null;
  detentionStatus: "IN_DETENTION" | "HOUSE_ARREST" | "AT_LIBERTY" | "NOT_APPLICABLE" | null;
  defenceCounsel: "RETAINED" | "EX_OFFICIO" | "NONE" | null;
  victimInvolved: boolean | null;
  victimPresent: boolean | null;
  victimRepresented: boolean | null;
  juvenileInvolved: boolean | null;
  prosecutorGender: "FEMALE" | "MALE" | null;
  defendantGender: "FEMALE" | "MALE" | "MIXED" | null;
  victimGender: "FEMALE" | "MALE" | null;
  verdictPronounced: boolean | null;
  verdict: "CONVICTION" | "ACQUITTAL" | "REJECTION" | "PLEA_AGREEMENT" | "OTHER" | null;
  sentenceType: "IMPRISONMENT" | "SUSPENDED" | "FINE" | "COMMUNITY_SERVICE" | "NONE" | null;
  sentenceMonths: number | null;
  fineEur: number | null;
  protectionOrder: boolean | null;
  reviewState: ReviewState;
  /** Where the case sits in time, 0 (start of the period) to 1 (today): conduct improves slowly. */
  periodPosition: number;
}

const DAY = 86_400_000;

const CRIMINAL_SUBJECTS: Partial<Record<CaseSubject, number>> = {
  GENERAL_CRIME: 56, DOMESTIC_VIOLENCE: 16, CORRUPTION: 9, ORGANISED_CRIME: 5, HATE_CRIME: 2, TRAFFICKING: 3, WAR_CRIMES: 2, PROPERTY: 7,
};
const SPECIAL_SUBJECTS: Partial<Record<CaseSubject, number>> = { CORRUPTION: 40, ORGANISED_CRIME: 30, WAR_CRIMES: 15, TRAFFICKING: 15 };
const CIVIL_SUBJECTS: Partial<Record<CaseSubject, number>> = { PROPERTY: 50, LABOUR: 25, FAMILY: 25 };

const ADJOURNMENT_WEIGHTS: Partial<Record<AdjournmentReason, number>> = {
  DEFENDANT_ABSENT: 30, WITNESS_ABSENT: 25, DEFENCE_COUNSEL_ABSENT: 14, PROSECUTOR_ABSENT: 8, IMPROPER_SUMMONS: 12,
  JUDGE_UNAVAILABLE: 9, NO_INTERPRETER: 3, CASE_FILE_MISSING: 5, OTHER: 5,
};

function pickCategory(random: Random, court: CourtProfile): { category: CaseCategory; department: Department; subject: CaseSubject } {
  if (court.kind === "SPECIAL_DEPARTMENT") {
    return { category: "CRIMINAL", department: "SPECIAL", subject: random.weighted(SPECIAL_SUBJECTS) };
  }
  if (court.kind === "COMMERCIAL") return { category: "COMMERCIAL", department: "COMMERCIAL", subject: "OTHER" };
  // Shares of DOMAIN.md's 2016 report: general criminal 659, civil 624, serious crimes 781, administrative 77, juvenile 50.
  const weights: Partial<Record<string, number>> = court.kind === "BRANCH"
    ? { GENERAL_CRIMINAL: 55, CIVIL: 45 }
    : { GENERAL_CRIMINAL: 30, CIVIL: 28, SERIOUS: 35, ADMINISTRATIVE: court.departments.includes("ADMINISTRATIVE") || court.kind !== "BASIC" ? 5 : 0, JUVENILE: 2.5 };
  const kind = random.weighted(weights as Record<string, number>);
  switch (kind) {
    case "CIVIL": return { category: "CIVIL", department: "GENERAL", subject: random.weighted(CIVIL_SUBJECTS) };
    case "SERIOUS": return { category: "CRIMINAL", department: court.departments.includes("SERIOUS_CRIMES") ? "SERIOUS_CRIMES" : "GENERAL", subject: random.weighted({ ...CRIMINAL_SUBJECTS, GENERAL_CRIME: 30, CORRUPTION: 14, ORGANISED_CRIME: 8 }) };
    case "ADMINISTRATIVE": return { category: "ADMINISTRATIVE", department: "ADMINISTRATIVE", subject: "OTHER" };
    case "JUVENILE": return { category: "JUVENILE", department: court.departments.includes("JUVENILE") ? "JUVENILE" : "GENERAL", subject: random.weighted({ GENERAL_CRIME: 80, PROPERTY: 20 }) };
    default: return { category: "CRIMINAL", department: "GENERAL", subject: random.weighted(CRIMINAL_SUBJECTS) };
  }
}

/** The register a case number is drawn from ("P." general criminal, "C." civil, ...); numbers run per court and year. */
function caseRegister(category: CaseCategory, department: Department, courtKind: CourtKind): string {
  if (courtKind === "APPEALS") return "PA1.";
  if (courtKind === "SUPREME") return "Pml.";
  if (department === "SPECIAL") return "PKR.";
  switch (category) {
    case "CIVIL": return "C.";
    case "ADMINISTRATIVE": return "A.";
    case "JUVENILE": return "JM.";
    case "COMMERCIAL": return "IV.EK.C.";
    default: return department === "SERIOUS_CRIMES" ? "PKR." : "P.";
  }
}

function stagesFor(random: Random, category: CaseCategory, courtKind: CourtKind, count: number): HearingStage[] {
  if (courtKind === "APPEALS" || courtKind === "SUPREME") return Array.from({ length: count }, () => "APPEAL_SESSION");
  const criminal = category === "CRIMINAL" || category === "JUVENILE";
  const path: HearingStage[] = criminal ? ["INITIAL", "PRELIMINARY"] : ["PRELIMINARY"];
  while (path.length < count - 1) path.push("MAIN_TRIAL");
  if (count >= 3) path[count - 2] = "CLOSING";
  path.length = Math.min(path.length, count - 1);
  path.push(count === 1 && criminal && random.chance(0.3) ? "DETENTION_REVIEW" : "PRONOUNCEMENT");
  if (count > 2 && criminal && random.chance(0.12)) path[1] = "DETENTION_REVIEW";
  return path;
}

function reviewStateFor(random: Random, ageDays: number): ReviewState {
  if (ageDays > 60) return random.weighted({ APPROVED: 96, SUBMITTED: 2, RETURNED: 1, DRAFT: 1 });
  if (ageDays > 14) return random.weighted({ APPROVED: 70, SUBMITTED: 18, RETURNED: 6, DRAFT: 6 });
  return random.weighted({ APPROVED: 15, SUBMITTED: 40, RETURNED: 10, DRAFT: 35 });
}

function atCourtTime(day: Date, hour: number, minute: number): Date {
  const p = toCourtParts(day);
  return fromCourtParts({ year: p.year, month: p.month, day: p.day, hour, minute });
}

/** Skips Saturdays and Sundays: courts do not sit at weekends. */
function nextWorkday(date: Date): Date {
  const d = new Date(date);
  while (d.getUTCDay() === 0 || d.getUTCDay() === 6) d.setUTCDate(d.getUTCDate() + 1);
  return d;
}

export interface CaseGeneratorOptions {
  periodStart: Date;
  now: Date;
  /** Upcoming hearings are generated up to this many days ahead. */
  horizonDays: number;
}

export function generateCase(random: Random, court: CourtProfile, options: CaseGeneratorOptions, maxHearings: number): CaseDraft {
  const { category, department, subject } = pickCategory(random, court);
  const span = options.now.getTime() + options.horizonDays * DAY - options.periodStart.getTime();
  // About 1.75 hearings per case (2,191 hearings in 1,257 cases), more for serious and special cases.
  const extra = department === "SPECIAL" || department === "SERIOUS_CRIMES" ? 2 : 0.8;
  let count = 1;
  while (count < 8 && random.chance(extra / (extra + count))) count++;
  count = Math.min(count, maxHearings);

  const first = nextWorkday(new Date(options.periodStart.getTime() + random.next() * span));
  const openedAt = new Date(first.getTime() - random.int(20, 400) * DAY);
  const criminal = category === "CRIMINAL" || category === "JUVENILE";
  const stages = stagesFor(random, category, court.kind, count);
  const judge = court.judges.length ? random.pick(court.judges) : null;

  const juvenile = category === "JUVENILE";
  const victimInvolved = subject === "DOMESTIC_VIOLENCE" || subject === "TRAFFICKING" || subject === "HATE_CRIME" || (criminal && random.chance(0.35));
  const detained = criminal && (department === "SPECIAL" || department === "SERIOUS_CRIMES" ? random.chance(0.45) : random.chance(0.12));
  const counsel = !criminal
    ? random.weighted({ RETAINED: 55, NONE: 45 })
    : department === "GENERAL"
      ? random.weighted({ NONE: 64, RETAINED: 24, EX_OFFICIO: 12 })
      : random.weighted({ RETAINED: 60, EX_OFFICIO: 32, NONE: 8 });
  const language = court.code.includes("LEPOSAVIQ") || court.code.includes("ZUBINPOTOK") || court.code.includes("GRACANICE") || court.code.includes("SHTERPCE")
    ? "SERBIAN" : random.weighted({ ALBANIAN: 88, SERBIAN: 7, TURKISH: 2.5, BOSNIAN: 2, ROMANI: 0.5 });
  const partyLanguageDiffers = random.chance(language === "ALBANIAN" ? 0.1 : 0.45);

  const hearings: HearingDraft[] = [];
  let date = first;
  for (let i = 0; i < count; i++) {
    if (date.getTime() > options.now.getTime() + options.horizonDays * DAY) break;
    const scheduledAt = atCourtTime(date, Number(random.weighted({ 8: 2, 9: 4, 10: 4, 11: 3, 12: 2, 13: 2, 14: 1 })), random.pick([0, 0, 15, 30, 30, 45]));
    const observed = scheduledAt.getTime() < options.now.getTime() - 2 * 3600_000;
    const ageDays = (options.now.getTime() - scheduledAt.getTime()) / DAY;
    const stage = stages[i]!;
    const lastPlanned = i === count - 1;
    const hearing = observed
      ? observedHearing(random, { court, department, judge, stage, scheduledAt, criminal, juvenile, victimInvolved, detained, counsel, language, partyLanguageDiffers, subject, lastPlanned })
      : upcomingHearing({ court, department, judge, stage, scheduledAt });
    hearing.reviewState = observed ? reviewStateFor(random, ageDays) : "DRAFT";
    hearing.periodPosition = Math.min(1, Math.max(0, (scheduledAt.getTime() - options.periodStart.getTime()) / span));
    hearings.push(hearing);
    date = nextWorkday(new Date(date.getTime() + random.int(18, 95) * DAY));
    if (hearing.status === "ADJOURNED") hearing.nextHearingDate = date;
  }

  const last = hearings[hearings.length - 1];
  const closed = !!last?.verdictPronounced;
  return {
    courtId: court.id,
    register: caseRegister(category, department, court.kind),
    year: openedAt.getUTCFullYear(),
    category, subject, department,
    openedAt,
    indictedAt: criminal ? new Date(openedAt.getTime() + random.int(5, 60) * DAY) : null,
    status: closed ? "CLOSED" : "OPEN",
    verdictAt: closed ? last!.scheduledAt : null,
    hearings,
  };
}

interface HearingContext {
  court: CourtProfile;
  department: Department;
  judge: { id: number; gender: "FEMALE" | "MALE" } | null;
  stage: HearingStage;
  scheduledAt: Date;
}

function upcomingHearing({ court, department, judge, stage, scheduledAt }: HearingContext): HearingDraft {
  return {
    courtId: court.id, department, judgeId: judge?.id ?? null, judgeGender: null, stage, scheduledAt, observed: false,
    actualStartAt: null, endedAt: null, delayMinutes: null, durationMinutes: null, status: null, adjournmentReasons: [],
    nextHearingDate: null, announcedPublicly: null, publicAdmitted: null, closedToPublic: null, closureGround: null,
    language: null, interpretationNeeded: null, interpretationProvided: null, recordingRequired: null,
    audioVideoRecorded: null, defendantCount: null, defendantsPresent: null, detentionStatus: null, defenceCounsel: null,
    victimInvolved: null, victimPresent: null, victimRepresented: null, juvenileInvolved: null, prosecutorGender: null,
    defendantGender: null, victimGender: null, verdictPronounced: null, verdict: null, sentenceType: null,
    sentenceMonths: null, fineEur: null, protectionOrder: null, reviewState: "DRAFT", periodPosition: 1,
  };
}

function observedHearing(
  random: Random,
  ctx: HearingContext & {
    criminal: boolean; juvenile: boolean; victimInvolved: boolean; detained: boolean;
    counsel: "RETAINED" | "EX_OFFICIO" | "NONE"; language: HearingDraft["language"]; partyLanguageDiffers: boolean;
    subject: CaseSubject; lastPlanned: boolean;
  },
): HearingDraft {
  const base = upcomingHearing(ctx);
  const conduct = ctx.court.conduct;
  // 22% of hearings unproductive; a few cancelled outright.
  const status = random.weighted({ HELD: 70, ADJOURNED: 22 * Math.min(conduct, 1.5), CANCELLED: 5 }) as "HELD" | "ADJOURNED" | "CANCELLED";
  const reasons: AdjournmentReason[] = [];
  if (status === "ADJOURNED") {
    reasons.push(random.weighted(ADJOURNMENT_WEIGHTS));
    if (random.chance(0.25)) {
      const second = random.weighted(ADJOURNMENT_WEIGHTS);
      if (!reasons.includes(second)) reasons.push(second);
    }
  }
  const met = status !== "CANCELLED";
  // A third of hearings start more than 15 minutes late.
  const late = met && random.chance(Math.min(0.9, 0.33 * conduct));
  const delay = !met ? null : late ? Math.round(16 + random.logNormal(25, 0.7)) : random.int(0, 12);
  const actualStartAt = delay === null ? null : new Date(ctx.scheduledAt.getTime() + delay * 60_000);
  const duration = !met ? null : status === "ADJOURNED" ? random.int(3, 15) : Math.round(random.logNormal(40, 0.6));
  const endedAt = actualStartAt && duration !== null ? new Date(actualStartAt.getTime() + duration * 60_000) : null;
  const closed = ctx.juvenile ? random.chance(0.93) : random.chance(0.04);
  const verdictPronounced = status === "HELD" && ctx.stage === "PRONOUNCEMENT";
  const interpretationNeeded = met && ctx.partyLanguageDiffers;
  const conviction = verdictPronounced ? random.weighted({ CONVICTION: 55, PLEA_AGREEMENT: 15, ACQUITTAL: 15, REJECTION: 10, OTHER: 5 }) : null;
  const convicted = conviction === "CONVICTION" || conviction === "PLEA_AGREEMENT";
  const sentenceType = !verdictPronounced || !ctx.criminal ? null : !convicted ? "NONE"
    : random.weighted(ctx.subject === "DOMESTIC_VIOLENCE" ? { IMPRISONMENT: 22, SUSPENDED: 40, FINE: 33, COMMUNITY_SERVICE: 5 } : { IMPRISONMENT: 32, SUSPENDED: 33, FINE: 30, COMMUNITY_SERVICE: 5 });
  const defendantsPresent = met ? !(reasons.includes("DEFENDANT_ABSENT")) && random.chance(0.95) : null;
  return {
    ...base,
    observed: true,
    judgeGender: ctx.judge?.gender ?? null,
    actualStartAt, endedAt, delayMinutes: delay, durationMinutes: duration,
    status, adjournmentReasons: reasons,
    announcedPublicly: random.chance(Math.max(0.3, 1 - 0.22 * conduct)),
    publicAdmitted: met ? !closed : null,
    closedToPublic: met ? closed : null,
    closureGround: closed ? (ctx.juvenile ? "Juvenile involved (Juvenile Justice Code)" : "Protection of a witness") : null,
    language: met ? ctx.language : null,
    interpretationNeeded: met ? interpretationNeeded : null,
    interpretationProvided: interpretationNeeded ? random.chance(0.85) : null,
    recordingRequired: met ? ctx.criminal && ctx.stage === "MAIN_TRIAL" : null,
    audioVideoRecorded: met ? ctx.criminal && ctx.stage === "MAIN_TRIAL" && random.chance(0.45) : null,
    defendantCount: ctx.criminal ? Number(random.weighted({ 1: 80, 2: 12, 3: 5, 5: 3 })) : null,
    defendantsPresent: ctx.criminal ? defendantsPresent : null,
    detentionStatus: ctx.criminal ? (ctx.detained ? random.weighted({ IN_DETENTION: 80, HOUSE_ARREST: 20 }) : "AT_LIBERTY") : "NOT_APPLICABLE",
    defenceCounsel: ctx.counsel,
    victimInvolved: ctx.victimInvolved,
    victimPresent: ctx.victimInvolved ? random.chance(0.7) : null,
    victimRepresented: ctx.victimInvolved ? random.chance(0.3) : null,
    juvenileInvolved: ctx.juvenile,
    prosecutorGender: ctx.criminal ? (random.chance(0.4) ? "FEMALE" : "MALE") : null,
    defendantGender: ctx.criminal ? (random.chance(0.88) ? "MALE" : random.chance(0.5) ? "FEMALE" : "MIXED") : null,
    victimGender: ctx.victimInvolved ? (ctx.subject === "DOMESTIC_VIOLENCE" ? (random.chance(0.85) ? "FEMALE" : "MALE") : random.chance(0.5) ? "FEMALE" : "MALE") : null,
    verdictPronounced: met ? verdictPronounced : null,
    verdict: conviction,
    sentenceType,
    // Domestic violence: average prison term about 5 months, average fine about EUR 350.
    sentenceMonths: sentenceType === "IMPRISONMENT" || sentenceType === "SUSPENDED"
      ? Math.max(1, Math.round(random.logNormal(ctx.subject === "DOMESTIC_VIOLENCE" ? 4 : 10, 0.6))) : null,
    fineEur: sentenceType === "FINE" ? Math.max(50, Math.round(random.logNormal(ctx.subject === "DOMESTIC_VIOLENCE" ? 300 : 450, 0.5) / 10) * 10) : null,
    protectionOrder: ctx.subject === "DOMESTIC_VIOLENCE" && met ? random.chance(0.6) : null,
  };
}
