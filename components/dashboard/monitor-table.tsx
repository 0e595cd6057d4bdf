import { bilingualName } from "@/lib/courts/court-name";
import type { RegionActivity } from "@/lib/dashboard/activity";
import type { DashboardView } from "@/lib/dashboard/links";
import { pipelineHref, STALE_AFTER_DAYS } from "@/lib/dashboard/pipeline";
import type { DashboardText } from "./dashboard-text";
import { CountLink } from "./figures";

/** One region's monitors: approved reports in the period and where their other reports stand; each count opens its list. */
export function MonitorTable({ region, view, text }: { region: RegionActivity; view: DashboardView; text: DashboardText }) {
  const { t, locale } = text;
  const days = STALE_AFTER_DAYS;
  const name = bilingualName(region.region, locale);
  const countOf = (value: number, href: string) => <CountLink value={value} href={href} label={t("list.count", { count: value })} locale={locale} />;
  if (region.monitors.length === 0) return <p className="muted small">{t("activity.noMonitors")}</p>;
  return (
    <div className="table-wrap">
      <table data-testid={`monitors-${region.region.code}`}>
        <caption className="visually-hidden">{t("activity.monitorsOf", { region: name })}</caption>
        <thead>
          <tr>
            <th scope="col">{t("activity.columns.monitor")}</th>
            <th scope="col" className="num">{t("activity.columns.approved")}</th>
            <th scope="col" className="num">{t("activity.columns.draftStale", { days })}</th>
            <th scope="col" className="num">{t("activity.columns.returned")}</th>
            <th scope="col" className="num">{t("activity.columns.submitted")}</th>
          </tr>
        </thead>
        <tbody>
          {region.monitors.map(({ monitor, approved, pipeline }) => {
            const mine = { region: region.region.code, monitorId: monitor.id, stale: false };
            return (
              <tr key={monitor.id}>
                <th scope="row">{monitor.name}{monitor.active ? null : <span className="muted small"> ({t("activity.inactive")})</span>}</th>
                <td className="num">{countOf(approved, pipelineHref({ ...mine, stage: "approved", from: view.from, to: view.to }))}</td>
                <td className="num">{countOf(pipeline.draftStale, pipelineHref({ ...mine, stage: "draft", stale: true }))}</td>
                <td className="num">{countOf(pipeline.returned, pipelineHref({ ...mine, stage: "returned" }))}</td>
                <td className="num">{countOf(pipeline.submitted, pipelineHref({ ...mine, stage: "submitted" }))}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
