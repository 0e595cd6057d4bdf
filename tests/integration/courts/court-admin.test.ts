import { beforeEach, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/session-user";
import { prisma } from "@/lib/db";

let signedIn: SessionUser | null = null;
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => signedIn }));
const actions = await import("@/lib/courts/actions");
const { courtPickerOptions } = await import("@/lib/courts/queries");
const fixtures = await import("../../support/fixtures");

const court = (code: string) => prisma.court.findUniqueOrThrow({ where: { code } });
let serial = 0;

async function caseWithHearing(courtId: number, options: { caseNumber?: string; status?: "OPEN" | "CLOSED" } = {}) {
  const monitor = await fixtures.createUser("MONITOR");
  const version = await prisma.checklistVersion.findFirstOrThrow({ where: { status: "PUBLISHED" } });
  const kase = await prisma.case.create({
    data: { courtId, caseNumber: options.caseNumber ?? `P ${++serial}/26`, category: "CRIMINAL", subject: "GENERAL_CRIME", status: options.status ?? "OPEN" },
  });
  const hearing = await prisma.hearing.create({
    data: { caseId: kase.id, courtId, monitorId: monitor.id, checklistVersionId: version.id, scheduledAt: new Date("2026-03-02T09:00:00Z") },
  });
  return { kase, hearing };
}

