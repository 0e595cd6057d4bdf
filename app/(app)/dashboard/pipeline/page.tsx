import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { PipelineList } from "@/components/dashboard/pipeline-list";
import { Pagination } from "@/components/ui/pagination";
import { READERS } from "@/lib/auth/roles";
import { requireUser } from "@/lib/auth/session";
import { bilingualName } from "@/lib/courts/court-name";
import { dashboardHref } from "@/lib/dashboard/links";
import { parsePipelineQuery, pipelineHref, STALE_AFTER_DAYS } from "@/lib/dashboard/pipeline";
import { pipelineMonitorName, pipelinePage } from "@/lib/dashboard/pipeline-queries";
import { reportReference } from "@/lib/reports/reference-queries";
import type { RawSearchParams } from "@/lib/search-params";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("dashboard.list");
  return { title: t("title") };
}

/** The reports behind a figure of the dashboard's review pipeline and monitors' activity. */
export default async function PipelinePage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  await requireUser(READERS);
  const { query, page } = parsePipelineQuery(await searchParams);
  const now = new Date();
  const [reference, t, format, locale] = await Promise.all([reportReference(), getTranslations("dashboard"), getFormatter(), getLocale()]);
  const [result, monitorName] = await Promise.all([
    pipelinePage(query, page, reference, now),
    query.monitorId ? pipelineMonitorName(query.monitorId) : null,
  ]);
  const region = reference.regions.find((r) => r.code === query.region);
  const day = (value: string) => format.dateTime(new Date(`${value}T12:00:00Z`), "long");
  const baseQuery = new URLSearchParams(pipelineHref(query).split("?")[1] ?? "");
  return (
    <>
      <div className="page-header">
        <div>
          <h1>{t("list.title")}</h1>
          <p className="muted">{t("asOfToday", { today: format.dateTime(now, "long") })}</p>
        </div>
        <a className="button button-secondary" href={dashboardHref({ from: query.from, to: query.to, region: query.region })}>{t("list.back")}</a>
      </div>
      <dl className="card drilldown-facts">
        <dt>{t("list.stage")}</dt>
        <dd>{t(`pipeline.stages.${query.stage}`)}{query.stale ? ` · ${t("list.stale", { days: STALE_AFTER_DAYS })}` : ""}</dd>
        <dt>{t("list.region")}</dt>
        <dd>{region ? bilingualName(region, locale) : t("allRegions")}</dd>
        {monitorName ? <><dt>{t("list.monitor")}</dt><dd>{monitorName}</dd></> : null}
        {query.from && query.to ? <><dt>{t("filter.legend")}</dt><dd>{t("list.period", { from: day(query.from), to: day(query.to) })}</dd></> : null}
      </dl>
      <p className="stat" aria-live="polite" data-testid="pipeline-count">{t("list.count", { count: result.total })}</p>
      {result.items.length ? <PipelineList items={result.items} stage={query.stage} now={now} /> : null}
      <Pagination page={result.page} size={result.size} total={result.total} path="/dashboard/pipeline" baseQuery={baseQuery} />
    </>
  );
}
