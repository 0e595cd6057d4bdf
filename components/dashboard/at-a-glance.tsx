import { coverageTotals } from "@/lib/dashboard/coverage";
import { dashboardHref, findingsHref, interventionsHref } from "@/lib/dashboard/links";
import type { DashboardData } from "@/lib/dashboard/page-data";
import { pipelineHref } from "@/lib/dashboard/pipeline";
import { WHOLE } from "@/lib/reports/groups";
import { formatCount, formatPercent } from "@/lib/reports/format";
import { drilldownHref } from "@/lib/reports/links";
import type { DashboardText } from "./dashboard-text";
import { ValueChange } from "./figures";

/** The few figures a manager reads first, each a link to where it comes from. */
export function AtAGlance({ data, text }: { data: DashboardData; text: DashboardText }) {
  const { t, locale } = text;
  const { view, conduct, programme, followUp } = data;
  const coverage = coverageTotals(view.region ? data.coverage.filter((r) => r.region.code === view.region) : data.coverage);
  const grave = followUp.findings.filter((f) => f.severity === "GRAVE").reduce((sum, f) => sum + f.findings, 0);
  const tiles = [
    {
      key: "hearings", label: t("glance.hearings"), value: formatCount(conduct.hearings.current ?? 0, locale),
      href: drilldownHref(data.filter, WHOLE, { kind: "hearings" }),
      note: <><ValueChange trend={conduct.hearings} text={text} /> {t("period.comparedWith", { previous: text.period(data.previous) })}</>,
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
    {
      key: "waiting", label: t("glance.waiting"), value: formatCount(data.pipeline.submittedStale, locale),
      href: pipelineHref({ stage: "submitted", stale: true, region: view.region }), note: null,
    },
    { key: "grave", label: t("glance.graveFindings"), value: formatCount(grave, locale), href: findingsHref({ severity: "GRAVE", region: view.region }), note: null },
    { key: "overdue", label: t("glance.overdue"), value: formatCount(followUp.interventions.overdue, locale), href: interventionsHref("overdue", view.region), note: null },
  ];
  return (
    <section aria-labelledby="glance-heading" className="glance">
      <h2 id="glance-heading" className="visually-hidden">{t("glance.title")}</h2>
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
    </section>
  );
}
