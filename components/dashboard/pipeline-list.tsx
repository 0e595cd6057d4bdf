import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { bilingualName } from "@/lib/courts/court-name";
import { daysSince } from "@/lib/dashboard/court-days";
import type { PipelineItem } from "@/lib/dashboard/pipeline-queries";
import type { PipelineStage } from "@/lib/dashboard/pipeline";

/** When a report entered its stage: submitted, returned, or (a draft, an approved report) its hearing. */
function waitingSince(item: PipelineItem, stage: PipelineStage): Date {
  if (stage === "submitted") return item.submittedAt ?? item.updatedAt;
  if (stage === "returned") return item.reviewedAt ?? item.updatedAt;
  return item.scheduledAt;
}

/** The reports of one pipeline stage; each opens its report. */
export async function PipelineList({ items, stage, now }: { items: PipelineItem[]; stage: PipelineStage; now: Date }) {
  const [t, tEnums, format, locale] = await Promise.all([getTranslations("dashboard.list"), getTranslations("enums"), getFormatter(), getLocale()]);
  return (
    <div className="table-wrap">
      <table data-testid="pipeline-list">
        <caption className="visually-hidden">{t("title")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("columns.hearing")}</th>
            <th scope="col">{t("columns.court")}</th>
            <th scope="col">{t("columns.case")}</th>
            <th scope="col">{t("columns.monitor")}</th>
            <th scope="col">{t("columns.state")}</th>
            <th scope="col">{t("columns.waiting")}</th>
            <th scope="col" className="num">{t("columns.age")}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => {
            const since = waitingSince(item, stage);
            return (
              <tr key={item.id}>
                <th scope="row" className="nowrap">
                  <a href={`/hearings/${item.id}`} aria-label={t("open", { caseNumber: item.case.caseNumber })}>{format.dateTime(item.scheduledAt, "dateTime")}</a>
                </th>
                <td>{bilingualName(item.court, locale)}</td>
                <td className="nowrap">{item.case.caseNumber}</td>
                <td>{item.monitor.name}</td>
                <td>{tEnums(`reviewState.${item.reviewState}`)}</td>
                <td className="nowrap">{format.dateTime(since, "short")}</td>
                <td className="num">{stage === "upcoming" ? "—" : Math.max(0, daysSince(since, now))}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
