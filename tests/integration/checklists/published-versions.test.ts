import { beforeAll, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/session-user";
import { prisma } from "@/lib/db";
import type { QuestionFormValues } from "@/lib/checklists/editor/schema";

let signedIn: SessionUser | null = null;
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => signedIn }));
const editor = await import("@/lib/checklists/editor/actions");
const { codeRegistry } = await import("@/lib/checklists/editor/code-registry");
const { saveHearingDraftAction } = await import("@/lib/hearings/actions");
const { loadChecklistVersion } = await import("@/lib/checklists/version-queries");
const fixtures = await import("../../support/fixtures");
const { answerAll, heldFacts, newKey } = await import("../../support/hearing-fixtures");

/** Everything about a version that must never change once published. */
async function snapshot(versionId: number) {
  const version = await prisma.checklistVersion.findUniqueOrThrow({ where: { id: versionId }, include: { questions: { orderBy: { position: "asc" } } } });
  return JSON.stringify(version);
}

async function publishedVersions() {
  return prisma.checklistVersion.findMany({ where: { status: "PUBLISHED" }, orderBy: { number: "asc" }, include: { questions: true } });
}

describe("a published checklist version", () => {
  let v1Id: number;
  let v2Id: number;

  beforeAll(async () => {
    signedIn = await fixtures.createUser("ADMIN");
    const template = await prisma.checklistTemplate.findUniqueOrThrow({ where: { code: "FAIR_TRIAL" } });
    v1Id = (await prisma.checklistVersion.findFirstOrThrow({ where: { templateId: template.id, number: 1 } })).id;
    const draft = await editor.createDraft({ templateId: template.id });
    if (!draft.ok) throw new Error("setup");
    v2Id = draft.data.id;
    // Version 2 rewords one question, retires another and asks a new one.
    const reworded = await prisma.checklistQuestion.findFirstOrThrow({ where: { versionId: v2Id, code: "PUB_LISTED" } });
    await prisma.checklistQuestion.update({ where: { id: reworded.id }, data: { textEn: "Was the hearing on the public schedule?" } });
    await prisma.checklistQuestion.delete({ where: { id: (await prisma.checklistQuestion.findFirstOrThrow({ where: { versionId: v2Id, code: "IND_OUTSIDE_CONTACT" } })).id } });
    const s12 = await prisma.standard.findUniqueOrThrow({ where: { code: "S12" } });
    const newQuestion: QuestionFormValues = {
      code: "VR_WAITING_ROOM", standardId: s12.id, answerType: "YES_NO", options: [], condition: { fact: "victimInvolved", equals: true },
      nonCompliantAnswers: ["NO"], required: true, textEn: "Separate waiting room?", textSq: "Dhomë pritjeje e veçantë?", textSr: "Posebna čekaonica?",
      helpEn: "", helpSq: "", helpSr: "",
    };
    expect(await editor.addQuestion({ versionId: v2Id, question: newQuestion })).toMatchObject({ ok: true });
    expect(await editor.publishVersion({ versionId: v2Id })).toMatchObject({ ok: true });
  });

  it("cannot be changed by any action", async () => {
    for (const versionId of [v1Id, v2Id]) {
      const before = await snapshot(versionId);
      const [question] = await prisma.checklistQuestion.findMany({ where: { versionId }, orderBy: { position: "asc" }, take: 1 });
      const edit: QuestionFormValues = {
        code: question!.code, standardId: question!.standardId, answerType: "YES_NO", options: [], condition: null, nonCompliantAnswers: ["YES"],
        required: false, textEn: "Changed", textSq: "Ndryshuar", textSr: "Promenjeno", helpEn: "", helpSq: "", helpSr: "",
      };
      const attempts = {
        saveVersionNotes: await editor.saveVersionNotes({ versionId, notes: "rewritten history" }),
        addQuestion: await editor.addQuestion({ versionId, question: { ...edit, code: "NEW_CODE_X" } }),
        updateQuestion: await editor.updateQuestion({ questionId: question!.id, question: edit }),
        moveQuestion: await editor.moveQuestion({ questionId: question!.id, direction: "down" }),
        removeQuestion: await editor.removeQuestion({ questionId: question!.id }),
        publishVersion: await editor.publishVersion({ versionId }),
        discardDraft: await editor.discardDraft({ versionId }),
      };
      for (const [name, result] of Object.entries(attempts)) {
        expect(result, `${name} on version ${versionId}`).toMatchObject({ ok: false, code: "INVALID_STATE", details: { reason: "notDraft" } });
      }
      expect(await snapshot(versionId)).toBe(before);
    }
  });

  it("is frozen by the database too, whatever the application does", async () => {
    const question = await prisma.checklistQuestion.findFirstOrThrow({ where: { versionId: v2Id } });
    await expect(prisma.checklistQuestion.update({ where: { id: question.id }, data: { textEn: "sneaky" } })).rejects.toThrow(/published/);
    await expect(prisma.checklistQuestion.create({ data: { ...question, id: undefined, code: "SNEAKY", position: 999, options: [], nonCompliantAnswers: [], condition: undefined } })).rejects.toThrow(/published/);
    await expect(prisma.checklistVersion.update({ where: { id: v2Id }, data: { notes: "sneaky" } })).rejects.toThrow(/published/);
    await expect(prisma.checklistVersion.delete({ where: { id: v1Id } })).rejects.toThrow();
  });

  it("reports spanning both versions count comparable questions once, by code", async () => {
    const [v1, v2] = await publishedVersions();
    const monitor = await fixtures.createUser("MONITOR");
    signedIn = monitor;
    const court = await prisma.court.findUniqueOrThrow({ where: { code: "BC-PRISHTINE" } });
    const kase = await prisma.case.create({ data: { courtId: court.id, caseNumber: "P 1/26", category: "CRIMINAL", subject: "DOMESTIC_VIOLENCE" } });
    const caseFacts = { category: kase.category, subject: kase.subject };

    /**
     * A held hearing on a version, every applicable question answered and saved as the monitor's form saves it,
     * then approved (the analyst's review is set directly here). `nonCompliant`: codes given the non-compliant answer.
     */
    async function approvedReport(versionId: number, nonCompliant: string[]) {
      const hearing = await prisma.hearing.create({ data: { caseId: kase.id, courtId: court.id, monitorId: monitor.id, checklistVersionId: versionId, scheduledAt: new Date("2026-03-10T08:00:00Z") } });
      const checklist = await loadChecklistVersion(versionId);
      const report = answerAll(checklist, caseFacts, heldFacts(), nonCompliant);
      expect(await saveHearingDraftAction({ hearingId: hearing.id, baseVersion: hearing.version, idempotencyKey: newKey(), report })).toMatchObject({ ok: true });
      await prisma.hearing.update({ where: { id: hearing.id }, data: { reviewState: "APPROVED", submittedAt: new Date(), approvedAt: new Date() } });
      return hearing.id;
    }
    const reports = [
      await approvedReport(v1!.id, ["PUB_LISTED", "IND_OUTSIDE_CONTACT"]),
      await approvedReport(v1!.id, []),
      await approvedReport(v2!.id, ["PUB_LISTED", "VR_WAITING_ROOM"]),
      await approvedReport(v2!.id, []),
    ];

    // The code registry: the reworded question is one row across both versions, each report counted once.
    const registry = await codeRegistry(v1!.templateId);
    const row = (code: string) => registry.filter((r) => r.code === code);
    expect(row("PUB_LISTED")).toEqual([expect.objectContaining({ standard: expect.objectContaining({ code: "S01" }), versions: [{ number: 1, status: "PUBLISHED" }, { number: 2, status: "PUBLISHED" }], current: true, approvedReports: 4, nonCompliant: 2 })]);
    expect(row("IND_OUTSIDE_CONTACT")).toEqual([expect.objectContaining({ versions: [{ number: 1, status: "PUBLISHED" }], current: false, approvedReports: 2, nonCompliant: 1 })]);
    expect(row("VR_WAITING_ROOM")).toEqual([expect.objectContaining({ versions: [{ number: 2, status: "PUBLISHED" }], current: true, approvedReports: 2, nonCompliant: 1 })]);
    expect(new Set(registry.map((r) => r.code)).size).toBe(registry.length);

    // The stored answers: one code over two versions' questions, one answer per report.
    const listed = await prisma.answer.findMany({ where: { hearingId: { in: reports }, questionCode: "PUB_LISTED" }, select: { hearingId: true, questionId: true, compliance: true } });
    expect(new Set(listed.map((a) => a.questionId)).size).toBe(2);
    expect(listed.map((a) => a.hearingId).sort()).toEqual([...reports].sort());

    // By standard, a report answers several questions but is one result: counted once, whatever its version.
    const s01 = await prisma.standard.findUniqueOrThrow({ where: { code: "S01" } });
    const s01Answers = await prisma.answer.count({ where: { hearingId: { in: reports }, standardId: s01.id } });
    expect(s01Answers).toBeGreaterThan(reports.length);
    const s01Results = await prisma.hearingStandardResult.findMany({ where: { hearingId: { in: reports }, standardId: s01.id }, orderBy: { hearingId: "asc" } });
    expect(s01Results.map((r) => [r.hearingId, r.result])).toEqual([
      [reports[0], "NON_COMPLIANT"], [reports[1], "COMPLIANT"], [reports[2], "NON_COMPLIANT"], [reports[3], "COMPLIANT"],
    ]);
  });
});
