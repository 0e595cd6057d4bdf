import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AtAGlance } from "@/components/dashboard/at-a-glance";
import { ConductSection } from "@/components/dashboard/conduct-section";
import { CoverageSection } from "@/components/dashboard/coverage-section";
import { DashboardFilter } from "@/components/dashboard/dashboard-filter";
import { dashboardText } from "@/components/dashboard/dashboard-text";
import { FollowUpSection } from "@/components/dashboard/follow-up-section";
import { PeopleSection } from "@/components/dashboard/people-section";
import { ProgrammeSection } from "@/components/dashboard/programme-section";
import { YearsSection } from "@/components/dashboard/years-section";
import { READERS } from "@/lib/auth/roles";
import { requireUser } from "@/lib/auth/session";
import { loadDashboard } from "@/lib/dashboard/page-data";
import { includesDay } from "@/lib/dashboard/period";
import { parseDashboardView } from "@/lib/dashboard/schema";
import { reportReference } from "@/lib/reports/reference-queries";
import type { RawSearchParams } from "@/lib/search-params";
import { getSettings } from "@/lib/settings/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("dashboard");
  return { title: t("title") };
}

const SECTIONS = [
  ["programme", "programme.title"], ["coverage", "coverage.title"], ["conduct", "conduct.title"], ["years", "years.title"],
  ["people", "gender.title"], ["follow-up", "followUp.title"],
] as const;

export default async function DashboardPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  await requireUser(READERS);
  const [settings, reference, text, params] = await Promise.all([getSettings(), reportReference(), dashboardText(), searchParams]);
  const view = parseDashboardView(params, reference.regions.map((r) => r.code));
  const data = await loadDashboard({ view, reference, settings });
  const { t } = text;
  return (
    <div className="dashboard">
      <div className="page-header">
        <div>
          <h1>{t("title")}</h1>
          <p className="muted" data-testid="dashboard-view">{t("viewSummary", { period: includesDay(view, data.today) ? t("period.toDate", { period: text.period(view) }) : text.period(view), region: text.region(view.region, reference) })}</p>
        </div>
      </div>
      <p className="definition">{t("intro")}</p>
      <DashboardFilter view={view} reference={reference} today={data.today} text={text} />
      <AtAGlance data={data} text={text} />
      <nav aria-label={t("sectionsNav")} className="section-nav no-print">
        <ul>
          {SECTIONS.map(([id, key]) => <li key={id}><a href={`#${id}`}>{t(key)}</a></li>)}
        </ul>
      </nav>
      <ProgrammeSection data={data} text={text} />
      <CoverageSection data={data} text={text} />
      <ConductSection data={data} text={text} />
      <YearsSection data={data} text={text} />
      <PeopleSection data={data} text={text} />
      <FollowUpSection data={data} text={text} />
    </div>
  );
}
