import { beforeEach, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/session-user";
import { prisma } from "@/lib/db";
import type { QuestionFormValues } from "@/lib/checklists/editor/schema";

let signedIn: SessionUser | null = null;
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => signedIn }));
const editor = await import("@/lib/checklists/editor/actions");
const fixtures = await import("../../support/fixtures");

const template = () => prisma.checklistTemplate.findUniqueOrThrow({ where: { code: "FAIR_TRIAL" } });
const standardId = async (code: string) => (await prisma.standard.findUniqueOrThrow({ where: { code } })).id;
const codesOf = async (versionId: number) => (await prisma.checklistQuestion.findMany({ where: { versionId }, orderBy: { position: "asc" } })).map((q) => q.code);

async function question(code: string, standard = "S12", over: Partial<QuestionFormValues> = {}): Promise<QuestionFormValues> {
  return {
    code, standardId: await standardId(standard), answerType: "YES_NO", options: [],
    condition: { all: [{ fact: "victimInvolved", equals: true }, { fact: "caseSubject", equals: "DOMESTIC_VIOLENCE" }] },
    nonCompliantAnswers: ["NO"], required: true,
    textEn: "Was the victim offered a separate waiting room?", textSq: "A iu ofrua viktimës një dhomë pritjeje e veçantë?", textSr: "Da li je žrtvi ponuđena posebna čekaonica?",
    helpEn: "", helpSq: "", helpSr: "", ...over,
  };
}

async function newDraft() {
  const result = await editor.createDraft({ templateId: (await template()).id });
  if (!result.ok) throw new Error(`createDraft: ${result.code}`);
  return result.data.id;
}

