"use client";

import { useTranslations } from "next-intl";
import { useFormContext } from "react-hook-form";
import { Gender, HearingStage } from "@/lib/generated/prisma/enums";
import type { CourtOption } from "@/lib/hearings/court-option";
import type { HearingReportValues } from "@/lib/hearings/schema";
import { useEnumChoices } from "../enum-choices";
import { InputFact, SelectFact } from "../fact-fields";
import { ReportSection } from "./section";

/** Stage, department, presiding judge and panel, prosecutor. */
export function IdentitySection({ court }: { court: CourtOption }) {
  const t = useTranslations("report");
  const choices = useEnumChoices();
  const { getValues, setValue } = useFormContext<HearingReportValues>();
  const judges = court.judges.map((j) => ({ value: String(j.id), label: j.name }));
  // Choosing a judge fills in the judge's gender from the registry, unless the monitor already recorded it.
  const onJudgeChange = (id: string) => {
    const judge = court.judges.find((j) => String(j.id) === id);
    if (judge && judge.gender !== "UNKNOWN" && !getValues("facts.judgeGender")) setValue("facts.judgeGender", judge.gender, { shouldDirty: true });
  };
  return (
    <ReportSection id="section-identity" title={t("sections.identity")}>
      <div className="form-grid">
        <SelectFact name="facts.stage" label={t("facts.stage")} choices={choices("hearingStage", HearingStage)} />
        <SelectFact name="facts.department" label={t("facts.department")} choices={choices("department", court.departments)} />
        <SelectFact name="facts.judgeId" label={t("facts.judgeId")} hint={judges.length ? undefined : t("hints.noJudges")} choices={judges} numeric onValueChange={onJudgeChange} />
        <SelectFact name="facts.judgeGender" label={t("facts.judgeGender")} choices={choices("gender", Gender)} />
        <InputFact name="facts.panel" label={t("facts.panel")} hint={t("hints.panel")} max={300} />
        <InputFact name="facts.prosecutor" label={t("facts.prosecutor")} max={200} />
        <SelectFact name="facts.prosecutorGender" label={t("facts.prosecutorGender")} choices={choices("gender", Gender)} />
      </div>
    </ReportSection>
  );
}
