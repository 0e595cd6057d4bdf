import { getTranslations } from "next-intl/server";
import { READERS } from "@/lib/auth/roles";
import { requireUser } from "@/lib/auth/session";
import { hearingsMonitoredThisYear } from "@/lib/dashboard/programme-queries";
import { getSettings } from "@/lib/settings/queries";

export default async function DashboardPage() {
  await requireUser(READERS);
  const [t, monitored, settings] = await Promise.all([getTranslations("dashboard"), hearingsMonitoredThisYear(), getSettings()]);
  return (
    <>
      <div className="page-header">
        <h1>{t("title")}</h1>
      </div>
      <div className="card">
        <div className="stat">{monitored}</div>
        <div className="stat-label">
          {t("monitoredThisYear")} · {t("ofTarget", { target: settings.annualHearingTarget })}
        </div>
      </div>
    </>
  );
}
