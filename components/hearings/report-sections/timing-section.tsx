"use client";

import { useTranslations } from "next-intl";
import { AdjournmentReason, HearingStatus } from "@/lib/generated/prisma/enums";
import { isFactVisible, type CaseFacts } from "@/lib/hearings/fact-rules";
import type { HearingFactsInput } from "@/lib/hearings/schema";
import { deriveTiming } from "@/lib/hearings/timing";
import { useEnumChoices } from "../enum-choices";
import { CheckboxesFact, InputFact, RadioFact } from "../fact-fields";
import { ReportSection } from "./section";

/** When it was scheduled and what happened: held, adjourned (and why) or cancelled; delay and duration derived. */
export function TimingSection({ facts, kase }: { facts: HearingFactsInput; kase: CaseFacts }) {
  const t = useTranslations("report");
  const tc = useTranslations("common");
  const choices = useEnumChoices();
  const show = (key: keyof HearingFactsInput) => isFactVisible(key, facts, kase);
  const timing = deriveTiming(facts.scheduledAt, facts.actualStartTime, facts.endTime);
  return (
    <ReportSection id="section-timing" title={t("sections.timing")}>
      <div className="form-grid">
        <InputFact name="facts.scheduledAt" type="datetime-local" label={t("facts.scheduledAt")} />
      </div>
      <RadioFact name="facts.status" label={t("facts.status")} choices={choices("hearingStatus", HearingStatus)} />
      {show("actualStartTime") ? (
        <div className="form-grid">
          <InputFact name="facts.actualStartTime" type="time" label={t("facts.actualStartTime")} hint={t("hints.courtTime")} />
          <InputFact name="facts.endTime" type="time" label={t("facts.endTime")} />
          <p className="derived" aria-live="polite">
            <span>{t("facts.delayMinutes")}: <strong>{timing?.delayMinutes != null ? tc("minutes", { count: timing.delayMinutes }) : "—"}</strong></span>
            <span>{t("facts.durationMinutes")}: <strong>{timing?.durationMinutes != null ? tc("minutes", { count: timing.durationMinutes }) : "—"}</strong></span>
            <span className="hint">{t("hints.derived")}</span>
          </p>
        </div>
      ) : null}
      {show("adjournmentReasons") ? (
        <CheckboxesFact name="facts.adjournmentReasons" label={t("facts.adjournmentReasons")} hint={t("hints.severalReasons")} choices={choices("adjournmentReason", AdjournmentReason)} />
      ) : null}
      {show("nextHearingDate") ? (
        <div className="form-grid">
          <InputFact name="facts.nextHearingDate" type="date" label={t("facts.nextHearingDate")} />
        </div>
      ) : null}
    </ReportSection>
  );
}
