"use client";

import { useTranslations } from "next-intl";
import type { ConditionFact, FactValue } from "@/lib/checklists/condition";
import { FACT_DOMAINS } from "@/lib/checklists/editor/fact-domains";

/** Words for a condition's facts and values, in the reader's language. */
export function useFactLabels() {
  const t = useTranslations();
  return {
    fact: (fact: ConditionFact) => t(`adminChecklists.facts.${fact}`),
    value: (fact: ConditionFact, value: FactValue): string => {
      const domain = FACT_DOMAINS[fact];
      if (domain.type === "boolean") return value === true ? t("common.yes") : value === false ? t("common.no") : String(value);
      // The value was checked against the domain on save; an unknown one is shown as it is.
      return domain.values.includes(String(value)) ? t(`enums.${domain.labels}.${String(value)}` as never) : String(value);
    },
  };
}
