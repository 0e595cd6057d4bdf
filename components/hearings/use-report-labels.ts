import { useFormatter, useLocale, useTranslations } from "next-intl";
import { fromCourtDateTimeInput } from "@/lib/time/zone";
import type { AnswerValue } from "@/lib/checklists/compliance";
import { localized, type ChecklistQuestionView } from "@/lib/checklists/question-view";
import type { ReportChange } from "@/lib/hearings/report-diff";
import type { FactKey, PersonalKey } from "@/lib/hearings/schema";

/** Which "enums" messages label a fact's values. */
const FACT_ENUMS: Partial<Record<FactKey, string>> = {
  stage: "hearingStage", department: "department", status: "hearingStatus", adjournmentReasons: "adjournmentReason",
  language: "proceedingsLanguage", detentionStatus: "detentionStatus", defenceCounsel: "defenceCounsel",
  judgeGender: "gender", prosecutorGender: "gender", defendantGender: "gender", victimGender: "gender",
  verdict: "verdict", sentenceType: "sentenceType",
};

/**
 * Labels and values of a report in words, the same in the form's conflict panel and the read-only view
 * (works in server and client components).
 */
export function useReportLabels(questions: ChecklistQuestionView[], judges: { id: number; name: string }[]) {
  const t = useTranslations();
  const locale = useLocale();
  const format = useFormatter();
  const translate = t as unknown as (key: string, values?: Record<string, unknown>) => string;
  const question = (code: string) => questions.find((q) => q.code === code);

  const factValue = (key: FactKey, value: unknown): string => {
    if (value === null || value === undefined || value === "" || (Array.isArray(value) && !value.length)) return t("report.notRecorded");
    if (typeof value === "boolean") return value ? t("common.yes") : t("common.no");
    if (key === "scheduledAt" && typeof value === "string") {
      const instant = fromCourtDateTimeInput(value);
      return instant ? format.dateTime(instant, "dateTime") : value;
    }
    if (key === "nextHearingDate" && typeof value === "string") return format.dateTime(new Date(`${value}T12:00:00Z`), "short");
    if (key === "judgeId") return judges.find((j) => j.id === value)?.name ?? String(value);
    const namespace = FACT_ENUMS[key];
    if (namespace) return (Array.isArray(value) ? value : [value]).map((v) => translate(`enums.${namespace}.${v}`)).join(", ");
    if (key === "fineEur") return translate("report.values.eur", { amount: value });
    if (key === "sentenceMonths") return translate("report.values.months", { count: value });
    return String(value);
  };

  const answerValue = (code: string, value: AnswerValue | undefined): string => {
    if (value === null || value === undefined || value === "" || (Array.isArray(value) && !value.length)) return t("checklist.notAnswered");
    const options = question(code)?.options ?? [];
    const label = (v: string) => {
      const option = options.find((o) => o.value === v);
      if (option) return localized(option.label, locale);
      return ["YES", "NO", "NA", "UNCLEAR"].includes(v) ? translate(`enums.yesNo.${v}`) : v;
    };
    return Array.isArray(value) ? value.map(label).join(", ") : typeof value === "string" ? label(value) : String(value);
  };

  const changeLabel = (change: ReportChange): string => {
    if (change.section === "facts") return translate(`report.facts.${change.key}`);
    if (change.section === "personal") return translate(`report.personal.${change.key as PersonalKey}`);
    const q = question(change.key);
    return q ? localized(q.text, locale) : change.key;
  };

  const changeValue = (change: ReportChange, side: "before" | "after"): string => {
    const value = change[side];
    if (change.section === "answers") return answerValue(change.key, value as AnswerValue);
    if (change.section === "personal") return value ? String(value) : t("report.notRecorded");
    return factValue(change.key as FactKey, value);
  };

  return { factValue, answerValue, changeLabel, changeValue, questionText: (code: string) => { const q = question(code); return q ? localized(q.text, locale) : code; } };
}
