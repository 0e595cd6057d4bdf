import "server-only";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { bilingualName } from "@/lib/courts/court-name";
import type { DashboardView } from "@/lib/dashboard/links";
import { periodKind } from "@/lib/dashboard/period";
import { monthLabel } from "@/lib/reports/labels";
import type { DayRange } from "@/lib/reports/period";
import type { ReportReference } from "@/lib/reports/reference-queries";

/**
 * The reader's translators and formats for the dashboard's server components, loaded once per request
 * and handed down, with the words for a period and a region.
 */
export type DashboardT = Awaited<ReturnType<typeof getTranslations<"dashboard">>>;
export type EnumsT = Awaited<ReturnType<typeof getTranslations<"enums">>>;
export type ReportsT = Awaited<ReturnType<typeof getTranslations<"reports">>>;

export interface DashboardText {
  t: DashboardT;
  tEnums: EnumsT;
  /** The reports' names and definitions of their indicators, which the dashboard shows as they are. */
  tReports: ReportsT;
  locale: string;
  /** A court day ("YYYY-MM-DD") as the reader writes it. */
  day: (value: string) => string;
  period: (range: DayRange) => string;
  /** A month ("YYYY-MM") in a few letters, for a chart's axis. */
  shortMonth: (month: string) => string;
  region: (code: string | undefined, reference: ReportReference) => string;
}

export async function dashboardText(): Promise<DashboardText> {
  const [t, tEnums, tReports, format, locale] = await Promise.all([
    getTranslations("dashboard"), getTranslations("enums"), getTranslations("reports"), getFormatter(), getLocale(),
  ]);
  const day = (value: string) => format.dateTime(new Date(`${value}T12:00:00Z`), "long");
  const period = (range: DayRange) => {
    switch (periodKind(range)) {
      case "month": return t("period.month", { month: monthLabel(range.from.slice(0, 7), locale) });
      case "quarter": return t("period.quarter", { quarter: Math.floor(Number(range.from.slice(5, 7)) / 3) + 1, year: range.from.slice(0, 4) });
      case "year": return t("period.year", { year: range.from.slice(0, 4) });
      case "custom": return t("period.custom", { from: day(range.from), to: day(range.to) });
    }
  };
  const region = (code: string | undefined, reference: ReportReference) => {
    const found = code ? reference.regions.find((r) => r.code === code) : undefined;
    return found ? bilingualName(found, locale) : t("allRegions");
  };
  const short = new Intl.DateTimeFormat(locale, { month: "short", timeZone: "UTC" });
  const shortMonth = (month: string) => short.format(new Date(`${month}-01T00:00:00Z`));
  return { t, tEnums, tReports, locale, day, period, shortMonth, region };
}

export function viewPeriod(view: DashboardView): DayRange {
  return { from: view.from, to: view.to };
}