describe("courts", () => {
  beforeEach(async () => {
    signedIn = await fixtures.createUser("ADMIN");
  });

  it("adds a court with both names, refusing a taken code, a branch without its court and an unknown region", async () => {
    const region = await fixtures.regionId("PRIZREN");
    const parent = await court("BC-PRIZREN");
    const created = await actions.createCourt({ code: "br-mamushe", kind: "BRANCH", nameSq: "Dega Mamushë", nameSr: "Odeljenje Mamuša", regionId: region, parentId: String(parent.id), departments: ["GENERAL", "GENERAL"] });
    expect(created.ok).toBe(true);
    const stored = await court("BR-MAMUSHE");
    expect(stored).toMatchObject({ nameSq: "Dega Mamushë", nameSr: "Odeljenje Mamuša", parentId: parent.id, regionId: region, departments: ["GENERAL"], retiredAt: null });
    expect(await prisma.auditLog.count({ where: { action: "court.create", entityId: String(stored.id) } })).toBe(1);

    expect(await actions.createCourt({ code: "BR-MAMUSHE", kind: "BRANCH", nameSq: "X", nameSr: "X", regionId: region, parentId: parent.id, departments: ["GENERAL"] }))
      .toMatchObject({ ok: false, fieldErrors: { code: ["validation.codeTaken"] } });
    expect(await actions.createCourt({ code: "BR-NEW", kind: "BRANCH", nameSq: "X", nameSr: "X", regionId: region, parentId: "", departments: ["GENERAL"] }))
      .toMatchObject({ ok: false, fieldErrors: { parentId: ["validation.parentRequired"] } });
    expect(await actions.createCourt({ code: "BR-NEW", kind: "BASIC", nameSq: "X", nameSr: "X", regionId: 999_999, parentId: null, departments: ["GENERAL"] }))
      .toMatchObject({ ok: false, fieldErrors: { regionId: ["validation.invalid"] } });
    expect(await actions.createCourt({ code: "bad code!", kind: "BASIC", nameSq: "X", nameSr: "X", regionId: region, parentId: null, departments: [] }))
      .toMatchObject({ ok: false, fieldErrors: { code: ["validation.codeFormat"], departments: ["validation.tooFew?minimum=1"] } });
  });

  it("renames in both languages, audited, and refuses a parent that would make a loop", async () => {
    const basic = await court("BC-FERIZAJ");
    const branch = await court("BR-KACANIK");
    expect(await actions.updateCourt({ courtId: basic.id, kind: "BASIC", nameSq: "Gjykata Themelore Ferizaj (e re)", nameSr: "Osnovni sud Uroševac (novi)", parentId: null, departments: basic.departments }))
      .toMatchObject({ ok: true, data: { changed: true } });
    const entry = await prisma.auditLog.findFirstOrThrow({ where: { action: "court.update", entityId: String(basic.id) } });
    expect(entry.before).toMatchObject({ nameSq: basic.nameSq, nameSr: basic.nameSr });
    expect(entry.after).toMatchObject({ nameSq: "Gjykata Themelore Ferizaj (e re)", nameSr: "Osnovni sud Uroševac (novi)" });
    expect(await actions.updateCourt({ courtId: basic.id, kind: "BASIC", nameSq: "X", nameSr: "X", parentId: branch.id, departments: ["GENERAL"] }))
      .toMatchObject({ ok: false, fieldErrors: { parentId: ["validation.invalid"] } });
  });

  it("moves a court to another region with its branches, or alone", async () => {
    const [peje, prizren] = [await fixtures.regionId("PEJE"), await fixtures.regionId("PRIZREN")];
    const gjakove = await court("BC-GJAKOVE");
    expect(await actions.moveCourt({ courtId: gjakove.id, regionId: prizren, withBranches: true })).toMatchObject({ ok: true, data: { moved: 3 } });
    expect((await prisma.court.findMany({ where: { OR: [{ id: gjakove.id }, { parentId: gjakove.id }] } })).map((c) => c.regionId)).toEqual([prizren, prizren, prizren]);
    expect(await prisma.auditLog.count({ where: { action: "court.move" } })).toBe(3);
    expect(await actions.moveCourt({ courtId: gjakove.id, regionId: peje, withBranches: false })).toMatchObject({ ok: true, data: { moved: 1 } });
    expect((await court("BR-RAHOVEC")).regionId).toBe(prizren);
  });

  it("retires a court: it keeps its hearings and leaves the pickers; a court with active branches waits", async () => {
    const istog = await court("BR-ISTOG");
    const { hearing } = await caseWithHearing(istog.id);
    expect(await actions.retireCourt({ courtId: (await court("BC-PEJE")).id })).toMatchObject({ ok: false, code: "INVALID_STATE", details: { reason: "hasActiveBranches" } });
    expect(await actions.retireCourt({ courtId: istog.id })).toMatchObject({ ok: true });
    expect((await court("BR-ISTOG")).retiredAt).not.toBeNull();
    expect((await courtPickerOptions()).map((c) => c.code)).not.toContain("BR-ISTOG");
    expect((await prisma.hearing.findUniqueOrThrow({ where: { id: hearing.id } })).courtId).toBe(istog.id);
    expect(await actions.retireCourt({ courtId: istog.id })).toMatchObject({ ok: false, details: { reason: "alreadyRetired" } });
    expect(await actions.restoreCourt({ courtId: istog.id })).toMatchObject({ ok: true });
    expect((await courtPickerOptions()).map((c) => c.code)).toContain("BR-ISTOG");
  });

  it("merges a branch into its Basic Court: history stays, open work moves", async () => {
    const [branch, basic] = [await court("BR-DECAN"), await court("BC-PEJE")];
    const open = await caseWithHearing(branch.id);
    const closed = await caseWithHearing(branch.id, { status: "CLOSED" });
    const clash = await caseWithHearing(branch.id, { caseNumber: "P 77/26" });
    await caseWithHearing(basic.id, { caseNumber: "P 77/26" });
    const judge = await prisma.judge.create({ data: { courtId: branch.id, name: "Judge Moving Along" } });

    const result = await actions.mergeCourt({ courtId: branch.id, intoId: basic.id });
    expect(result).toMatchObject({ ok: true, data: { movedOpenCases: 1, openCasesLeft: 1, movedJudges: 1, movedBranches: 0 } });
    expect(await court("BR-DECAN")).toMatchObject({ mergedIntoId: basic.id, retiredAt: expect.any(Date) });
    expect((await prisma.case.findUniqueOrThrow({ where: { id: open.kase.id } })).courtId).toBe(basic.id);
    expect((await prisma.case.findUniqueOrThrow({ where: { id: closed.kase.id } })).courtId).toBe(branch.id);
    expect((await prisma.case.findUniqueOrThrow({ where: { id: clash.kase.id } })).courtId).toBe(branch.id);
    for (const { hearing } of [open, closed, clash]) expect((await prisma.hearing.findUniqueOrThrow({ where: { id: hearing.id } })).courtId).toBe(branch.id);
    expect((await prisma.judge.findUniqueOrThrow({ where: { id: judge.id } })).courtId).toBe(basic.id);
    expect(await prisma.auditLog.count({ where: { action: { in: ["court.merge", "court.absorb"] } } })).toBe(2);

    expect(await actions.restoreCourt({ courtId: branch.id })).toMatchObject({ ok: false, details: { reason: "mergedCourt" } });
    expect(await actions.mergeCourt({ courtId: (await court("BR-KLINE")).id, intoId: branch.id })).toMatchObject({ ok: false, details: { reason: "targetRetired" } });
    expect(await actions.mergeCourt({ courtId: basic.id, intoId: basic.id })).toMatchObject({ ok: false, details: { reason: "mergeIntoSelf" } });
  });

  it("merging a Basic Court hands its branches to the absorbing court", async () => {
    const [from, into] = [await court("BC-MITROVICE"), await court("BC-PRISHTINE")];
    expect(await actions.mergeCourt({ courtId: from.id, intoId: into.id })).toMatchObject({ ok: true, data: { movedBranches: 4 } });
    expect(await prisma.court.count({ where: { parentId: from.id, retiredAt: null } })).toBe(0);
  });

  it("is for admins only", async () => {
    signedIn = await fixtures.createUser("MANAGER");
    const target = await court("BR-VITI");
    expect(await actions.retireCourt({ courtId: target.id })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await actions.createRegion({ code: "NEW", nameSq: "X", nameSr: "X" })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect((await court("BR-VITI")).retiredAt).toBeNull();
  });
});

describe("regions", () => {
  beforeEach(async () => {
    signedIn = await fixtures.createUser("ADMIN");
  });

  it("adds and renames a region in both languages, audited", async () => {
    const created = await actions.createRegion({ code: "ferizaj", nameSq: "Ferizaj", nameSr: "Uroševac" });
    expect(created.ok).toBe(true);
    const region = await prisma.region.findUniqueOrThrow({ where: { code: "FERIZAJ" } });
    expect(await actions.createRegion({ code: "FERIZAJ", nameSq: "X", nameSr: "X" })).toMatchObject({ ok: false, fieldErrors: { code: ["validation.codeTaken"] } });
    expect(await actions.renameRegion({ regionId: region.id, nameSq: "Ferizaj (zyra)", nameSr: "Uroševac (kancelarija)" })).toMatchObject({ ok: true, data: { changed: true } });
    expect(await prisma.region.findUniqueOrThrow({ where: { id: region.id } })).toMatchObject({ nameSq: "Ferizaj (zyra)", nameSr: "Uroševac (kancelarija)" });
    expect(await prisma.auditLog.count({ where: { entityType: "Region", entityId: String(region.id) } })).toBe(2);
    expect(await actions.renameRegion({ regionId: 999_999, nameSq: "X", nameSr: "X" })).toMatchObject({ ok: false, code: "NOT_FOUND" });
  });
});
