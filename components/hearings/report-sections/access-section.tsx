"use client";

import { useTranslations } from "next-intl";
import { ProceedingsLanguage } from "@/lib/generated/prisma/enums";
import { isFactVisible, type CaseFacts } from "@/lib/hearings/fact-rules";
import type { HearingFactsInput } from "@/lib/hearings/schema";
import { useEnumChoices } from "../enum-choices";
import { InputFact, SelectFact, YesNoFact } from "../fact-fields";
import { ReportSection } from "./section";

/** Public access, language and interpretation, and the audio or video record. */
export function AccessSection({ facts, kase }: { facts: HearingFactsInput; kase: CaseFacts }) {
  const t = useTranslations("report");
  const choices = useEnumChoices();
  const show = (key: keyof HearingFactsInput) => isFactVisible(key, facts, kase);
  return (
    <ReportSection id="section-access" title={t("sections.access")}>
      <YesNoFact name="facts.announcedPublicly" label={t("facts.announcedPublicly")} hint={t("hints.announcedPublicly")} />
      <YesNoFact name="facts.closedToPublic" label={t("facts.closedToPublic")} />
      {show("publicAdmitted") ? <YesNoFact name="facts.publicAdmitted" label={t("facts.publicAdmitted")} /> : null}
      {show("closureGround") ? <InputFact name="facts.closureGround" label={t("facts.closureGround")} hint={t("hints.closureGround")} max={500} /> : null}
      <div className="form-grid">
        <SelectFact name="facts.language" label={t("facts.language")} choices={choices("proceedingsLanguage", ProceedingsLanguage)} />
      </div>
      <YesNoFact name="facts.interpretationNeeded" label={t("facts.interpretationNeeded")} hint={t("hints.interpretationNeeded")} />
      {show("interpretationProvided") ? <YesNoFact name="facts.interpretationProvided" label={t("facts.interpretationProvided")} /> : null}
      <YesNoFact name="facts.recordingRequired" label={t("facts.recordingRequired")} hint={t("hints.recordingRequired")} />
      {show("audioVideoRecorded") ? <YesNoFact name="facts.audioVideoRecorded" label={t("facts.audioVideoRecorded")} /> : null}
    </ReportSection>
  );
}
