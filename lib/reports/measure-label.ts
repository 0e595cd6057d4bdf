import type { Measure } from "./indicators";
import { standardLabel, type EnumLabel } from "./labels";
import type { ReportReference } from "./reference-queries";

/** A drill-down's measure in words: "5. Informed of the charge: non-compliant hearings". */
export function measureLabel(measure: Measure, reference: ReportReference, t: (key: string, values?: Record<string, string | number>) => string, locale: string, enumLabel: EnumLabel): string {
  switch (measure.kind) {
    case "hearings": return t("drilldown.measures.hearings");
    case "cases": return t("drilldown.measures.cases");
    case "verdicts": return t("drilldown.measures.verdicts");
    case "flag":
    case "lateStart": {
      const indicator = t(`indicators.${measure.kind === "flag" ? measure.indicator : "lateStart"}`);
      return t(`drilldown.measures.${measure.part}`, { indicator });
    }
    case "reason": return t("drilldown.measures.reason", { reason: enumLabel("adjournmentReason", measure.reason) });
    case "standard": {
      const standard = reference.standards.find((s) => s.code === measure.standard);
      const name = standard ? standardLabel(standard, locale) : measure.standard;
      const key = { numerator: "standardNumerator", denominator: "standardDenominator", unclear: "standardUnclear" }[measure.part];
      return t(`drilldown.measures.${key}`, { standard: name });
    }
    case "question": {
      const key = { numerator: "questionNumerator", denominator: "questionDenominator", unclear: "questionUnclear" }[measure.part];
      return t(`drilldown.measures.${key}`, { question: measure.question });
    }
  }
}
