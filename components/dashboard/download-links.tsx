import { dashboardTableHref, type DashboardView } from "@/lib/dashboard/links";
import type { DashboardTable } from "@/lib/dashboard/tables";
import type { DashboardText } from "./dashboard-text";

/** A dashboard table's downloads; plain anchors (no prefetch) because each download is logged. */
export function DownloadLinks({ view, table, title, text }: { view: DashboardView; table: DashboardTable; title: string; text: DashboardText }) {
  const { t } = text;
  return (
    <p className="row small no-print export-links" data-testid={`download-${table}`}>
      <span className="muted">{t("export.download")}:</span>
      <a href={dashboardTableHref(view, table, "csv")} download aria-label={`${title}: ${t("export.csv")}`}>{t("export.csv")}</a>
      <a href={dashboardTableHref(view, table, "xlsx")} download aria-label={`${title}: ${t("export.xlsx")}`}>{t("export.xlsx")}</a>
    </p>
  );
}
