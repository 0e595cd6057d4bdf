import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { FindingForm } from "@/components/findings/finding-form";
import { REVIEWERS } from "@/lib/auth/roles";
import { requireUser } from "@/lib/auth/session";
import { bilingualName } from "@/lib/courts/court-name";
import { findingFormContext } from "@/lib/findings/form-queries";
import { standardOptions } from "@/lib/findings/queries";
import type { RawSearchParams } from "@/lib/search-params";
import { parseRecordId } from "@/lib/hearings/record-id";

export async function generateMetadata() {
  const t = await getTranslations("findings.form");
  return { title: t("newTitle") };
}

/** Recording a finding, started from a report (?hearing=) or from a case (?case=). */
export default async function NewFindingPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  await requireUser(REVIEWERS);
  const query = await searchParams;
  const hearing = typeof query.hearing === "string" ? parseRecordId(query.hearing) : null;
  const kase = typeof query.case === "string" ? parseRecordId(query.case) : null;
  const [t, locale, context, standards] = await Promise.all([
    getTranslations("findings"), getLocale(), findingFormContext({ hearing: hearing ?? undefined, case: kase ?? undefined }), standardOptions(),
  ]);
  if (!context) {
    if (hearing || kase) notFound();
    return (
      <>
        <h1>{t("form.newTitle")}</h1>
        <p className="alert alert-info">{t("howToRecord")}</p>
        <p><Link href="/review">{t("form.cancel")}</Link></p>
      </>
    );
  }
  const suggested = context.suggestedStandardIds;
  return (
    <>
      <div className="page-header">
        <h1>{t("form.newTitle")}</h1>
      </div>
      {context.kase ? <p className="hint">{t("form.onCase", { caseNumber: context.kase.caseNumber, court: bilingualName(context.kase.court, locale) })}</p> : null}
      <FindingForm
        standards={standards}
        candidates={context.candidates}
        suggestedStandardIds={suggested}
        defaults={{
          standardId: suggested.length === 1 ? String(suggested[0]) : "",
          severity: "SERIOUS",
          title: "",
          description: "",
          hearingIds: context.preselected.map(String),
        }}
      />
    </>
  );
}
