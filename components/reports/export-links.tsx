import { getTranslations } from "next-intl/server";
import type { ReportFilter } from "@/lib/reports/filter";
import { tableExportHref, type ReportTable, type TableView } from "@/lib/reports/links";

/** Download links for one report table; plain anchors (no prefetch) because each download is logged. */
export async function ExportLinks({ filter, table, title, view }: { filter: ReportFilter; table: ReportTable; title: string; view: TableView }) {
  const t = await getTranslations("reports");
  return (
    <p className="row small no-print export-links">
      <span className="muted">{t("export.label")}:</span>
      <a href={tableExportHref(filter, table, "csv", view)} download aria-label={t("export.tableCsv", { table: title })}>{t("export.csv")}</a>
      <a href={tableExportHref(filter, table, "xlsx", view)} download aria-label={t("export.tableXlsx", { table: title })}>{t("export.xlsx")}</a>
    </p>
  );
}
