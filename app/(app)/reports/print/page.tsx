import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { FilterSummary } from "@/components/reports/filter-summary";
import { PrintButton } from "@/components/reports/print-button";
import { ReportBody } from "@/components/reports/report-body";
import { READERS } from "@/lib/auth/roles";
import { requireUser } from "@/lib/auth/session";
import { reportHref } from "@/lib/reports/links";
import { reportPageData } from "@/lib/reports/page-data";
import type { RawSearchParams } from "@/lib/search-params";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("reports");
  return { title: t("print.title") };
}

/** The whole report laid out for paper: the browser's "Save as PDF" makes the PDF. */
export default async function ReportPrintPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const user = await requireUser(READERS);
  const [data, t, format] = await Promise.all([reportPageData(await searchParams), getTranslations("reports"), getFormatter()]);
  return (
    <article className="print-layout">
      <div className="page-header">
        <h1>{t("print.title")}</h1>
        <p className="row no-print">
          <a className="button button-secondary" href={reportHref(data.filter, data.view)}>{t("drilldown.back")}</a>
          <PrintButton label={t("export.print")} />
        </p>
      </div>
      <p className="muted small">{t("print.generated", { date: format.dateTime(new Date(), "dateTime"), name: user.name })}</p>
      <section aria-label={t("print.filterTitle")}>
        <FilterSummary filter={data.filter} reference={data.reference} />
      </section>
      <ReportBody data={data} />
    </article>
  );
}