describe("checklist drafts", () => {
  beforeEach(async () => {
    signedIn = await fixtures.createUser("ADMIN");
    await prisma.checklistQuestion.deleteMany({ where: { version: { status: "DRAFT" } } });
    await prisma.checklistVersion.deleteMany({ where: { status: "DRAFT" } });
  });

  it("starts a draft as a copy of the newest published version, one draft at a time", async () => {
    const v1 = await prisma.checklistVersion.findFirstOrThrow({ where: { status: "PUBLISHED" }, orderBy: { number: "desc" } });
    const draftId = await newDraft();
    const draft = await prisma.checklistVersion.findUniqueOrThrow({ where: { id: draftId } });
    expect(draft).toMatchObject({ status: "DRAFT", number: v1.number + 1, basedOnId: v1.id });
    expect(await codesOf(draftId)).toEqual(await codesOf(v1.id));
    const copied = await prisma.checklistQuestion.findFirstOrThrow({ where: { versionId: draftId, code: "JUV_CLOSED" } });
    expect(copied.condition).toEqual({ fact: "juvenileInvolved", equals: true });
    expect(await editor.createDraft({ templateId: (await template()).id })).toMatchObject({ ok: false, details: { reason: "draftExists" } });
  });

  it("adds a conditional question at the end, with the yes/no answers in three languages, audited", async () => {
    const draftId = await newDraft();
    const result = await editor.addQuestion({ versionId: draftId, question: await question("vr_waiting_room") });
    expect(result.ok).toBe(true);
    const added = await prisma.checklistQuestion.findFirstOrThrow({ where: { versionId: draftId, code: "VR_WAITING_ROOM" } });
    expect((await codesOf(draftId)).at(-1)).toBe("VR_WAITING_ROOM");
    expect(added.condition).toEqual({ all: [{ fact: "victimInvolved", equals: true }, { fact: "caseSubject", equals: "DOMESTIC_VIOLENCE" }] });
    expect(added.options).toEqual(expect.arrayContaining([{ value: "NO", label: { en: "No", sq: "Jo", sr: "Ne" } }]));
    expect(added.nonCompliantAnswers).toEqual(["NO"]);
    expect(await prisma.auditLog.count({ where: { action: "checklistQuestion.add", entityId: String(draftId) } })).toBe(1);
  });

  it("keeps every code with its standard: present, retired or in this version", async () => {
    const draftId = await newDraft();
    expect(await editor.addQuestion({ versionId: draftId, question: await question("JUV_CLOSED", "S01") }))
      .toMatchObject({ ok: false, fieldErrors: { "question.code": ["validation.codeOtherStandard?standard=S13"] } });
    expect(await editor.addQuestion({ versionId: draftId, question: await question("JUV_CLOSED", "S13") }))
      .toMatchObject({ ok: false, fieldErrors: { "question.code": ["validation.codeTaken"] } });

    const retiring = await prisma.checklistQuestion.findFirstOrThrow({ where: { versionId: draftId, code: "LANG_CHARGED" } });
    expect(await editor.removeQuestion({ questionId: retiring.id })).toMatchObject({ ok: true });
    expect(await editor.addQuestion({ versionId: draftId, question: await question("LANG_CHARGED", "S12") }))
      .toMatchObject({ ok: false, fieldErrors: { "question.code": ["validation.codeOtherStandard?standard=S09"] } });
    expect(await editor.addQuestion({ versionId: draftId, question: await question("LANG_CHARGED", "S09") })).toMatchObject({ ok: true });

    const other = await prisma.checklistQuestion.findFirstOrThrow({ where: { versionId: draftId, code: "PUB_LISTED" } });
    expect(await editor.updateQuestion({ questionId: other.id, question: await question("JUV_SOCIAL_WORK", "S01") }))
      .toMatchObject({ ok: false, fieldErrors: { "question.code": ["validation.codeOtherStandard?standard=S13"] } });
  });

  it("edits, reorders and removes questions; positions stay a gapless sequence", async () => {
    const draftId = await newDraft();
    const codes = await codesOf(draftId);
    const second = await prisma.checklistQuestion.findFirstOrThrow({ where: { versionId: draftId, code: codes[1] } });
    expect(await editor.updateQuestion({ questionId: second.id, question: await question(codes[1]!, "S01", { textEn: "Reworded", condition: null }) })).toMatchObject({ ok: true });
    expect(await prisma.checklistQuestion.findUniqueOrThrow({ where: { id: second.id } })).toMatchObject({ textEn: "Reworded", condition: null });

    expect(await editor.moveQuestion({ questionId: second.id, direction: "up" })).toMatchObject({ ok: true, data: { moved: true } });
    expect((await codesOf(draftId)).slice(0, 2)).toEqual([codes[1], codes[0]]);
    expect(await editor.moveQuestion({ questionId: second.id, direction: "up" })).toMatchObject({ ok: true, data: { moved: false } });

    const first = await prisma.checklistQuestion.findFirstOrThrow({ where: { versionId: draftId, code: codes[0] } });
    expect(await editor.removeQuestion({ questionId: first.id })).toMatchObject({ ok: true });
    const positions = (await prisma.checklistQuestion.findMany({ where: { versionId: draftId }, orderBy: { position: "asc" } })).map((q) => q.position);
    expect(positions).toEqual(positions.map((_, i) => i + 1));
    expect(await codesOf(draftId)).not.toContain(codes[0]);
  });

  it("publishes: the version is frozen, newest, and its changes are in the audit log", async () => {
    const draftId = await newDraft();
    await editor.addQuestion({ versionId: draftId, question: await question("VR_WAITING_ROOM") });
    const removed = await prisma.checklistQuestion.findFirstOrThrow({ where: { versionId: draftId, code: "IND_OUTSIDE_CONTACT" } });
    await editor.removeQuestion({ questionId: removed.id });
    const result = await editor.publishVersion({ versionId: draftId });
    expect(result).toMatchObject({ ok: true, data: { added: ["VR_WAITING_ROOM"], retired: ["IND_OUTSIDE_CONTACT"], changed: [] } });
    const published = await prisma.checklistVersion.findUniqueOrThrow({ where: { id: draftId } });
    expect(published).toMatchObject({ status: "PUBLISHED", publishedById: signedIn!.id });
    const newest = await prisma.checklistVersion.findFirstOrThrow({ where: { status: "PUBLISHED" }, orderBy: { number: "desc" } });
    expect(newest.id).toBe(draftId);
    expect((await prisma.auditLog.findFirstOrThrow({ where: { action: "checklistVersion.publish", entityId: String(draftId) } })).meta)
      .toEqual({ added: ["VR_WAITING_ROOM"], retired: ["IND_OUTSIDE_CONTACT"], changed: [] });
  });

  it("refuses to publish an empty draft, and discards a draft", async () => {
    const draftId = await newDraft();
    for (const q of await prisma.checklistQuestion.findMany({ where: { versionId: draftId } })) await editor.removeQuestion({ questionId: q.id });
    expect(await editor.publishVersion({ versionId: draftId })).toMatchObject({ ok: false, details: { reason: "emptyVersion" } });
    expect(await editor.discardDraft({ versionId: draftId })).toMatchObject({ ok: true });
    expect(await prisma.checklistVersion.findUnique({ where: { id: draftId } })).toBeNull();
  });

  it("refuses malformed and oversized questions with a precise error, writing nothing", async () => {
    const draftId = await newDraft();
    const before = await codesOf(draftId);
    const malformed = await editor.addQuestion({ versionId: draftId, question: { ...(await question("VR_X")), condition: { fact: "stage", equals: "HELD" } } });
    expect(malformed).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { "question.condition": ["validation.conditionImpossible"] } });
    const unknownFact = await editor.addQuestion({ versionId: draftId, question: { ...(await question("VR_X")), condition: { fact: "weather", equals: "rain" } as never } });
    expect(unknownFact).toMatchObject({ ok: false, code: "VALIDATION" });
    const oversized = await editor.addQuestion({ versionId: draftId, question: await question("VR_X", "S12", { helpEn: "x".repeat(50_000) }) });
    expect(oversized).toMatchObject({ ok: false, code: "PAYLOAD_TOO_LARGE" });
    expect(await editor.updateQuestion({ questionId: 999_999, question: await question("VR_X") })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await codesOf(draftId)).toEqual(before);
  });

  it("is for admins only", async () => {
    const draftId = await newDraft();
    signedIn = await fixtures.createUser("ANALYST");
    expect(await editor.addQuestion({ versionId: draftId, question: await question("VR_WAITING_ROOM") })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await editor.publishVersion({ versionId: draftId })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect((await prisma.checklistVersion.findUniqueOrThrow({ where: { id: draftId } })).status).toBe("DRAFT");
  });
});
