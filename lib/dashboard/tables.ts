import { bilingualName } from "@/lib/courts/court-name";
import { FIGURES } from "@/lib/reports/definitions";
import { percentNumber } from "@/lib/reports/format";
import { standardLabel } from "@/lib/reports/labels";
import type { Proportion } from "@/lib/reports/stats";
import type { DashboardData, DashboardPart, DashboardPartsData } from "./page-data";
import type { RateTrend } from "./trend";

/**
 * Every table of the dashboard as plain rows, for its CSV and Excel download: the same figures, names and
 * definitions as on screen (rates as percentages with their numerator, n and 95% interval; a change with
 * its interval and its wording). Built from the page's own data, so a download holds what the page shows.
 */
export const DASHBOARD_TABLES = ["conduct", "standards", "regions", "years", "gender", "judges", "coverage", "courts", "months", "activity", "findings"] as const;
export type DashboardTable = (typeof DASHBOARD_TABLES)[number];

/** The one part of the dashboard's data each table is made from: all a table download loads. */
export const TABLE_PART: Record<DashboardTable, DashboardPart> = {
  conduct: "conduct", standards: "conduct", regions: "regionConduct", years: "years", gender: "gender", judges: "judges",
  coverage: "coverage", courts: "coverage", months: "programme", activity: "activity", findings: "followUp",
};

export type Value = string | number | null;
export interface PlainTable {
  title: string;
  header: string[];
  rows: Value[][];
}

type Translate = (key: string, values?: Record<string, string | number>) => string;
export interface TableWords {
  t: Translate;
  tReports: Translate;
  tEnums: Translate;
  locale: string;
}

const rateColumns = (w: TableWords, prefix: string) => [
  `${prefix} ${w.t("export.rate")}`, `${prefix} ${w.t("export.numerator")}`, `${prefix} n`, `${prefix} ${w.t("export.ciLow")}`, `${prefix} ${w.t("export.ciHigh")}`,
];
const rateCells = (p: Proportion): Value[] => [percentNumber(p.rate), p.numerator, p.denominator, percentNumber(p.ciLow), percentNumber(p.ciHigh)];
const changeColumns = (w: TableWords) => [w.t("export.changePoints"), w.t("export.changeLow"), w.t("export.changeHigh"), w.t("export.wording")];
const changeCells = (trend: RateTrend, w: TableWords): Value[] => trend.change === null || !trend.interval || !trend.wording
  ? [null, null, null, w.t("trend.notCompared")]
  : [percentNumber(trend.change), percentNumber(trend.interval.low), percentNumber(trend.interval.high), w.t(`trend.${trend.wording}`)];
const trendColumns = (w: TableWords) => [...rateColumns(w, w.t("conduct.columns.now")), ...rateColumns(w, w.t("conduct.columns.before")), ...changeColumns(w)];
const trendCells = (trend: RateTrend, w: TableWords): Value[] => [...rateCells(trend.current), ...rateCells(trend.previous), ...changeCells(trend, w)];

function conductRows(conduct: DashboardData["conduct"], w: TableWords): Value[][] {
  return [
    ...conduct.rates.map(({ indicator, trend }) => [w.tReports(FIGURES[indicator].label), ...trendCells(trend, w)]),
    ...conduct.reasons.map(({ reason, trend }) => [w.t("conduct.reasonRow", { reason: w.tEnums(`adjournmentReason.${reason}`) }), ...trendCells(trend, w)]),
  ];
}

/** A part of the data that the table needs, loaded (TABLE_PART says which). */
function part<K extends keyof DashboardPartsData>(data: DashboardPartsData, key: K): NonNullable<DashboardPartsData[K]> {
  const value = data[key];
  if (value === undefined) throw new Error(`The dashboard's ${String(key)} was not loaded`);
  return value as NonNullable<DashboardPartsData[K]>;
}

