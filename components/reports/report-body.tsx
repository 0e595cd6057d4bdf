import { getTranslations } from "next-intl/server";
import { ratePoint } from "@/lib/reports/chart-data";
import { formatCount } from "@/lib/reports/format";
import { groupLabel, standardLabel } from "@/lib/reports/labels";
import type { ReportData } from "@/lib/reports/report-queries";
import { breakdownTable, focusRows, matrixTable, questionsTable, standardsTable } from "@/lib/reports/tables/compliance-tables";
import { attributeTable } from "@/lib/reports/tables/attribute-table";
import { caseBreakdownTable, caseIndicatorsTable, hearingBreakdownTable, hearingIndicatorsTable, reasonsTable } from "@/lib/reports/tables/indicator-tables";
import { reportTableText } from "@/lib/reports/tables/table-text";
import { CountChart } from "./count-chart";
import { RateChart } from "./rate-chart";
import { ReportSection } from "./report-section";
import { TrendChart } from "./trend-chart";

/**
 * The whole report for one filter: standards, one standard and all standards by the chosen dimension,
 * hearing-level and case-level indicators, and the per-question roll-up. The report builder and the print
 * layout both render it.
 */
export async function ReportBody({ data }: { data: ReportData }) {
  const [t, tx] = await Promise.all([getTranslations("reports"), reportTableText()]);
  const { filter, view, reference } = data;
  const flagMark = t("flags.belowMinimumNShort");
  const chartText = (title: string) => ({
    title,
    summary: t("chart.summary", { title }),
    rateAxis: t("chart.rateAxis"),
    ciLegend: t("chart.ciLegend"),
    flagLegend: t("chart.flagLegend", { minimumN: filter.minimumN }),
    band: t("chart.trendBand"),
  });

  const standards = standardsTable(data, tx);
  const breakdown = breakdownTable(data, tx);
  const focus = focusRows(data).map((row) => ratePoint(groupLabel(row.group, reference, tx.locale, tx.enumLabel), row, tx.locale, flagMark));
  const reasons = reasonsTable(data, tx);
  const adjourned = data.hearings.reasons.filter((r) => r.numerator > 0);

  return (
    <>
      <ReportSection
        table={standards} filter={filter} view={view}
        notes={[t("definitions.ci"), t("definitions.minimumN", { minimumN: filter.minimumN })]}
        chart={<RateChart items={data.standards.map((row) => ratePoint(standardLabel(row.standard, tx.locale), row, tx.locale, flagMark))} text={chartText(standards.title)} />}
      />
      <ReportSection
        table={breakdown} filter={filter} view={view}
        chart={focus.length === 0 ? null : view.by === "month"
          ? <TrendChart points={focus} text={chartText(breakdown.title)} />
          : <RateChart items={focus} text={chartText(breakdown.title)} />}
      />
      <ReportSection table={matrixTable(data, tx)} filter={filter} view={view} />
      <ReportSection table={attributeTable(data, tx)} filter={filter} view={view} />
      <ReportSection table={hearingIndicatorsTable(data, tx)} filter={filter} view={view} />
      <ReportSection
        table={reasons} filter={filter} view={view}
        chart={adjourned.length === 0 ? null : (
          <CountChart
            items={adjourned.map((r) => ({ label: tx.enumLabel("adjournmentReason", r.reason), value: r.numerator, display: formatCount(r.numerator, tx.locale) }))}
            summary={t("chart.summary", { title: reasons.title })} axis={t("chart.countAxis")}
          />
        )}
      />
      <ReportSection table={hearingBreakdownTable(data, tx)} filter={filter} view={view} />
      <ReportSection table={caseIndicatorsTable(data, tx)} filter={filter} view={view} />
      <ReportSection table={caseBreakdownTable(data, tx)} filter={filter} view={view} />
      <ReportSection table={questionsTable(data, tx)} filter={filter} view={view} />
    </>
  );
}
