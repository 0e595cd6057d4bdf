import ExcelJS from "exceljs";
import { NextRequest } from "next/server";
import { createTranslator } from "next-intl";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/session-user";
import { hashApiToken } from "@/lib/auth/api-token";
import { prisma } from "@/lib/db";
import en from "@/lib/i18n/messages/en";
import type { TableText } from "@/lib/reports/tables/table-model";
import { CASES, HEARINGS } from "./hand-counted-fixture";
import { buildFixture, publishChecklistVersion2, type BuiltFixture } from "./report-fixture";

// The session comes from next-auth's cookie in the app; here the test decides who is signed in. API
// tokens go through the real token check. Translations come from the English messages, as in the app.
let signedIn: SessionUser | null = null;
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => signedIn }));
vi.mock("@/lib/reports/tables/table-text", () => ({
  reportTableText: async (): Promise<TableText> => {
    const t = createTranslator({ locale: "en-GB", messages: en, namespace: "reports" });
    const enums = createTranslator({ locale: "en-GB", messages: en, namespace: "enums" });
    return { t: t as unknown as TableText["t"], enumLabel: (name, value) => (enums as unknown as (k: string) => string)(`${name}.${value}`), locale: "en-GB" };
  },
}));
const { GET: compliance } = await import("@/app/api/reports/compliance/route");
const { GET: hearingsExport } = await import("@/app/api/exports/hearings/route");
const { GET: tableExport } = await import("@/app/api/exports/report-table/route");
const { createUser } = await import("../../support/fixtures");

let fixture: BuiltFixture;
let analyst: SessionUser;
let manager: SessionUser;
let monitor: SessionUser;
const YEAR = "from=2025-01-01&to=2025-12-31";

async function tokenFor(user: SessionUser): Promise<string> {
  const token = `tm_${user.role.toLowerCase()}_${"x".repeat(30)}${user.id}`;
  await prisma.apiToken.create({ data: { userId: user.id, createdById: user.id, name: "test", prefix: token.slice(0, 10), tokenHash: hashApiToken(token) } });
  return token;
}

