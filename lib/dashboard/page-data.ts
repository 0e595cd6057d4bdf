import "server-only";
import { complianceByStandard } from "@/lib/reports/compliance-queries";
import { defaultFilter } from "@/lib/reports/filter";
import { firstMonitoredMonth } from "@/lib/reports/first-monitored-month";
import { hearingIndicators, monitoredHearings, type MonitoredCount } from "@/lib/reports/hearing-indicator-queries";
import type { DayRange } from "@/lib/reports/period";
import type { ReportReference } from "@/lib/reports/reference-queries";
import { resolveFilter, type ResolvedFilter } from "@/lib/reports/resolve-filter";
import type { Settings } from "@/lib/settings/defaults";
import { courtDay } from "@/lib/time/zone";
import type { PipelineTotals, RegionActivity } from "./activity";
import { loadActivity } from "./activity-data";
import { comparedCount, countComparison, type CountTrend } from "./comparison";
import { conductFigures, indicatorsOf, topNonCompliant, topReasons, type ConductFigures } from "./conduct";
import { coverageByRegion, type RegionCoverage } from "./coverage";
import { interventionCounts, longestOverdue, openFindings, type InterventionCounts, type OpenFindingCount, type OverdueIntervention } from "./follow-up-queries";
import type { DashboardView } from "./links";
import { targetProgress, type TargetProgress } from "./pace";
import { genderBreakdown, judgeCoverage, type GenderBreakdown, type RegionJudges } from "./people-queries";
import { periodKind, previousPeriod, type PeriodKind } from "./period";
import { regionCourtIds } from "./pipeline-queries";
import { yearsOf, type YearFigures } from "./years";

/**
 * Everything the dashboard shows for one view, loaded in parallel: the figures of the report queries
 * (lib/reports) for the period, the previous period and the programme's year, and the dashboard's own
 * counts of the review pipeline, the monitors and the follow-up.
 */
export interface DashboardData {
  view: DashboardView;
  kind: PeriodKind;
  previous: DayRange;
  /** When the figures were taken: the pipeline and follow-up are counted as of this moment. */
  now: Date;
  today: string;
  settings: Settings;
  reference: ReportReference;
  /** The report filter of the view (period and region), as drill-down links carry it. */
  filter: ResolvedFilter;
  programme: { months: MonitoredCount[]; progress: TargetProgress; regionTotal: number | null };
  pipeline: PipelineTotals;
  activity: RegionActivity[];
  coverage: RegionCoverage[];
  conduct: ConductFigures & { hearings: CountTrend };
  /** Year by year, up to ten years to the view's year (the view's region). */
  years: YearFigures[];
  /** Hearings by the gender of each party, in the view. */
  gender: GenderBreakdown[];
  /** Every region's judges monitored in the period. */
  judges: RegionJudges[];
  regionConduct: { region: ReportReference["regions"][number]; figures: ConductFigures & { hearings: CountTrend } }[];
  followUp: { findings: OpenFindingCount[]; interventions: InterventionCounts; overdue: OverdueIntervention[] };
}

/** Years in the trend over the years: a donor's usual horizon. */
export const YEARS_SHOWN = 10;

const sum = (rows: MonitoredCount[]) => rows.reduce((total, row) => total + row.hearings, 0);

/** The parts of DashboardData that are loaded from the database, each on its own. */
export const DASHBOARD_PARTS = ["programme", "activity", "coverage", "conduct", "regionConduct", "years", "gender", "judges", "followUp"] as const;
export type DashboardPart = (typeof DASHBOARD_PARTS)[number];
type Loaded = Pick<DashboardData, "programme" | "pipeline" | "activity" | "coverage" | "conduct" | "regionConduct" | "years" | "gender" | "judges" | "followUp">;
/** One view's figures with only the parts asked for (a table download needs one). */
export type DashboardPartsData = Omit<DashboardData, keyof Loaded> & Partial<Loaded>;

interface Request { view: DashboardView; reference: ReportReference; settings: Settings; now?: Date }

export async function loadDashboard(request: Request): Promise<DashboardData> {
  return (await loadDashboardParts(request, DASHBOARD_PARTS)) as DashboardData;
}

/**
 * The view's figures for the given parts only, each part loading what it needs; a query two parts share
 * (the period's indicators and standards, the first month monitored) runs once.
 */