export function dashboardTable(table: DashboardTable, data: DashboardPartsData, w: TableWords): PlainTable {
  const region = (r: { nameSq: string; nameSr: string }) => bilingualName(r, w.locale);
  switch (table) {
    case "conduct":
      return { title: w.t("conduct.tableTitle"), header: [w.t("conduct.columns.indicator"), ...trendColumns(w)], rows: conductRows(part(data, "conduct"), w) };
    case "standards":
      return {
        title: w.t("conduct.standardsTitle"),
        header: [w.t("conduct.standardColumns.rank"), w.t("conduct.standardColumns.standard"), ...trendColumns(w)],
        rows: part(data, "conduct").standards.map(({ standard, rank, trend }) => [rank, standardLabel(standard, w.locale), ...trendCells(trend, w)]),
      };
    case "regions":
      return {
        title: w.t("conduct.regionsTitle"),
        header: [w.t("coverage.columns.region"), w.t("conduct.columns.indicator"), ...trendColumns(w)],
        rows: part(data, "regionConduct").flatMap(({ region: r, figures }) => figures.rates.map(({ indicator, trend }) => [region(r), w.tReports(FIGURES[indicator].label), ...trendCells(trend, w)])),
      };
    case "years":
      return {
        title: w.t("years.title"),
        header: [w.t("years.columns.year"), w.t("conduct.columns.indicator"), w.tReports(FIGURES.hearings.label), ...rateColumns(w, ""), ...changeColumns(w)].map((h) => h.trim()),
        rows: part(data, "years").flatMap((y) => y.rates.map(({ indicator, trend }) => [y.year, w.tReports(FIGURES[indicator].label), y.hearings, ...rateCells(trend.current), ...changeCells(trend, w)])),
      };
    case "gender":
      return {
        title: w.t("gender.title"),
        header: [w.t("gender.columns.role"), w.t("gender.columns.gender"), ...rateColumns(w, w.t("gender.columns.share"))],
        rows: part(data, "gender").flatMap((g) => g.shares.map((s) => [w.tReports(`dimensions.${g.role}`), w.tEnums(`gender.${s.gender}`), ...rateCells(s.share)])),
      };
    case "judges":
      return {
        title: w.t("judges.title"),
        header: [w.t("coverage.columns.region"), w.tReports("columns.judges"), w.tReports(FIGURES.judgesCovered.label), w.t("coverage.columns.share")],
        rows: part(data, "judges").map((j) => [region(j.region), j.judges, j.monitored, j.judges ? percentNumber(j.monitored / j.judges) : null]),
      };
    case "coverage":
      return {
        title: w.t("coverage.regionTable"),
        header: [w.t("coverage.columns.region"), w.t("coverage.columns.courts"), w.t("coverage.columns.visited"), w.t("coverage.columns.share"), w.tReports(FIGURES.hearings.label)],
        rows: part(data, "coverage").map((c) => [region(c.region), c.courts.length, c.visited, percentNumber(c.share), c.hearings]),
      };
    case "courts":
      return {
        title: w.t("coverage.courtTable"),
        header: [w.t("coverage.columns.region"), w.t("coverage.columns.court"), w.tReports(FIGURES.hearings.label)],
        rows: part(data, "coverage").flatMap((c) => c.courts.map((court) => [region(c.region), region(court.court), court.hearings])),
      };
    case "months":
      return {
        title: w.t("programme.monthsTable", { year: part(data, "programme").progress.year }),
        header: [w.t("programme.columns.month"), w.t("programme.columns.hearings")],
        rows: part(data, "programme").months.map((m) => [m.group.key, m.hearings]),
      };
    case "activity":
      return {
        title: w.t("activity.title"),
        header: [w.t("activity.columns.region"), w.t("activity.columns.accounts"), w.t("activity.columns.reporting"), w.t("activity.columns.approved")],
        rows: part(data, "activity").map((a) => [region(a.region), a.accounts, a.reporting, a.approved]),
      };
    case "findings":
      return {
        title: w.t("followUp.findingsTitle"),
        header: [w.t("followUp.columns.standard"), w.t("export.severity"), w.t("export.findings")],
        rows: part(data, "followUp").findings.map((f) => {
          const standard = data.reference.standards.find((s) => s.id === f.standardId);
          return [standard ? standardLabel(standard, w.locale) : String(f.standardId), w.tEnums(`severity.${f.severity}`), f.findings];
        }),
      };
  }
}
