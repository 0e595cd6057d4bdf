import {
  CaseCategory, CaseSubject, DefenceCounsel, DetentionStatus, HearingStage, HearingStatus,
} from "@/lib/generated/prisma/enums";
import type { ConditionFact } from "../condition";

/**
 * The values each hearing fact can take, so that the condition editor offers them and the server refuses
 * a condition that could never hold ("stage is HELD"). `labels` names the enums namespace of their words.
 */
export type FactDomain =
  | { type: "boolean" }
  | { type: "choice"; values: readonly string[]; labels: "hearingStatus" | "hearingStage" | "caseCategory" | "caseSubject" | "detentionStatus" | "defenceCounsel" };

const choice = <L extends Extract<FactDomain, { type: "choice" }>["labels"]>(values: Record<string, string>, labels: L) =>
  ({ type: "choice", values: Object.values(values), labels }) as const;

export const FACT_DOMAINS: Record<ConditionFact, FactDomain> = {
  status: choice(HearingStatus, "hearingStatus"),
  stage: choice(HearingStage, "hearingStage"),
  caseCategory: choice(CaseCategory, "caseCategory"),
  caseSubject: choice(CaseSubject, "caseSubject"),
  closedToPublic: { type: "boolean" },
  interpretationNeeded: { type: "boolean" },
  defendantsPresent: { type: "boolean" },
  detentionStatus: choice(DetentionStatus, "detentionStatus"),
  defenceCounsel: choice(DefenceCounsel, "defenceCounsel"),
  victimInvolved: { type: "boolean" },
  juvenileInvolved: { type: "boolean" },
  verdictPronounced: { type: "boolean" },
  protectionOrder: { type: "boolean" },
};

export function isValidFactValue(fact: ConditionFact, value: unknown): boolean {
  const domain = FACT_DOMAINS[fact];
  return domain.type === "boolean" ? typeof value === "boolean" : typeof value === "string" && domain.values.includes(value);
}