export async function loadDashboardParts({ view, reference, settings, now = new Date() }: Request, parts: readonly DashboardPart[]): Promise<DashboardPartsData> {
  const today = courtDay(now);
  const previous = previousPeriod(view);
  const year = Number(view.to.slice(0, 4));
  const yearPeriod = { from: `${year}-01-01`, to: `${year}-12-31` };
  const base = { ...defaultFilter(settings.minimumN, now), from: view.from, to: view.to };
  const [filter, everywhere] = await Promise.all([resolveFilter({ ...base, regions: view.region ? [view.region] : [] }), resolveFilter(base)]);
  const before = { ...filter, ...previous };
  const everywhereBefore = { ...everywhere, ...previous };
  const courtIds = regionCourtIds(view.region, reference);
  const late = { lateStartMinutes: settings.lateStartMinutes };
  const firstYear = year - (YEARS_SHOWN - 1);
  const once = <T>(load: () => Promise<T>) => { let value: Promise<T> | null = null; return () => (value ??= load()); };
  const indicatorsNow = once(async () => (await hearingIndicators(filter, { groupBy: "standard", ...late }, reference))[0]!);
  const standardsNow = once(() => complianceByStandard(filter, "standard", reference));
  const firstMonth = once(() => firstMonitoredMonth(filter));

  const loaders: Record<DashboardPart, () => Promise<Partial<Loaded>>> = {
    programme: async () => {
      const [months, programmeWide] = await Promise.all([
        monitoredHearings({ ...filter, ...yearPeriod }, "month", reference),
        view.region ? monitoredHearings({ ...everywhere, ...yearPeriod }, "standard", reference) : null,
      ]);
      const regionTotal = sum(months);
      return { programme: {
        months,
        progress: targetProgress({ year, target: settings.annualHearingTarget, monitored: programmeWide ? sum(programmeWide) : regionTotal, today }),
        regionTotal: view.region ? regionTotal : null,
      } };
    },
    activity: async () => {
      const monitors = await loadActivity(view, reference, now);
      return { pipeline: monitors.pipeline, activity: monitors.activity };
    },
    coverage: async () => {
      const courtCounts = await monitoredHearings(everywhere, "court", reference);
      return { coverage: coverageByRegion(reference, new Map(courtCounts.map((row) => [row.group.key, row.hearings]))) };
    },
    conduct: async () => {
      const [indicators, [previousIndicators], standards, standardsBefore, first] = await Promise.all([
        indicatorsNow(), hearingIndicators(before, { groupBy: "standard", ...late }, reference), standardsNow(),
        complianceByStandard(before, "standard", reference), firstMonth(),
      ]);
      const figures = conductFigures({ indicators: indicators, standards }, { indicators: previousIndicators!, standards: standardsBefore }, { minimumN: settings.minimumN });
      return { conduct: { ...figures, hearings: comparedCount(figures.hearings, countComparison(previous, previousIndicators!.hearings, first, settings.minimumN)) } };
    },
    regionConduct: async () => {
      const [regionIndicatorsNow, regionIndicatorsBefore, regionStandardsNow, regionStandardsBefore, indicators, standards, first] = await Promise.all([
        hearingIndicators(everywhere, { groupBy: "region", ...late }, reference),
        hearingIndicators(everywhereBefore, { groupBy: "region", ...late }, reference),
        complianceByStandard(everywhere, "region", reference),
        complianceByStandard(everywhereBefore, "region", reference),
        indicatorsNow(), standardsNow(), firstMonth(),
      ]);
      const shownStandards = topNonCompliant(standards).map((row) => row.standard);
      const shownReasons = topReasons(indicators).map((r) => r.reason);
      return { regionConduct: reference.regions.map((region) => {
        const group = { by: "region" as const, key: region.code };
        const ofRegion = <T extends { group: { key: string } }>(rows: T[]) => rows.filter((row) => row.group.key === region.code);
        const regionBefore = indicatorsOf(regionIndicatorsBefore, group, settings.minimumN);
        const regionFigures = conductFigures(
          { indicators: indicatorsOf(regionIndicatorsNow, group, settings.minimumN), standards: ofRegion(regionStandardsNow) },
          { indicators: regionBefore, standards: ofRegion(regionStandardsBefore) },
          { minimumN: settings.minimumN, standards: shownStandards, reasons: shownReasons },
        );
        const hearings = comparedCount(regionFigures.hearings, countComparison(previous, regionBefore.hearings, first, settings.minimumN));
        return { region, figures: { ...regionFigures, hearings } };
      }) };
    },
    years: async () => {
      const [yearMonths, first] = await Promise.all([
        hearingIndicators({ ...filter, from: `${firstYear}-01-01`, to: `${year}-12-31` }, { groupBy: "month", ...late }, reference), firstMonth(),
      ]);
      return { years: yearsOf(yearMonths, settings.minimumN).filter((y) => first === null || y.year >= Number(first.slice(0, 4))) };
    },
    gender: async () => ({ gender: await genderBreakdown(filter) }),
    judges: async () => ({ judges: await judgeCoverage(everywhere, reference) }),
    followUp: async () => {
      const [findings, interventions, overdue] = await Promise.all([openFindings(courtIds), interventionCounts(courtIds, today), longestOverdue(courtIds, today)]);
      return { followUp: { findings, interventions, overdue } };
    },
  };

  const loaded = await Promise.all(parts.map((part) => loaders[part]()));
  return { view, kind: periodKind(view), previous, now, today, settings, reference, filter, ...(Object.assign({}, ...loaded) as Partial<Loaded>) };
}
