import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { dashboardText } from "@/components/dashboard/dashboard-text";
import { MonitorTable } from "@/components/dashboard/monitor-table";
import { READERS } from "@/lib/auth/roles";
import { requireUser } from "@/lib/auth/session";
import { bilingualName } from "@/lib/courts/court-name";
import { loadActivity } from "@/lib/dashboard/activity-data";
import { dashboardHref } from "@/lib/dashboard/links";
import { parseDashboardView } from "@/lib/dashboard/schema";
import { reportReference } from "@/lib/reports/reference-queries";
import type { RawSearchParams } from "@/lib/search-params";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("dashboard.activity");
  return { title: t("pageTitle") };
}

/** The monitors behind the dashboard's activity by region, one by one, for the same view. */
export default async function MonitorsPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  await requireUser(READERS);
  const [reference, text, params] = await Promise.all([reportReference(), dashboardText(), searchParams]);
  const view = parseDashboardView(params, reference.regions.map((r) => r.code));
  const now = new Date();
  const { activity } = await loadActivity(view, reference, now);
  const { t, locale } = text;
  return (
    <div className="dashboard">
      <div className="page-header">
        <div>
          <h1>{t("activity.pageTitle")}</h1>
          <p className="muted">{t("viewSummary", { period: text.period(view), region: text.region(view.region, reference) })}</p>
        </div>
        <a className="button button-secondary" href={dashboardHref(view, "programme")}>{t("list.back")}</a>
      </div>
      <p className="definition">{t("activity.pageIntro")} {t("activity.definition")}</p>
      {activity.map((region) => (
        <section key={region.region.code} className="card" aria-labelledby={`monitors-${region.region.code}-heading`}>
          <h2 id={`monitors-${region.region.code}-heading`}>{t("activity.monitorsOf", { region: bilingualName(region.region, locale) })}</h2>
          <MonitorTable region={region} view={view} text={text} />
        </section>
      ))}
    </div>
  );
}
