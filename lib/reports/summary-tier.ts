import type { GroupBy } from "./filter";

/**
 * Which summary table answers a query. Per-standard and per-question counts are kept three ways: by court
 * and case type together (the full table, largest), by court alone and by case type alone. A query reads
 * the smallest that holds every dimension it filters or groups on; over ten years that is the difference
 * between scanning 50,000 rows and 450,000.
 */
export type SummaryTier = "full" | "court" | "caseType";

export interface TierNeeds {
  /** Some courts or regions are chosen. */
  courtFilter: boolean;
  /** Some case categories or subjects are chosen. */
  caseTypeFilter: boolean;
  groupBy: GroupBy;
}

export function summaryTier({ courtFilter, caseTypeFilter, groupBy }: TierNeeds): SummaryTier {
  const needsCourt = courtFilter || groupBy === "court" || groupBy === "region";
  const needsCaseType = caseTypeFilter || groupBy === "subject" || groupBy === "category";
  if (needsCourt && needsCaseType) return "full";
  if (needsCourt) return "court";
  // Neither: the case-type roll-up is the smaller of the two.
  return "caseType";
}
