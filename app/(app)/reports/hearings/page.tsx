import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { DrilldownTable } from "@/components/reports/drilldown-table";
import { READERS } from "@/lib/auth/roles";
import { requireUser } from "@/lib/auth/session";
import { drilldownCount, drilldownPage } from "@/lib/reports/drilldown-queries";
import { readDrilldownCell } from "@/lib/reports/drilldown-params";
import { filterToQuery } from "@/lib/reports/filter";
import { formatMeasure } from "@/lib/reports/indicators";
import { groupLabel } from "@/lib/reports/labels";
import { reportHref } from "@/lib/reports/links";
import { measureLabel } from "@/lib/reports/measure-label";
import { reportReference } from "@/lib/reports/reference-queries";
import { resolveFilter } from "@/lib/reports/resolve-filter";
import { parseDrilldownPage, parseReportFilter, parseTableView } from "@/lib/reports/schema";
import { reportTableText } from "@/lib/reports/tables/table-text";
import type { RawSearchParams } from "@/lib/search-params";
import { getSettings } from "@/lib/settings/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("reports");
  return { title: t("drilldown.title") };
}

export default async function ReportHearingsPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  await requireUser(READERS);
  const params = await searchParams;
  const [settings, reference, t, tx, format] = await Promise.all([getSettings(), reportReference(), getTranslations("reports"), reportTableText(), getFormatter()]);
  const filter = parseReportFilter(params, settings.minimumN);
  const paging = parseDrilldownPage(params);
  const cell = readDrilldownCell(paging);
  if (!cell) notFound();
  const resolved = await resolveFilter(filter);
  const request = { filter: resolved, ...cell, lateStartMinutes: settings.lateStartMinutes };
  const [total, page] = await Promise.all([drilldownCount(request, reference), drilldownPage(request, reference, paging)]);

  const perCase = cell.measure.kind === "cases" || cell.measure.kind === "verdicts";
  const base = filterToQuery(filter, { groupBy: cell.group.by === "standard" ? undefined : cell.group.by, group: cell.group.key || undefined, measure: formatMeasure(cell.measure), size: paging.size === 25 ? undefined : String(paging.size) });
  const cursorOf = (h: { courtDay: Date; hearingId: number }) => `${h.courtDay.toISOString().slice(0, 10)}_${h.hearingId}`;
  const first = page.items[0];
  const last = page.items.at(-1);
  const newer = paging.after || (paging.before && page.hasMore) ? first && `/reports/hearings?${base}&before=${cursorOf(first)}` : null;
  const older = (paging.before || page.hasMore) && last ? `/reports/hearings?${base}&after=${cursorOf(last)}` : null;
  const day = (value: string) => format.dateTime(new Date(`${value}T12:00:00Z`), "long");
  const exportQuery = filterToQuery(resolved, { groupBy: cell.group.by === "standard" ? undefined : cell.group.by, group: cell.group.key || undefined, measure: formatMeasure(cell.measure) });

  return (
    <>
      <div className="page-header">
        <div>
          <h1>{t("drilldown.title")}</h1>
          <p className="muted">{t("periodSummary", { from: day(filter.from), to: day(filter.to) })} · {t("approvedOnly")}</p>
        </div>
        <a className="button button-secondary no-print" href={reportHref(filter, parseTableView(params, filter))}>{t("drilldown.back")}</a>
      </div>
      <dl className="card drilldown-facts">
        <dt>{t("drilldown.measure")}</dt>
        <dd>{measureLabel(cell.measure, reference, tx.t, tx.locale, tx.enumLabel)}</dd>
        <dt>{t("drilldown.group")}</dt>
        <dd>{cell.group.by === "standard" ? t("drilldown.whole") : `${t(`groupBy.${cell.group.by}`)}: ${groupLabel(cell.group, reference, tx.locale, tx.enumLabel)}`}</dd>
      </dl>
      <p className="stat" aria-live="polite" data-testid="drilldown-count">
        {perCase ? t("drilldown.caseCount", { count: total }) : t("drilldown.count", { count: total })}
      </p>
      <p className="row small no-print">
        <span className="muted">{t("export.label")}:</span>
        <a href={`/api/exports/hearings?${exportQuery}&format=csv`} download>{t("export.dataset")} · {t("export.csv")}</a>
        <a href={`/api/exports/hearings?${exportQuery}&format=xlsx`} download>{t("export.dataset")} · {t("export.xlsx")}</a>
      </p>
      <DrilldownTable items={page.items} />
      <nav className="pagination" aria-label={t("drilldown.title")}>
        <span className="row">
          {paging.after || paging.before ? <a className="button button-secondary button-small" href={`/reports/hearings?${base}`}>{t("drilldown.first")}</a> : null}
          {newer ? <a className="button button-secondary button-small" href={newer} rel="prev">{t("drilldown.newer")}</a> : null}
          {older ? <a className="button button-secondary button-small" href={older} rel="next">{t("drilldown.older")}</a> : null}
        </span>
      </nav>
    </>
  );
}
