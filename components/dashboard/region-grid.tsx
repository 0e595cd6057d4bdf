import { bilingualName } from "@/lib/courts/court-name";
import { COVERAGE_BANDS, coverageBand, type RegionCoverage } from "@/lib/dashboard/coverage";
import { dashboardHref, type DashboardView } from "@/lib/dashboard/links";
import { GRID_COLUMNS, regionGridPlaces } from "@/lib/dashboard/region-layout";
import { formatCount, formatPercent } from "@/lib/reports/format";
import type { DashboardText } from "./dashboard-text";

/**
 * The territory as a grid of its regional offices, placed roughly as on the map and shaded by the share of
 * their courts covered. Each tile prints its share and counts, so the shading only repeats what the text
 * says; a tile opens the dashboard for its region. Drawn on the server: no script needed.
 */
export function RegionGrid({ coverage, view, text }: { coverage: RegionCoverage[]; view: DashboardView; text: DashboardText }) {
  const { t, locale } = text;
  const places = regionGridPlaces(coverage.map((r) => r.region.code));
  const bands = Array.from({ length: COVERAGE_BANDS }, (_, band) => band);
  const wholePercent = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 });
  return (
    <figure className="region-grid-figure">
      <figcaption className="small muted">{t("coverage.gridHint")}</figcaption>
      <ul className="region-grid" style={{ gridTemplateColumns: `repeat(${GRID_COLUMNS}, minmax(0, 1fr))` }}>
        {coverage.map((region) => {
          const place = places.get(region.region.code)!;
          const band = coverageBand(region.share);
          const name = bilingualName(region.region, locale);
          const share = formatPercent(region.share, locale);
          const counts = { visited: formatCount(region.visited, locale), courts: formatCount(region.courts.length, locale) };
          return (
            <li key={region.region.code} style={{ gridColumn: place.column, gridRow: place.row }}>
              <a
                href={dashboardHref({ ...view, region: region.region.code }, "coverage")}
                className={`region-tile coverage-band-${band ?? "none"}`} aria-current={view.region === region.region.code ? "true" : undefined}
                aria-label={t("coverage.tileLink", { region: name, share, ...counts })}
                data-testid={`region-tile-${region.region.code}`}
              >
                <span className="region-tile-name">{name}</span>
                <span className="region-tile-share">{share}</span>
                <span className="region-tile-counts">{region.courts.length ? t("coverage.tile", counts) : t("coverage.noCourts")}</span>
              </a>
            </li>
          );
        })}
      </ul>
      <div className="coverage-legend small" aria-hidden="true">
        <span>{t("coverage.legend")}:</span>
        {bands.map((band) => (
          <span key={band} className="coverage-legend-item">
            <span className={`coverage-swatch coverage-band-${band}`} />
            {t("coverage.band", { from: wholePercent.format(band / COVERAGE_BANDS), to: wholePercent.format((band + 1) / COVERAGE_BANDS) })}
          </span>
        ))}
      </div>
    </figure>
  );
}
