import type { GroupBy } from "./filter";

/**
 * Which summary table answers a query. Per-standard and per-question counts are kept four ways: by court
 * and case type together (the full table, largest), by court and case category, by court alone, and by
 * case type alone. A query reads the smallest that holds every dimension it filters or groups on; over
 * ten years that is the difference between scanning 50,000 rows and 450,000.
 */
export type SummaryTier = "full" | "courtCategory" | "court" | "caseType";

export interface TierNeeds {
  /** Some courts or regions are chosen. */
  courtFilter: boolean;
  /** Some case categories are chosen. */
  categoryFilter: boolean;
  /** Some case subjects are chosen. */
  subjectFilter: boolean;
  groupBy: GroupBy;
}

export function summaryTier({ courtFilter, categoryFilter, subjectFilter, groupBy }: TierNeeds): SummaryTier {
  const needsCourt = courtFilter || groupBy === "court" || groupBy === "region";
  const needsSubject = subjectFilter || groupBy === "subject";
  const needsCategory = categoryFilter || groupBy === "category";
  if (needsCourt && needsSubject) return "full";
  if (needsCourt && needsCategory) return "courtCategory";
  if (needsCourt) return "court";
  // Neither, or case type alone: the case-type roll-up is the smallest.
  return "caseType";
}

/** The dimension columns each tier's table has. */
export const TIER_COLUMNS: Record<SummaryTier, { court: boolean; category: boolean; subject: boolean }> = {
  full: { court: true, category: true, subject: true },
  courtCategory: { court: true, category: true, subject: false },
  court: { court: true, category: false, subject: false },
  caseType: { court: false, category: true, subject: true },
};
