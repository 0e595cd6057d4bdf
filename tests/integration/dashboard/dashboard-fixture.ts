// The dashboard's world of hand-known counts, seen on NOW (10 July 2025, court time). Hearings are built
// with the report tests' builder (as the app writes them), then given their review times and monitors.
//
// View: the second quarter of 2025; previous period: the first quarter.
//   Q2, approved: P1–P3 Pejë (BC-PEJE), P4 Istog (BR-ISTOG, a branch in Pejë/Peć), P5–P6 Prizren (P6 at
//   23:30 on 30 June, still June in court time). Q1, approved: E1 Pejë, E2 Gjilan, E3 Prizren.
//   July, approved: J1 Pejë at 00:30 on 1 July (Q3).
//   Not approved: S1 submitted 21 June (over a week), S2 submitted 6 July, R1 returned 28 June (over a
//   week), D1 draft of 28 June (over a week), D2 draft of 8 July, U1 draft of a hearing on 20 July.
//   Monitor 2 (assigned to Pejë/Peć) wrote P4, S1 and D2; monitor 1 (Prishtinë/Priština) the rest.
import { prisma } from "@/lib/db";
import { fromCourtParts } from "@/lib/time/zone";
import { buildFixture, type CaseSpec, type HearingSpec } from "../reports/report-fixture";
import { createUser } from "../../support/fixtures";

export const NOW = fromCourtParts({ year: 2025, month: 7, day: 10, hour: 10, minute: 0 });
export const Q2 = { from: "2025-04-01", to: "2025-06-30" };
export const Q1 = { from: "2025-01-01", to: "2025-03-31" };

const CASES: Record<string, CaseSpec> = {
  A: { court: "BC-PEJE", category: "CRIMINAL", subject: "GENERAL_CRIME" },
  B: { court: "BR-ISTOG", category: "CRIMINAL", subject: "GENERAL_CRIME" },
  C: { court: "BC-PRIZREN", category: "CIVIL", subject: "PROPERTY" },
  D: { court: "BC-GJILAN", category: "CRIMINAL", subject: "CORRUPTION" },
};

const listed = (answer: "YES" | "NO") => ({ PUB_LISTED: answer });

const HEARINGS: HearingSpec[] = [
  { name: "P1", case: "A", day: "2025-04-03", delay: 0, answers: listed("YES") },
  { name: "P2", case: "A", day: "2025-04-20", status: "ADJOURNED", reasons: ["WITNESS_ABSENT"], delay: 20, announced: false, answers: listed("NO") },
  { name: "P3", case: "A", day: "2025-05-10", delay: 30, answers: listed("NO") },
  { name: "P4", case: "B", day: "2025-05-15", status: "ADJOURNED", reasons: ["DEFENDANT_ABSENT", "WITNESS_ABSENT"], delay: 5, answers: listed("YES") },
  { name: "P5", case: "C", day: "2025-06-02", delay: 16, interpretationNeeded: true, interpretationProvided: false, answers: { PUB_LISTED: "YES", LANG_INTERPRETER_PRESENT: "NO" } },
  { name: "P6", case: "C", day: "2025-06-30", time: "23:30", delay: 0, answers: listed("NO") },
  { name: "E1", case: "A", day: "2025-01-15", delay: 0, answers: listed("YES") },
  { name: "E2", case: "D", day: "2025-02-10", status: "ADJOURNED", reasons: ["JUDGE_UNAVAILABLE"], delay: 40, answers: listed("NO") },
  { name: "E3", case: "C", day: "2025-03-31", delay: 10, answers: listed("YES") },
  { name: "J1", case: "A", day: "2025-07-01", time: "00:30", delay: 0, answers: listed("YES") },
  { name: "S1", case: "B", day: "2025-06-20", state: "SUBMITTED", answers: listed("YES") },
  { name: "S2", case: "A", day: "2025-07-05", state: "SUBMITTED", answers: listed("YES") },
  { name: "R1", case: "C", day: "2025-06-25", state: "RETURNED", answers: listed("YES") },
  { name: "D1", case: "A", day: "2025-06-28", state: "DRAFT", answers: listed("YES") },
  { name: "D2", case: "B", day: "2025-07-08", state: "DRAFT", answers: listed("YES") },
  { name: "U1", case: "D", day: "2025-07-20", state: "DRAFT", answers: {} },
];

const at = (day: string) => {
  const [year, month, date] = day.split("-").map(Number) as [number, number, number];
  return fromCourtParts({ year, month, day: date, hour: 12, minute: 0 });
};

