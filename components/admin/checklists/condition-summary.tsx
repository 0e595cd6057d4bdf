"use client";

import { useTranslations } from "next-intl";
import type { Condition } from "@/lib/checklists/condition";
import { useFactLabels } from "./use-fact-labels";

/** A condition in words: "Hearing status is Held and Case category is one of Criminal, Juvenile". */
export function ConditionSummary({ condition }: { condition: Condition | null }) {
  const t = useTranslations("adminChecklists.condition");
  const labels = useFactLabels();

  const describe = (c: Condition, nested: boolean): string => {
    if ("all" in c || "any" in c) {
      const parts = "all" in c ? c.all : c.any;
      const text = parts.map((p) => describe(p, true)).join(` ${"all" in c ? t("and") : t("or")} `);
      return nested && parts.length > 1 ? `(${text})` : text;
    }
    if ("not" in c) {
      const inner = c.not;
      if ("fact" in inner) return comparison(inner, true);
      return `${t("not")} ${describe(inner, true)}`;
    }
    return comparison(c, false);
  };

  const comparison = (c: Extract<Condition, { fact: unknown }>, negated: boolean) => {
    const values = "equals" in c ? [c.equals] : c.in;
    const operator = values.length > 1 ? (negated ? t("isNoneOf") : t("isOneOf")) : negated ? t("isNot") : t("is");
    return `${labels.fact(c.fact)} ${operator} ${values.map((v) => labels.value(c.fact, v)).join(", ")}`;
  };

  return <span>{condition ? describe(condition, false) : t("always")}</span>;
}
