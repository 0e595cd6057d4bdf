import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ScheduleHearingForm } from "@/components/hearings/schedule-hearing-form";
import { requireUser } from "@/lib/auth/session";
import { listCourtOptions } from "@/lib/hearings/court-options";
import { nextMorning } from "@/lib/hearings/schedule-defaults";

export async function generateMetadata() {
  const t = await getTranslations("hearings.schedule");
  return { title: t("title") };
}

/** Scheduling a hearing in one of the monitor's courts: the report is created as a draft. */
export default async function ScheduleHearingPage() {
  const user = await requireUser(["MONITOR"]);
  const [t, courts] = await Promise.all([getTranslations(), listCourtOptions(user)]);
  const defaultScheduledAt = nextMorning();
  return (
    <>
      <p className="small"><Link href="/hearings">← {t("nav.myHearings")}</Link></p>
      <div className="page-header">
        <h1>{t("hearings.schedule.title")}</h1>
      </div>
      <p>{t("hearings.schedule.intro")}</p>
      <ScheduleHearingForm courts={courts} defaultScheduledAt={defaultScheduledAt} userId={user.id} />
    </>
  );
}
