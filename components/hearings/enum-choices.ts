"use client";

import { useTranslations } from "next-intl";
import type { Choice } from "./fact-fields";

type EnumNamespace =
  | "hearingStage" | "hearingStatus" | "adjournmentReason" | "proceedingsLanguage" | "detentionStatus" | "defenceCounsel"
  | "gender" | "verdict" | "sentenceType" | "department" | "caseCategory" | "caseSubject";

/** Choices for an enum, labelled from the "enums" messages, in the enum's own order. */
export function useEnumChoices() {
  const t = useTranslations("enums");
  return (namespace: EnumNamespace, values: Record<string, string> | readonly string[]): Choice[] =>
    (Array.isArray(values) ? values : Object.values(values)).map((value) => ({
      value,
      label: (t as unknown as (key: string) => string)(`${namespace}.${value}`),
    }));
}
