import { CountChart } from "@/components/reports/count-chart";
import { daysSince } from "@/lib/dashboard/court-days";
import { findingsHref, interventionHref, interventionsHref } from "@/lib/dashboard/links";
import type { DashboardData } from "@/lib/dashboard/page-data";
import type { Severity } from "@/lib/generated/prisma/enums";
import { formatCount } from "@/lib/reports/format";
import { standardLabel } from "@/lib/reports/labels";
import { ChartPanel } from "./chart-panel";
import type { DashboardText } from "./dashboard-text";
import { DownloadLinks } from "./download-links";
import { CountLink } from "./figures";

const SEVERITIES: Severity[] = ["GRAVE", "SERIOUS", "MINOR"];

/** Open findings by standard and severity, and the interventions awaiting a reply: as of today. */
export function FollowUpSection({ data, text }: { data: DashboardData; text: DashboardText }) {
  const { t, tEnums, locale } = text;
  const { followUp, reference, view, settings } = data;
  const region = view.region;
  const count = (standardId: number | null, severity: Severity | null) =>
    followUp.findings.filter((f) => (standardId === null || f.standardId === standardId) && (severity === null || f.severity === severity)).reduce((sum, f) => sum + f.findings, 0);
  const standards = reference.standards.filter((s) => count(s.id, null) > 0);
  const link = (value: number, standard?: string, severity?: Severity) => (
    <CountLink value={value} href={findingsHref({ standard, severity, region })} label={t("followUp.list", { count: value })} locale={locale} />
  );
  const { awaiting, overdue } = followUp.interventions;
  const today = new Date(`${data.today}T12:00:00Z`);

  const table = standards.length === 0 ? <p className="muted">{t("followUp.findingsNone")}</p> : (
    <div className="table-wrap">
      <table data-testid="open-findings">
        <caption className="visually-hidden">{t("followUp.findingsTitle")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("followUp.columns.standard")}</th>
            {SEVERITIES.map((s) => <th key={s} scope="col" className="num">{tEnums(`severity.${s}`)}</th>)}
            <th scope="col" className="num">{t("followUp.total")}</th>
          </tr>
        </thead>
        <tbody>
          {standards.map((standard) => (
            <tr key={standard.code}>
              <th scope="row">{standardLabel(standard, locale)}</th>
              {SEVERITIES.map((s) => <td key={s} className="num">{link(count(standard.id, s), standard.code, s)}</td>)}
              <td className="num">{link(count(standard.id, null), standard.code)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t("followUp.total")}</th>
            {SEVERITIES.map((s) => <td key={s} className="num">{link(count(null, s), undefined, s)}</td>)}
            <td className="num">{link(count(null, null))}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );

  return (
    <section id="follow-up" className="dashboard-section" aria-labelledby="follow-up-heading">
      <h2 id="follow-up-heading">{t("followUp.title")}</h2>
      <p className="definition small">{t("asOfToday", { today: text.day(data.today) })}</p>
      <div className="card">
        <h3>{t("followUp.findingsTitle")}</h3>
        {standards.length === 0 ? table : (
          <ChartPanel
            labels={{ view: t("chart.view"), chart: t("chart.showChart"), table: t("chart.showTable") }}
            table={table}
            chart={(
              <CountChart
                items={standards.map((s) => ({ label: standardLabel(s, locale), value: count(s.id, null), display: formatCount(count(s.id, null), locale) }))}
                summary={t("followUp.findingsChart")} axis={t("chart.findingsAxis")}
              />
            )}
          />
        )}
        <DownloadLinks view={data.view} table="findings" title={t("followUp.findingsTitle")} text={text} />
      </div>
      <div className="card">
        <h3>{t("followUp.interventionsTitle")}</h3>
        <p className="definition small">{t("followUp.interventionsDefinition", { days: settings.interventionReplyDays })}</p>
        <ul className="glance-list">
          <li className="glance-tile" data-testid="interventions-awaiting">
            <span className="stat-label">{t("followUp.awaiting")}</span>
            <span className="stat"><CountLink value={awaiting} href={interventionsHref("awaiting", region)} label={t("followUp.listInterventions", { count: awaiting })} locale={locale} /></span>
          </li>
          <li className="glance-tile" data-testid="interventions-overdue">
            <span className="stat-label">{t("followUp.overdue")}</span>
            <span className="stat"><CountLink value={overdue} href={interventionsHref("overdue", region)} label={t("followUp.listInterventions", { count: overdue })} locale={locale} /></span>
          </li>
        </ul>
        <h4>{t("followUp.overdueList")}</h4>
        {followUp.overdue.length === 0 ? <p className="muted">{t("followUp.overdueNone")}</p> : (
          <ul className="overdue-list">
            {followUp.overdue.map((item) => (
              <li key={item.id}>
                <a href={interventionHref(item.id)}>{item.title}</a>
                <span className="small"> · {tEnums(`institution.${item.institution}`)}: {item.addressee}</span>
                <span className="small muted"> · {t("followUp.overdueItem", { due: text.day(item.dueAt.toISOString().slice(0, 10)), count: daysSince(item.dueAt, today) })}</span>
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