const get = (route: (req: NextRequest) => Promise<Response>, path: string, token?: string) =>
  route(new NextRequest(`http://localhost${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} }));

function parseCsv(text: string): string[][] {
  return text.replace(/^\uFEFF/, "").trimEnd().split("\r\n").map((line) => line.split(","));
}

beforeAll(async () => {
  await publishChecklistVersion2();
  fixture = await buildFixture(CASES, HEARINGS);
  [analyst, manager, monitor] = await Promise.all([createUser("ANALYST"), createUser("MANAGER"), createUser("MONITOR")]);
  await prisma.hearingPersonalData.create({ data: { hearingId: fixture.hearings.get("H1")!, defendantNames: "A. B.", victimNames: "C. D." } });
});

beforeEach(() => {
  signedIn = null;
});

describe("GET /api/reports/compliance", () => {
  it("answers an API token with every row's standard, group, counts, rate, interval and suppressed flag", async () => {
    const response = await get(compliance, `/api/reports/compliance?${YEAR}&groupBy=court&standard=S01`, await tokenFor(analyst));
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body).toMatchObject({ groupBy: "court", minimumN: 10, approvedOnly: true });
    expect(body.rows.map((r: Record<string, unknown>) => [r.standard, r.group, r.applicable, r.nonCompliant, r.suppressed])).toEqual([
      ["S01", "BC-PEJE", 5, 4, true], ["S01", "BR-ISTOG", 2, 1, true], ["S01", "BC-PRIZREN", 4, 2, true],
    ]);
    expect(body.rows[0].rate).toBeCloseTo(0.8, 6);
    expect(body.rows[0].ciLow).toBeLessThan(0.8);
    expect(Object.keys(body.rows[0])).toEqual(["standard", "group", "applicable", "nonCompliant", "unclear", "rate", "ciLow", "ciHigh", "suppressed"]);
  });

  it("breaks down by a hearing attribute (defence counsel), counted by hand from the fixture", async () => {
    signedIn = analyst;
    const response = await get(compliance, `/api/reports/compliance?${YEAR}&groupBy=counsel&standard=S01`);
    expect(response.status).toBe(200);
    const body = await response.json();
    // S01 non-compliant: H2, H3, H4, H5, H7, H9, H11. Counsel none: H1 H2 H3 H8 H9; retained: H4 H10 H11; ex officio: H6 H7; H5 not recorded.
    expect(body.rows.map((r: Record<string, unknown>) => [r.standard, r.group, r.applicable, r.nonCompliant])).toEqual([
      ["S01", "RETAINED", 3, 2], ["S01", "EX_OFFICIO", 2, 1], ["S01", "NONE", 5, 3],
    ]);
  });

  it("answers the signed-in session too, as CSV when asked, and logs the export", async () => {
    signedIn = manager;
    const response = await get(compliance, `/api/reports/compliance?${YEAR}&format=csv&minN=5`);
    expect(response.headers.get("content-type")).toContain("text/csv");
    const rows = parseCsv(await response.text());
    expect(rows[0]).toEqual(["standard", "group", "applicable", "nonCompliant", "unclear", "rate", "ciLow", "ciHigh", "suppressed"]);
    expect(rows.find((r) => r[0] === "S07")!.slice(0, 5)).toEqual(["S07", "all", "6", "2", "1"]);
    expect(rows.find((r) => r[0] === "S07")![8]).toBe("false");
    const entry = await prisma.auditLog.findFirst({ where: { actorId: manager.id, action: "export.compliance" }, orderBy: { id: "desc" } });
    expect(entry?.meta).toMatchObject({ format: "csv", rows: 15, filter: { from: "2025-01-01", to: "2025-12-31", minN: "5" } });
  });

  it("refuses monitors (403) and strangers (401)", async () => {
    expect((await get(compliance, `/api/reports/compliance?${YEAR}`, await tokenFor(monitor))).status).toBe(403);
    signedIn = monitor;
    expect((await get(compliance, `/api/reports/compliance?${YEAR}`)).status).toBe(403);
    signedIn = null;
    expect((await get(compliance, `/api/reports/compliance?${YEAR}`)).status).toBe(401);
    expect((await get(compliance, `/api/reports/compliance?${YEAR}`, "tm_not-a-real-token-at-all-xxxxxx")).status).toBe(401);
  });

  it.each([
    ["from=2025-1-1&to=2025-12-31", "from"],
    ["to=2025-12-31", "from"],
    ["from=2025-01-01&to=2024-12-31", "to"],
    [`${YEAR}&groupBy=prosecutor`, "groupBy"],
    [`${YEAR}&format=xml`, "format"],
    [`${YEAR}&court=BC-NOWHERE`, "court"],
    [`${YEAR}&standard=S99`, "standard"],
    [`${YEAR}&minN=ten`, "minN"],
    [`${YEAR}&colour=blue`, "colour"],
  ])("answers 400 naming the parameter for %s", async (query, parameter) => {
    signedIn = analyst;
    const response = await get(compliance, `/api/reports/compliance?${query}`);
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.error).toBe("VALIDATION");
    expect(body.message).toContain(`'${parameter}'`);
  });
});

describe("GET /api/exports/hearings", () => {
  it("streams one row per approved hearing with facts, standards and answers by question code", async () => {
    signedIn = analyst;
    const response = await get(hearingsExport, `/api/exports/hearings?${YEAR}&format=csv`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toContain("hearings_2025-01-01_2025-12-31.csv");
    const [header, ...rows] = parseCsv(await response.text());
    expect(rows).toHaveLength(11);
    expect(header!.slice(0, 3)).toEqual(["hearingId", "courtCode", "courtNameSq"]);
    for (const column of ["S01", "S15", "PUB_LISTED", "PUB_MEDIA_ADMITTED", "LANG_CHARGED", "defendantNames", "narrative"]) expect(header).toContain(column);
    const cell = (name: string, column: string) => rows.find((r) => r[0] === String(fixture.hearings.get(name)))![header!.indexOf(column)];
    // H10 is on version 2: its own answer counts, not the stale version-1 one.
    expect([cell("H10", "PUB_LISTED"), cell("H10", "PUB_MEDIA_ADMITTED"), cell("H10", "checklistVersion")]).toEqual(["YES", "YES", "2"]);
    expect([cell("H3", "LANG_CHARGED"), cell("H3", "S09"), cell("H3", "status")]).toEqual(["NO", "NON_COMPLIANT", "HELD"]);
    expect([cell("H1", "defendantNames"), cell("H9", "scheduledAt")]).toEqual(["A. B.", "2025-12-31 23:30"]);
    const entry = await prisma.auditLog.findFirst({ where: { actorId: analyst.id, action: "export.hearings" }, orderBy: { id: "desc" } });
    expect(entry?.meta).toMatchObject({ format: "csv", rows: 11, personalData: true, filter: { from: "2025-01-01", to: "2025-12-31" } });
  });

  it("leaves personal data out for a manager, and exports the hearings behind one number as XLSX", async () => {
    signedIn = manager;
    const response = await get(hearingsExport, `/api/exports/hearings?${YEAR}&format=xlsx&groupBy=court&group=BC-PEJE&measure=standard.S01.numerator`);
    expect(response.headers.get("content-type")).toContain("spreadsheetml");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as never);
    const sheet = workbook.worksheets[0]!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header).not.toContain("defendantNames");
    expect(header).not.toContain("narrative");
    expect(sheet.actualRowCount).toBe(1 + 4);
    const ids = sheet.getColumn(1).values.slice(2).map(Number).sort((a, b) => a - b);
    expect(ids).toEqual(["H2", "H3", "H4", "H5"].map((n) => fixture.hearings.get(n)!).sort((a, b) => a - b));
    const entry = await prisma.auditLog.findFirst({ where: { actorId: manager.id, action: "export.hearings" }, orderBy: { id: "desc" } });
    expect(entry?.meta).toMatchObject({ format: "xlsx", rows: 4, personalData: false, groupBy: "court", group: "BC-PEJE", measure: "standard.S01.numerator" });
  });

  it("refuses a monitor and a malformed measure", async () => {
    signedIn = monitor;
    expect((await get(hearingsExport, `/api/exports/hearings?${YEAR}`)).status).toBe(403);
    signedIn = analyst;
    const bad = await get(hearingsExport, `/api/exports/hearings?${YEAR}&measure=standard.S01.everything`);
    expect(bad.status).toBe(400);
    expect((await bad.json()).message).toContain("'measure'");
  });
});

describe("GET /api/exports/report-table", () => {
  it("writes a report table with the screen's rows, in CSV and XLSX", async () => {
    signedIn = analyst;
    const csv = parseCsv(await (await get(tableExport, `/api/exports/report-table?${YEAR}&table=breakdown&by=court&focus=S01&format=csv`)).text());
    expect(csv[0]!.slice(0, 4)).toEqual(["Court", "Hearings answered yes or no", "Non-compliant", "Answered unclear only"]);
    expect(csv.slice(1).map((r) => r.slice(1, 3))).toEqual([["5", "4"], ["2", "1"], ["4", "2"]]);
    expect(csv[1]![0]).toContain("Pejë");
    const response = await get(tableExport, `/api/exports/report-table?${YEAR}&table=standards&format=xlsx`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as never);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.actualRowCount).toBe(16);
    expect((sheet.getRow(2).values as unknown[]).slice(1, 4)).toEqual(["1. Public hearing and public pronouncement", 11, 7]);
    const entry = await prisma.auditLog.findFirst({ where: { actorId: analyst.id, action: "export.reportTable" }, orderBy: { id: "desc" } });
    expect(entry?.meta).toMatchObject({ format: "xlsx", rows: 15, table: "standards" });
  });
});
