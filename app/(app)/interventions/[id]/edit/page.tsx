import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { InterventionForm } from "@/components/interventions/intervention-form";
import { REVIEWERS } from "@/lib/auth/roles";
import { requireUser } from "@/lib/auth/session";
import { parseRecordId } from "@/lib/hearings/record-id";
import { findingChoices, getIntervention, interventionCourtOptions, interventionFormValues } from "@/lib/interventions/queries";
import { getSettings } from "@/lib/settings/queries";

export async function generateMetadata() {
  const t = await getTranslations("interventions.form");
  return { title: t("editTitle") };
}

export default async function EditInterventionPage({ params }: { params: Promise<{ id: string }> }) {
  await requireUser(REVIEWERS);
  const id = parseRecordId((await params).id);
  const intervention = id ? await getIntervention(id) : null;
  if (!intervention) notFound();
  const values = interventionFormValues(intervention);
  const [t, courts, findings, settings] = await Promise.all([
    getTranslations("interventions.form"), interventionCourtOptions(false), findingChoices(values.findingIds.map(Number)), getSettings(),
  ]);
  // A retired court stays choosable for the intervention that already names it.
  const withCurrent = intervention.court && !courts.some((c) => c.id === intervention.court!.id) ? [intervention.court, ...courts] : courts;
  return (
    <>
      <div className="page-header">
        <h1>{t("editTitle")}</h1>
      </div>
      <InterventionForm
        courts={withCurrent}
        findings={findings}
        replyDays={settings.interventionReplyDays}
        defaults={values}
        editing={{ interventionId: intervention.id, version: intervention.version }}
      />
    </>
  );
}
