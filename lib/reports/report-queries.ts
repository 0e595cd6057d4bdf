import "server-only";
import { caseIndicators, type CaseIndicators } from "./case-indicator-queries";
import { complianceByQuestion, complianceByStandard, questionCatalogue, type ComplianceRow, type QuestionInfo, type QuestionRow } from "./compliance-queries";
import { complianceByDimension, type DimensionBreakdown } from "./dimension-queries";
import { hearingIndicators, type HearingIndicators } from "./hearing-indicator-queries";
import type { TableView } from "./links";
import type { ReportReference } from "./reference-queries";
import type { ResolvedFilter } from "./resolve-filter";

/** Everything the report builder and its print layout show for one filter, loaded in parallel. */
export interface ReportData {
  filter: ResolvedFilter;
  view: TableView;
  reference: ReportReference;
  lateStartMinutes: number;
  standards: ComplianceRow[];
  /** Every standard of the filter by the view's dimension (the matrix; the focus standard's rows are the breakdown). */
  breakdown: ComplianceRow[];
  hearings: HearingIndicators;
  hearingsBreakdown: HearingIndicators[];
  cases: CaseIndicators;
  casesBreakdown: CaseIndicators[];
  questions: QuestionRow[];
  catalogue: QuestionInfo[];
  /** Every standard of the filter by the view's hearing attribute; null when not asked for. */
  attribute: DimensionBreakdown | null;
}

export type ReportSection = "standards" | "breakdown" | "hearings" | "cases" | "questions" | "attribute";
const ALL_SECTIONS: ReportSection[] = ["standards", "breakdown", "hearings", "cases", "questions", "attribute"];

/**
 * Loads the report. `sections` limits the work to what a caller needs (an export of one table); the
 * sections left out come back empty.
 */
export async function loadReport(
  filter: ResolvedFilter,
  view: TableView,
  reference: ReportReference,
  { lateStartMinutes, sections = ALL_SECTIONS }: { lateStartMinutes: number; sections?: ReportSection[] },
): Promise<ReportData> {
  const want = (s: ReportSection) => sections.includes(s);
  const none = Promise.resolve([] as never[]);
  const [standards, breakdown, hearings, hearingsBreakdown, cases, casesBreakdown, questions, catalogue, attribute] = await Promise.all([
    want("standards") ? complianceByStandard(filter, "standard", reference) : none,
    want("breakdown") ? complianceByStandard(filter, view.by, reference) : none,
    want("hearings") ? hearingIndicators(filter, { groupBy: "standard", lateStartMinutes }, reference) : none,
    want("hearings") ? hearingIndicators(filter, { groupBy: view.by, lateStartMinutes }, reference) : none,
    want("cases") ? caseIndicators(filter, "standard", reference) : none,
    want("cases") ? caseIndicators(filter, view.by, reference) : none,
    want("questions") ? complianceByQuestion(filter, "standard", reference) : none,
    want("questions") ? questionCatalogue() : none,
    want("attribute") ? complianceByDimension(filter, view.attribute, reference) : null,
  ]);
  return {
    filter, view, reference, lateStartMinutes, standards, breakdown,
    hearings: hearings[0]!, hearingsBreakdown, cases: cases[0]!, casesBreakdown, questions, catalogue, attribute,
  };
}
