import type { DashboardData } from "@/lib/dashboard/page-data";
import { AGEING_STAGES, pipelineHref, STALE_AFTER_DAYS, type PipelineStage } from "@/lib/dashboard/pipeline";
import { daysSince } from "@/lib/dashboard/court-days";
import type { DashboardText } from "./dashboard-text";
import { CountLink } from "./figures";

/**
 * Reports by review state, now: how many wait at each stage, how many of them for over a week, and the
 * longest wait for review; every count opens the list of those reports.
 */
export function PipelineTable({ data, text }: { data: DashboardData; text: DashboardText }) {
  const { t, locale } = text;
  const { pipeline, view } = data;
  const region = view.region;
  const rows: { stage: PipelineStage; reports: number; stale: number | null }[] = [
    { stage: "upcoming", reports: pipeline.upcoming, stale: null },
    { stage: "draft", reports: pipeline.draft, stale: pipeline.draftStale },
    { stage: "returned", reports: pipeline.returned, stale: pipeline.returnedStale },
    { stage: "submitted", reports: pipeline.submitted, stale: pipeline.submittedStale },
    { stage: "approved", reports: data.conduct.hearings.current ?? 0, stale: null },
  ];
  const oldest = pipeline.oldestSubmittedAt ? daysSince(pipeline.oldestSubmittedAt, data.now) : null;
  const link = (stage: PipelineStage, stale: boolean) =>
    pipelineHref({ stage, stale, region, ...(stage === "approved" ? { from: view.from, to: view.to } : {}) });
  return (
    <div className="card">
      <h3 id="pipeline-heading">{t("pipeline.title")}</h3>
      <p className="definition small">{t("pipeline.definition", { days: STALE_AFTER_DAYS })} {t("asOfToday", { today: text.day(data.today) })}</p>
      <div className="table-wrap">
        <table aria-labelledby="pipeline-heading" data-testid="pipeline-table">
          <thead>
            <tr>
              <th scope="col">{t("pipeline.columns.stage")}</th>
              <th scope="col" className="num">{t("pipeline.columns.reports")}</th>
              <th scope="col" className="num">{t("pipeline.columns.stale", { days: STALE_AFTER_DAYS })}</th>
              <th scope="col" className="num">{t("pipeline.columns.oldest")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ stage, reports, stale }) => (
              <tr key={stage}>
                <th scope="row">{t(`pipeline.stages.${stage}`)}</th>
                <td className="num">
                  <CountLink value={reports} href={link(stage, false)} label={t("list.count", { count: reports })} locale={locale} />
                </td>
                <td className="num">
                  {stale === null ? "—" : (
                    <CountLink
                      value={stale} href={link(stage, true)} locale={locale}
                      label={`${t("list.count", { count: stale })}: ${t(`pipeline.staleHint.${stage as (typeof AGEING_STAGES)[number]}`, { days: STALE_AFTER_DAYS })}`}
                    />
                  )}
                </td>
                <td className="num">{stage === "submitted" && oldest !== null ? t("pipeline.oldestWaiting", { count: oldest }) : "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
