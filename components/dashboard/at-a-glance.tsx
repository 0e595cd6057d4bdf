import { coverageTotals } from "@/lib/dashboard/coverage";
import { dashboardHref, findingsHref, interventionsHref } from "@/lib/dashboard/links";
import type { DashboardData } from "@/lib/dashboard/page-data";
import { pipelineHref } from "@/lib/dashboard/pipeline";
import { WHOLE } from "@/lib/reports/groups";
import { formatCount, formatPercent } from "@/lib/reports/format";
import { drilldownHref } from "@/lib/reports/links";
import type { DashboardText } from "./dashboard-text";
import { FIGURES } from "@/lib/reports/definitions";
import { CountChange } from "./figures";

interface Tile {
  key: string;
  label: string;
  value: string;
  href: string;
  note: React.ReactNode;
}

/**
 * The few figures a manager reads first, each a link to where it comes from, in two rows told apart:
 * figures of the chosen period (hearings monitored, courts visited, the year's target) and figures as
 * they stand now, whatever the period (reports waiting, open findings, overdue interventions).
 */
export function AtAGlance({ data, text }: { data: DashboardData; text: DashboardText }) {
  const { t, locale } = text;
  const { view, conduct, programme, followUp } = data;
  const coverage = coverageTotals(view.region ? data.coverage.filter((r) => r.region.code === view.region) : data.coverage);
  const grave = followUp.findings.filter((f) => f.severity === "GRAVE").reduce((sum, f) => sum + f.findings, 0);
  const periodTiles: Tile[] = [
    {
      key: "hearings", label: text.tReports(FIGURES.hearings.label), value: formatCount(conduct.hearings.current ?? 0, locale),
      href: drilldownHref(data.filter, WHOLE, { kind: "hearings" }),
      note: <>
        <CountChange trend={conduct.hearings} text={text} comparedWith={text.period(data.previous)} />
        <span className="definition-inline">{t("glance.hearingsIncludeCancelled")}</span>
      </>,
    },
    {
      key: "target", label: t("glance.target", { year: programme.progress.year }),
      value: t("glance.targetValue", { monitored: formatCount(programme.progress.monitored, locale), target: formatCount(programme.progress.target, locale) }),
      href: dashboardHref(view, "programme"),
      note: <>{t("glance.targetShare", { share: formatPercent(programme.progress.share, locale) })}</>,
    },
    {
      key: "coverage", label: t("glance.coverage"),
      value: t("glance.coverageValue", { visited: formatCount(coverage.visited, locale), courts: formatCount(coverage.courts, locale) }),
      href: dashboardHref(view, "coverage"),
      note: <>{formatPercent(coverage.share, locale)}</>,
    },
  ];
  const nowTiles: Tile[] = [
    {
      key: "waiting", label: t("glance.waiting"), value: formatCount(data.pipeline.submittedStale, locale),
      href: pipelineHref({ stage: "submitted", stale: true, region: view.region }), note: null,
    },
    { key: "grave", label: t("glance.graveFindings"), value: formatCount(grave, locale), href: findingsHref({ severity: "GRAVE", region: view.region }), note: null },
    { key: "overdue", label: t("glance.overdue"), value: formatCount(followUp.interventions.overdue, locale), href: interventionsHref("overdue", view.region), note: null },
  ];
  const row = (key: string, heading: string, tiles: Tile[]) => (
    <div className="glance-row" data-testid={`glance-${key}-row`}>
      <h3 className="stat-label">{heading}</h3>
      <ul className="glance-list">
        {tiles.map((tile) => (
          <li key={tile.key} className="card glance-tile" data-testid={`glance-${tile.key}`}>
            <a href={tile.href} className="glance-link">
              <span className="stat-label">{tile.label}</span>
              <span className="stat">{tile.value}</span>
            </a>
            {tile.note ? <span className="small muted">{tile.note}</span> : null}
          </li>
        ))}
      </ul>
    </div>
  );
  return (
    <section aria-labelledby="glance-heading" className="glance">
      <h2 id="glance-heading" className="visually-hidden">{t("glance.title")}</h2>
      {row("period", t("glance.inPeriod", { period: text.period(data.view) }), periodTiles)}
      {row("now", t("glance.now", { today: text.day(data.today) }), nowTiles)}
    </section>
  );
}
