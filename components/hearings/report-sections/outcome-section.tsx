"use client";

import { useTranslations } from "next-intl";
import { SentenceType, Verdict } from "@/lib/generated/prisma/enums";
import { isFactVisible, type CaseFacts } from "@/lib/hearings/fact-rules";
import type { HearingFactsInput } from "@/lib/hearings/schema";
import { useEnumChoices } from "../enum-choices";
import { InputFact, SelectFact, YesNoFact } from "../fact-fields";
import { ReportSection } from "./section";

/** The outcome where one was pronounced: verdict, sentence, fine, protection order. */
export function OutcomeSection({ facts, kase }: { facts: HearingFactsInput; kase: CaseFacts }) {
  const t = useTranslations("report");
  const choices = useEnumChoices();
  const show = (key: keyof HearingFactsInput) => isFactVisible(key, facts, kase);
  return (
    <ReportSection id="section-outcome" title={t("sections.outcome")}>
      {show("verdictPronounced") ? <YesNoFact name="facts.verdictPronounced" label={t("facts.verdictPronounced")} /> : <p className="muted">{t("hints.outcomeOnlyHeld")}</p>}
      {show("verdict") ? (
        <div className="form-grid">
          <SelectFact name="facts.verdict" label={t("facts.verdict")} choices={choices("verdict", Verdict)} />
          <SelectFact name="facts.sentenceType" label={t("facts.sentenceType")} choices={choices("sentenceType", SentenceType)} />
          {show("sentenceMonths") ? <InputFact name="facts.sentenceMonths" type="number" label={t("facts.sentenceMonths")} max={1200} /> : null}
          {show("fineEur") ? <InputFact name="facts.fineEur" type="number" label={t("facts.fineEur")} max={10_000_000} /> : null}
        </div>
      ) : null}
      {show("protectionOrder") ? <YesNoFact name="facts.protectionOrder" label={t("facts.protectionOrder")} /> : null}
    </ReportSection>
  );
}
