import { NextRequest } from "next/server";
import { createTranslator } from "next-intl";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/session-user";
import { prisma } from "@/lib/db";
import en from "@/lib/i18n/messages/en";
import { fromCourtParts } from "@/lib/time/zone";

// A programme that began in September 2024 (30 hearings in 2024, 29 adjourned, 4 of them because the
// defendant was absent) and monitored 500 hearings in 2025 (455 adjourned, 162 for the defendant's
// absence): the issue's own figures, 35.6% (162/455) against 13.8% (4/29). Judges' genders, the judges
// themselves and every count below are set by hand here.
let signedIn: SessionUser | null = null;
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => signedIn }));
vi.mock("next-intl/server", () => ({
  getTranslations: async (namespace: string) => createTranslator({ locale: "en-GB", messages: en, namespace: namespace as never }),
  getLocale: async () => "en-GB",
}));
const { loadDashboard, loadDashboardParts } = await import("@/lib/dashboard/page-data");
const { DASHBOARD_TABLES, dashboardTable: tableOf, TABLE_PART } = await import("@/lib/dashboard/tables");
const { reportReference } = await import("@/lib/reports/reference-queries");
const { getSettings } = await import("@/lib/settings/queries");
const { GET: dashboardTable } = await import("@/app/api/exports/dashboard-table/route");
const { createUser } = await import("../../support/fixtures");

const at = (day: string) => {
  const [year, month, date] = day.split("-").map(Number) as [number, number, number];
  return fromCourtParts({ year, month, day: date, hour: 10, minute: 0 });
};
const dayOf = (year: number, i: number) => `${year}-${String((i % 12) + 1).padStart(2, "0")}-${String((i % 27) + 1).padStart(2, "0")}`;

let peJudges: number;

beforeAll(async () => {
  const court = await prisma.court.findUniqueOrThrow({ where: { code: "BC-PEJE" } });
  const version = await prisma.checklistVersion.findFirstOrThrow({ where: { number: 1, template: { code: "FAIR_TRIAL" } } });
  const monitor = await createUser("MONITOR");
  const kase = await prisma.case.create({ data: { courtId: court.id, caseNumber: "P 1/24", category: "CRIMINAL", subject: "GENERAL_CRIME" } });
  const [ana, besa] = await Promise.all(["Ana", "Besa", "Cela"].map((name) => prisma.judge.create({ data: { courtId: court.id, name: `Judge ${name}` } })));
  const base = { caseId: kase.id, courtId: court.id, monitorId: monitor.id, checklistVersionId: version.id, reviewState: "APPROVED" as const, approvedAt: new Date() };
  const rows = [];
  // 2024, from September: 29 adjourned (4 for the defendant's absence), 1 held.
  for (let i = 0; i < 30; i++) {
    const adjourned = i < 29;
    rows.push({ ...base, scheduledAt: at(`2024-${String(9 + (i % 4)).padStart(2, "0")}-${String((i % 27) + 1).padStart(2, "0")}`),
      status: adjourned ? "ADJOURNED" as const : "HELD" as const, adjournmentReasons: adjourned ? [i < 4 ? "DEFENDANT_ABSENT" as const : "WITNESS_ABSENT" as const] : [] });
  }
  // 2025: 455 adjourned (162 for the defendant's absence), 45 held; judge's gender female on 300, male on 150,
  // "unknown" on 20 and not recorded on 30 (both outside the n); Judge Ana on the first 10, Judge Besa on the next 5, Judge Cela on none.
  for (let i = 0; i < 500; i++) {
    const adjourned = i < 455;
    rows.push({ ...base, scheduledAt: at(dayOf(2025, i)), status: adjourned ? "ADJOURNED" as const : "HELD" as const,
      adjournmentReasons: adjourned ? [i < 162 ? "DEFENDANT_ABSENT" as const : "WITNESS_ABSENT" as const] : [],
      judgeGender: i < 300 ? "FEMALE" as const : i < 450 ? "MALE" as const : i < 470 ? "UNKNOWN" as const : null,
      judgeId: i < 10 ? ana!.id : i < 15 ? besa!.id : null });
  }
  await prisma.hearing.createMany({ data: rows });
  const regionId = court.regionId;
  peJudges = await prisma.judge.count({ where: { active: true, court: { regionId } } });
});

const request = async () => ({ view: { from: "2025-01-01", to: "2025-12-31" }, reference: await reportReference(), settings: await getSettings(), now: at("2026-02-01") });
const load = async () => loadDashboard(await request());

