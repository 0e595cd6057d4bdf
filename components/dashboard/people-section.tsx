import { bilingualName } from "@/lib/courts/court-name";
import type { Gender } from "@/lib/generated/prisma/enums";
import type { DashboardData } from "@/lib/dashboard/page-data";
import { FIGURES } from "@/lib/reports/definitions";
import { formatCount, formatPercent } from "@/lib/reports/format";
import { reportHref } from "@/lib/reports/links";
import type { DashboardText } from "./dashboard-text";
import { DownloadLinks } from "./download-links";
import { RateFigure } from "./figures";

/**
 * What donors ask about people: hearings by the gender of the judge, prosecutor, defendant and victim
 * (with the reports' compliance by gender one click away), and how many of each region's judges were
 * monitored in the period.
 */
export function PeopleSection({ data, text }: { data: DashboardData; text: DashboardText }) {
  const { t, tReports, tEnums, locale } = text;
  const { gender, judges, view, filter } = data;
  return (
    <section id="people" className="dashboard-section" aria-labelledby="gender-heading">
      <div className="card">
        <h2 id="gender-heading">{t("gender.title")}</h2>
        <p className="definition small">{t("gender.definition")} {tReports("definitions.dimension")}</p>
        <div className="table-wrap">
          <table data-testid="gender-table">
            <caption className="visually-hidden">{t("gender.title")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("gender.columns.role")}</th>
                <th scope="col">{t("gender.columns.gender")}</th>
                <th scope="col">{t("gender.columns.share")}</th>
              </tr>
            </thead>
            {gender.map((g) => (
              <tbody key={g.role} data-role={g.role}>
                {g.shares.length === 0 ? (
                  <tr><th scope="row">{tReports(`dimensions.${g.role}`)}</th><td colSpan={2} className="muted">{t("gender.notRecorded")}</td></tr>
                ) : g.shares.map((s, i) => (
                  <tr key={s.gender} data-gender={s.gender}>
                    {i === 0 ? <th scope="rowgroup" rowSpan={g.shares.length}>{tReports(`dimensions.${g.role}`)}</th> : null}
                    <td>{tEnums(`gender.${s.gender as Gender}`)}</td>
                    <td><RateFigure value={s.share} hrefs={null} text={text} minimumN={filter.minimumN} /></td>
                  </tr>
                ))}
              </tbody>
            ))}
          </table>
        </div>
        <p className="small no-print"><a href={reportHref({ ...filter, from: view.from, to: view.to }, { attribute: "judgeGender" })}>{t("gender.byStandard")}</a></p>
        <DownloadLinks view={view} table="gender" title={t("gender.title")} text={text} />
      </div>
      <div className="card">
        <h2 id="judges-heading">{t("judges.title")}</h2>
        <p className="definition small">{tReports(FIGURES.judgesCovered.definition)} {t("judges.definition")}</p>
        <div className="table-wrap">
          <table data-testid="judges-table" aria-labelledby="judges-heading">
            <thead>
              <tr>
                <th scope="col">{t("coverage.columns.region")}</th>
                <th scope="col" className="num">{tReports(FIGURES.judgesCovered.label)}</th>
                <th scope="col" className="num">{t("coverage.columns.share")}</th>
              </tr>
            </thead>
            <tbody>
              {judges.map((j) => (
                <tr key={j.region.code} data-region={j.region.code}>
                  <th scope="row">{bilingualName(j.region, locale)}</th>
                  <td className="num">{t("judges.value", { monitored: formatCount(j.monitored, locale), judges: formatCount(j.judges, locale) })}</td>
                  <td className="num">{formatPercent(j.judges ? j.monitored / j.judges : null, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <DownloadLinks view={view} table="judges" title={t("judges.title")} text={text} />
      </div>
    </section>
  );
}
