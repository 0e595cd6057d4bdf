import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReportFilter } from "@/lib/reports/filter";
import { formatCount, formatDecimal, formatInterval, formatPercent, NO_VALUE } from "@/lib/reports/format";
import { drilldownHref } from "@/lib/reports/links";
import type { Cell, TableModel } from "@/lib/reports/tables/table-model";

/**
 * A report table on screen: every count is a link to the hearings behind it, rates below the minimum n
 * carry the ‡ mark (a symbol, not a colour) and no rank. The same TableModel is what the exports write.
 */
export async function ReportTable({ table, filter, caption = true }: { table: TableModel; filter: ReportFilter; caption?: boolean }) {
  const [t, locale] = await Promise.all([getTranslations("reports"), getLocale()]);
  const flag = <abbr className="flag" title={t("flags.belowMinimumN", { minimumN: filter.minimumN })}>{t("flags.belowMinimumNShort")}</abbr>;

  const countLink = (cell: Cell & { kind: "count" }) => {
    const shown = formatCount(cell.value, locale);
    if (!cell.drill) return shown;
    const label = cell.drill.measure.kind === "cases" || cell.drill.measure.kind === "verdicts"
      ? t("links.listCases", { count: cell.value }) : t("links.listHearings", { count: cell.value });
    return <Link href={drilldownHref(filter, cell.drill.group, cell.drill.measure)} aria-label={label} prefetch={false}>{shown}</Link>;
  };

  const render = (cell: Cell) => {
    switch (cell.kind) {
      case "text": return cell.value;
      case "count": return countLink(cell);
      case "rate": return <>{formatPercent(cell.value, locale)}{cell.flagged && cell.value !== null ? <> {flag}</> : null}</>;
      case "interval": return formatInterval(cell.low, cell.high, locale);
      case "decimal": return formatDecimal(cell.value, locale, cell.digits);
      case "rank": return cell.value ?? (cell.flagged ? <span className="muted small">{t("flags.notRanked")}</span> : NO_VALUE);
      case "ratio": return (
        <span className="ratio">
          <span>{formatPercent(cell.rate, locale)}{cell.flagged && cell.rate !== null ? <> {flag}</> : null}</span>
          <span className="muted small"> ({countLink(cell.numerator)}/{countLink(cell.denominator)})</span>
        </span>
      );
    }
  };

  return (
    <div className="table-wrap">
      <table className="report-table" id={`table-${table.id}`}>
        {caption ? <caption className="visually-hidden">{table.title}</caption> : null}
        <thead>
          <tr>
            {table.columns.map((c, i) => <th key={c.key} scope="col" className={c.numeric && i > 0 ? "num" : undefined}>{c.label}</th>)}
          </tr>
        </thead>
        <tbody>
          {table.rows.length === 0 ? (
            <tr><td colSpan={table.columns.length} className="muted">{t("flags.noHearings")}</td></tr>
          ) : table.rows.map((row, r) => (
            <tr key={r}>
              {row.map((cell, c) => c === 0
                ? <th key={c} scope="row">{render(cell)}</th>
                : <td key={c} className={table.columns[c]?.numeric ? "num" : table.columns[c]?.key === "definition" ? "definition-cell" : undefined}>{render(cell)}</td>)}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