export interface DashboardFixture {
  hearings: Map<string, number>;
  monitor1: number;
  monitor2: number;
}

export async function buildDashboardFixture(): Promise<DashboardFixture> {
  const built = await buildFixture(CASES, HEARINGS);
  const id = (name: string) => built.hearings.get(name)!;
  const monitor2 = await createUser("MONITOR", { region: "PEJE" });
  await prisma.hearing.updateMany({ where: { id: { in: ["P4", "S1", "D2"].map(id) } }, data: { monitorId: monitor2.id } });
  await prisma.hearing.update({ where: { id: id("S1") }, data: { submittedAt: at("2025-06-21") } });
  await prisma.hearing.update({ where: { id: id("S2") }, data: { submittedAt: at("2025-07-06") } });
  await prisma.hearing.update({ where: { id: id("R1") }, data: { submittedAt: at("2025-06-26"), reviewedAt: at("2025-06-28") } });
  // Only the dashboard's own figures move with the minimum n: 2 lets one standard be ranked.
  await prisma.setting.upsert({ where: { key: "minimumN" }, update: { value: 2 }, create: { key: "minimumN", value: 2 } });
  await buildFollowUp(built.cases, id);
  return { hearings: built.hearings, monitor1: built.monitorId, monitor2: monitor2.id };
}

// Findings: F1 open grave S01 on case A (Pejë), F2 open serious S01 on hearing P5 only (Prizren), F3 open
// grave S09 on case C (Prizren), F4 closed. Interventions on 10 July: I1 (court BC-PEJE, due 1 June)
// awaiting and overdue; I2 (about F3, due 30 days after 1 July) awaiting; I3 (no court, no finding, sent
// 1 April, due 30 days later) awaiting and overdue; I4 replied; I5 not sent.
async function buildFollowUp(cases: Map<string, number>, hearing: (name: string) => number) {
  const analyst = await createUser("ANALYST");
  const standard = async (code: string) => (await prisma.standard.findUniqueOrThrow({ where: { code } })).id;
  const finding = (data: { standard: number; severity: "MINOR" | "SERIOUS" | "GRAVE"; caseId?: number; hearingId?: number; closed?: boolean }) =>
    prisma.finding.create({
      data: {
        standardId: data.standard, severity: data.severity, caseId: data.caseId, createdById: analyst.id, title: "Finding", description: "Fixture",
        status: data.closed ? "CLOSED" : "OPEN", hearings: data.hearingId ? { create: [{ hearingId: data.hearingId }] } : undefined,
      },
    });
  const s01 = await standard("S01");
  await finding({ standard: s01, severity: "GRAVE", caseId: cases.get("A")! });
  await finding({ standard: s01, severity: "SERIOUS", hearingId: hearing("P5") });
  const f3 = await finding({ standard: await standard("S09"), severity: "GRAVE", caseId: cases.get("C")! });
  await finding({ standard: s01, severity: "GRAVE", caseId: cases.get("A")!, closed: true });
  const peje = await prisma.court.findUniqueOrThrow({ where: { code: "BC-PEJE" } });
  const day = (value: string) => new Date(`${value}T00:00:00Z`);
  const intervention = (data: { title: string; courtId?: number; sentAt?: string; replyDueAt?: string; repliedAt?: string; findingId?: number }) =>
    prisma.intervention.create({
      data: {
        institution: data.courtId ? "COURT_PRESIDENT" : "JUDICIAL_COUNCIL", addressee: "Fixture", type: "LETTER", title: data.title, createdById: analyst.id,
        courtId: data.courtId, sentAt: data.sentAt ? day(data.sentAt) : null, replyDueAt: data.replyDueAt ? day(data.replyDueAt) : null,
        repliedAt: data.repliedAt ? day(data.repliedAt) : null, outcome: data.repliedAt ? "ADDRESSED" : "PENDING",
        findings: data.findingId ? { create: [{ findingId: data.findingId }] } : undefined,
      },
    });
  await intervention({ title: "I1", courtId: peje.id, sentAt: "2025-05-01", replyDueAt: "2025-06-01" });
  // As the app writes them: a reply due date is always set on sending (the chosen date, or the setting's 30 days after).
  await intervention({ title: "I2", sentAt: "2025-07-01", replyDueAt: "2025-07-31", findingId: f3.id });
  await intervention({ title: "I3", sentAt: "2025-04-01", replyDueAt: "2025-05-01" });
  await intervention({ title: "I4", courtId: peje.id, sentAt: "2025-03-01", replyDueAt: "2025-04-01", repliedAt: "2025-03-20" });
  await intervention({ title: "I5", courtId: peje.id });
}
