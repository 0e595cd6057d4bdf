import { Gender } from "@/lib/generated/prisma/enums";

/**
 * Each published figure's name and definition, once: keys of the reports' messages, which the report
 * builder's tables, their CSV and Excel exports, the API documentation (docs/reports.md) and the manager's
 * dashboard all use, so a figure is called and defined the same on every screen. A figure is only ever
 * labelled through this table (tests/integration/reports/definitions.test.ts pins the English text).
 */
export const FIGURES = {
  hearings: { label: "indicators.hearings", definition: "definitions.hearings" },
  adjourned: { label: "indicators.adjourned", definition: "definitions.adjourned" },
  lateStart: { label: "indicators.lateStart", definition: "definitions.lateStart" },
  meanDelay: { label: "indicators.meanDelay", definition: "definitions.meanDelay" },
  heldInPublic: { label: "indicators.heldInPublic", definition: "definitions.heldInPublic" },
  announced: { label: "indicators.announced", definition: "definitions.announced" },
  recorded: { label: "indicators.recorded", definition: "definitions.recorded" },
  interpreterPresent: { label: "indicators.interpreterPresent", definition: "definitions.interpreterPresent" },
  withoutCounsel: { label: "indicators.withoutCounsel", definition: "definitions.withoutCounsel" },
  reasons: { label: "sections.reasons", definition: "definitions.reasons" },
  standardRate: { label: "columns.rate", definition: "definitions.standardRate" },
  applicable: { label: "columns.applicable", definition: "definitions.applicable" },
  nonCompliant: { label: "columns.nonCompliant", definition: "definitions.nonCompliant" },
  unclear: { label: "columns.unclear", definition: "definitions.unclear" },
  ci: { label: "columns.ci", definition: "definitions.ci" },
  judgesCovered: { label: "columns.judgesCovered", definition: "definitions.judgesCovered" },
} as const;
export type Figure = keyof typeof FIGURES;

/** The message keys of a figure's name and definition, for a translator of the reports namespace. */
export function figureKeys(figure: Figure): { label: string; definition: string } {
  return FIGURES[figure];
}

/**
 * A party's gender "unknown" is the monitor saying it was not recorded: the hearing is in no gender group,
 * so it is neither a share nor in the n ("where the party's gender was recorded") of the reports' breakdown
 * by gender or the dashboard's hearings by gender. One rule for both screens, applied where the values are
 * written (report_dimension_values, migration report_dimensions) and where they are read (dimensions.ts).
 */
export const NOT_RECORDED_GENDER = Gender.UNKNOWN;