describe("the dashboard's changes are worded by their interval", () => {
  it("calls 162/455 against 4/29 'up' (interval +4.5 to +31.3 points), though the reason has no polarity", async () => {
    const data = await load();
    const absent = data.conduct.reasons.find((r) => r.reason === "DEFENDANT_ABSENT")!.trend;
    expect([absent.current.numerator, absent.current.denominator, absent.previous.numerator, absent.previous.denominator]).toEqual([162, 455, 4, 29]);
    expect(absent.interval!.low).toBeCloseTo(0.045, 3);
    expect(absent.interval!.high).toBeCloseTo(0.313, 3);
    expect(absent).toMatchObject({ wording: "up", verdict: null, significant: true });
  });

  it("does not compare the hearings monitored with a year before monitoring began, and says when it began", async () => {
    const data = await load();
    expect(data.conduct.hearings).toMatchObject({ current: 500, previous: 30, change: null, notComparable: { reason: "beforeMonitoring", firstMonth: "2024-09-01" } });
  });
});

describe("the donors' figures, counted by hand", () => {
  it("gives the years monitored, each with its hearings and rates against the year before", async () => {
    const { years } = await load();
    expect(years.map((y) => [y.year, y.hearings])).toEqual([[2024, 30], [2025, 500]]);
    const adjourned = years[1]!.rates.find((r) => r.indicator === "adjourned")!.trend;
    expect([adjourned.current.numerator, adjourned.current.denominator, adjourned.previous.numerator, adjourned.previous.denominator]).toEqual([455, 500, 29, 30]);
    expect(adjourned.wording).toBe("noise");
  });

  it("gives hearings by the judge's gender, of those where it was recorded ('unknown' is not)", async () => {
    const judge = (await load()).gender.find((g) => g.role === "judgeGender")!;
    expect(judge.recorded).toBe(450);
    expect(judge.shares.map((s) => [s.gender, s.share.numerator, s.share.denominator])).toEqual([["FEMALE", 300, 450], ["MALE", 150, 450]]);
    expect(judge.shares[0]!.share.ciLow).toBeLessThan(300 / 450);
  });

  it("gives each region's judges monitored in the period", async () => {
    const peje = (await load()).judges.find((j) => j.region.code === "PEJE")!;
    expect(peje).toMatchObject({ judges: peJudges, monitored: 2 });
  });
});

describe("GET /api/exports/dashboard-table", () => {
  const get = (query: string) => dashboardTable(new NextRequest(`http://localhost/api/exports/dashboard-table?${query}`));

  it("writes a table of the view as on screen, with the change's interval and wording, and logs it", async () => {
    signedIn = await createUser("MANAGER");
    const response = await get("table=conduct&from=2025-01-01&to=2025-12-31&format=csv");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/csv");
    const lines = (await response.text()).replace(/^\uFEFF/, "").trimEnd().split("\r\n");
    const absent = lines.find((line) => line.startsWith("Adjourned because: Defendant absent"))!;
    expect(absent.split(",").slice(1, 4)).toEqual(["35.6", "162", "455"]);
    expect(absent.endsWith(",up")).toBe(true);
    expect(await prisma.auditLog.count({ where: { actorId: signedIn.id, action: "export.dashboardTable" } })).toBe(1);
  });

  it("refuses monitors, an unknown table and an unknown region", async () => {
    signedIn = await createUser("MONITOR");
    expect((await get("table=conduct&from=2025-01-01&to=2025-12-31")).status).toBe(403);
    signedIn = await createUser("ANALYST");
    expect((await get("table=secrets&from=2025-01-01&to=2025-12-31")).status).toBe(400);
    expect((await get("table=gender&from=2025-01-01&to=2025-12-31&region=NOWHERE")).status).toBe(400);
    expect((await get("table=gender&from=2025-01-01&to=2025-12-31&format=xlsx")).status).toBe(200);
  });
});

describe("a table download loads only the part of the dashboard its table is made from", () => {
  const key = (k: string, values?: Record<string, string | number>) => (values ? `${k}(${Object.values(values).join(", ")})` : k);
  const words = { t: key, tReports: key, tEnums: key, locale: "en-GB" };

  it("and writes the same rows as from the whole dashboard, for every table", async () => {
    const whole = await load();
    for (const table of DASHBOARD_TABLES) {
      const only = await loadDashboardParts(await request(), [TABLE_PART[table]]);
      expect(tableOf(table, only, words), table).toEqual(tableOf(table, whole, words));
    }
  });

  it("leaves the other parts unloaded", async () => {
    const only = await loadDashboardParts(await request(), [TABLE_PART.gender]);
    expect(only.gender?.find((g) => g.role === "judgeGender")?.recorded).toBe(450);
    expect([only.conduct, only.years, only.regionConduct, only.judges, only.followUp]).toEqual([undefined, undefined, undefined, undefined, undefined]);
  });
});
