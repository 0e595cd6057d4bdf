import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { FindingForm } from "@/components/findings/finding-form";
import { REVIEWERS } from "@/lib/auth/roles";
import { requireUser } from "@/lib/auth/session";
import { findingEditCandidates } from "@/lib/findings/form-queries";
import { getFinding, standardOptions } from "@/lib/findings/queries";
import { parseRecordId } from "@/lib/hearings/record-id";

export async function generateMetadata() {
  const t = await getTranslations("findings.form");
  return { title: t("editTitle") };
}

export default async function EditFindingPage({ params }: { params: Promise<{ id: string }> }) {
  await requireUser(REVIEWERS);
  const id = parseRecordId((await params).id);
  const finding = id ? await getFinding(id) : null;
  if (!finding) notFound();
  const hearingIds = finding.hearings.map((h) => h.id);
  const [t, standards, candidates] = await Promise.all([
    getTranslations("findings.form"), standardOptions(), findingEditCandidates({ caseId: finding.case?.id ?? null, hearingIds }),
  ]);
  return (
    <>
      <div className="page-header">
        <h1>{t("editTitle")}</h1>
      </div>
      <FindingForm
        standards={standards}
        candidates={candidates}
        suggestedStandardIds={[]}
        editing={{ findingId: finding.id, version: finding.version }}
        defaults={{
          standardId: String(finding.standardId),
          severity: finding.severity,
          title: finding.title,
          description: finding.description,
          hearingIds: hearingIds.map(String),
        }}
      />
    </>
  );
}
