import { getTranslations } from "next-intl/server";
import { InterventionForm } from "@/components/interventions/intervention-form";
import { REVIEWERS } from "@/lib/auth/roles";
import { requireUser } from "@/lib/auth/session";
import { parseRecordId } from "@/lib/hearings/record-id";
import { findingChoices, interventionCourtOptions } from "@/lib/interventions/queries";
import type { RawSearchParams } from "@/lib/search-params";
import { getSettings } from "@/lib/settings/queries";

export async function generateMetadata() {
  const t = await getTranslations("interventions.form");
  return { title: t("newTitle") };
}

/** Recording an intervention, possibly started from a finding (?finding=), which is then chosen. */
export default async function NewInterventionPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  await requireUser(REVIEWERS);
  const query = await searchParams;
  const finding = typeof query.finding === "string" ? parseRecordId(query.finding) : null;
  const [t, courts, findings, settings] = await Promise.all([
    getTranslations("interventions.form"), interventionCourtOptions(false), findingChoices(finding ? [finding] : []), getSettings(),
  ]);
  const chosen = finding && findings.some((f) => f.id === finding) ? [String(finding)] : [];
  return (
    <>
      <div className="page-header">
        <h1>{t("newTitle")}</h1>
      </div>
      <InterventionForm
        courts={courts}
        findings={findings}
        replyDays={settings.interventionReplyDays}
        defaults={{
          institution: "COURT_PRESIDENT", addressee: "", courtId: "", type: "LETTER", title: "", description: "",
          sentAt: "", replyDueAt: "", repliedAt: "", reply: "", outcome: "PENDING", findingIds: chosen,
        }}
      />
    </>
  );
}
