import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { ReportBody } from "@/components/reports/report-body";
import { ReportFilterForm } from "@/components/reports/report-filter-form";
import { READERS } from "@/lib/auth/roles";
import { requireUser } from "@/lib/auth/session";
import { maySeeDatasetPersonalData } from "@/lib/reports/export/dataset-access";
import { datasetExportHref, reportHref } from "@/lib/reports/links";
import { reportPageData } from "@/lib/reports/page-data";
import type { RawSearchParams } from "@/lib/search-params";
import { toCourtParts } from "@/lib/time/zone";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("reports");
  return { title: t("title") };
}

export default async function ReportsPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const user = await requireUser(READERS);
  const [data, t, format] = await Promise.all([reportPageData(await searchParams), getTranslations("reports"), getFormatter()]);
  const { filter, view, reference } = data;
  const day = (value: string) => format.dateTime(new Date(`${value}T12:00:00Z`), "long");
  return (
    <>
      <div className="page-header">
        <div>
          <h1>{t("title")}</h1>
          <p className="muted">{t("periodSummary", { from: day(filter.from), to: day(filter.to) })} · {t("approvedOnly")}</p>
        </div>
        <p className="row no-print">
          <a className="button button-secondary" href={reportHref(filter, view, "/reports/print")}>{t("export.printLayout")}</a>
        </p>
      </div>
      <p>{t("intro")}</p>
      <ReportFilterForm filter={filter} reference={reference} view={view} thisYear={toCourtParts(new Date()).year} />
      <section className="card no-print" aria-labelledby="dataset-heading">
        <h2 id="dataset-heading">{t("export.dataset")}</h2>
        <p className="small">{t("export.datasetHint")}</p>
        <p className="small">{maySeeDatasetPersonalData(user) ? t("export.datasetPersonal") : t("export.datasetNoPersonal")}</p>
        <p className="row">
          <a className="button button-small" href={datasetExportHref(filter, "csv")} download>{t("export.dataset")} · {t("export.csv")}</a>
          <a className="button button-small button-secondary" href={datasetExportHref(filter, "xlsx")} download>{t("export.dataset")} · {t("export.xlsx")}</a>
        </p>
      </section>
      <ReportBody data={data} />
    </>
  );
}
