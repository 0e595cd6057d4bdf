"use client";

import { useTranslations } from "next-intl";
import { DefenceCounsel, DetentionStatus, Gender } from "@/lib/generated/prisma/enums";
import { isFactVisible, isPersonalVisible, type CaseFacts } from "@/lib/hearings/fact-rules";
import type { HearingFactsInput, PersonalKey } from "@/lib/hearings/schema";
import { useEnumChoices } from "../enum-choices";
import { InputFact, RadioFact, SelectFact, YesNoFact } from "../fact-fields";
import { ReportSection } from "./section";

/**
 * Defendants, detention, counsel, victims and juveniles; and the people's names, kept apart and minimal
 * (left out for a reviewer whose role may not see them).
 */
export function PartiesSection({ facts, kase, showNames = true }: { facts: HearingFactsInput; kase: CaseFacts; showNames?: boolean }) {
  const t = useTranslations("report");
  const choices = useEnumChoices();
  const show = (key: keyof HearingFactsInput) => isFactVisible(key, facts, kase);
  const showName = (key: PersonalKey) => isPersonalVisible(key, facts, kase);
  return (
    <ReportSection id="section-parties" title={t("sections.parties")}>
      <div className="form-grid">
        <InputFact name="facts.defendantCount" type="number" label={t("facts.defendantCount")} max={200} />
        <SelectFact name="facts.defendantGender" label={t("facts.defendantGender")} choices={choices("gender", Gender)} />
      </div>
      <YesNoFact name="facts.defendantsPresent" label={t("facts.defendantsPresent")} />
      <RadioFact name="facts.detentionStatus" label={t("facts.detentionStatus")} choices={choices("detentionStatus", DetentionStatus)} />
      <RadioFact name="facts.defenceCounsel" label={t("facts.defenceCounsel")} choices={choices("defenceCounsel", DefenceCounsel)} />
      <YesNoFact name="facts.victimInvolved" label={t("facts.victimInvolved")} />
      {show("victimPresent") ? <YesNoFact name="facts.victimPresent" label={t("facts.victimPresent")} /> : null}
      {show("victimRepresented") ? <YesNoFact name="facts.victimRepresented" label={t("facts.victimRepresented")} /> : null}
      {show("victimGender") ? (
        <div className="form-grid">
          <SelectFact name="facts.victimGender" label={t("facts.victimGender")} choices={choices("gender", Gender)} />
        </div>
      ) : null}
      <YesNoFact name="facts.juvenileInvolved" label={t("facts.juvenileInvolved")} />

      {showNames ? (
        <fieldset className="personal-data">
          <legend>{t("sections.names")}</legend>
          <p className="hint" id="names-hint">{t("hints.names")}</p>
          <div className="form-grid">
            <InputFact name="personal.defendantNames" label={t("personal.defendantNames")} max={500} />
            {showName("victimNames") ? <InputFact name="personal.victimNames" label={t("personal.victimNames")} max={500} /> : null}
            <InputFact name="personal.witnessNames" label={t("personal.witnessNames")} max={500} />
            {showName("juvenileDetails") ? <InputFact name="personal.juvenileDetails" label={t("personal.juvenileDetails")} hint={t("hints.juvenileDetails")} max={500} /> : null}
          </div>
        </fieldset>
      ) : null}
    </ReportSection>
  );
}
