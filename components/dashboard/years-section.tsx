import type { DashboardData } from "@/lib/dashboard/page-data";
import { FIGURES } from "@/lib/reports/definitions";
import { formatCount } from "@/lib/reports/format";
import type { DashboardText } from "./dashboard-text";
import { DownloadLinks } from "./download-links";
import { RateChange, RateFigure } from "./figures";

/**
 * The courts' conduct year by year up to the view's year (at most ten years, from the first one
 * monitored): hearings monitored and each rate with its interval and n, against the year before.
 */
export function YearsSection({ data, text }: { data: DashboardData; text: DashboardText }) {
  const { t, tReports, locale } = text;
  const { years, view, filter } = data;
  return (
    <section id="years" className="dashboard-section" aria-labelledby="years-heading">
      <h2 id="years-heading">{t("years.title")}</h2>
      <p className="definition small">{t("years.definition", { year: view.to.slice(0, 4) })}</p>
      <div className="card">
        {years.length === 0 ? <p className="muted">{t("years.none")}</p> : (
          <div className="table-wrap">
            <table data-testid="years-table">
              <caption className="visually-hidden">{t("years.title")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("years.columns.year")}</th>
                  <th scope="col" className="num">{tReports(FIGURES.hearings.label)}</th>
                  {years[0]!.rates.map(({ indicator }) => <th scope="col" key={indicator}>{tReports(FIGURES[indicator].label)}</th>)}
                </tr>
              </thead>
              <tbody>
                {years.map((y) => (
                  <tr key={y.year} data-year={y.year}>
                    <th scope="row">{y.year}</th>
                    <td className="num">{formatCount(y.hearings, locale)}</td>
                    {y.rates.map(({ indicator, trend }) => (
                      <td key={indicator}>
                        <span className="stack-cell">
                          <RateFigure value={trend.current} hrefs={null} text={text} minimumN={filter.minimumN} />
                          <RateChange trend={trend} text={text} compact />
                        </span>
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <DownloadLinks view={view} table="years" title={t("years.title")} text={text} />
      </div>
    </section>
  );
}
