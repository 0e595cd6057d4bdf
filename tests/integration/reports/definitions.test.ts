import { createTranslator } from "next-intl";
import { beforeAll, describe, expect, it } from "vitest";
import { complianceByStandard } from "@/lib/reports/compliance-queries";
import { FIGURES } from "@/lib/reports/definitions";
import { defaultFilter } from "@/lib/reports/filter";
import { hearingIndicators } from "@/lib/reports/hearing-indicator-queries";
import { reportReference, type ReportReference } from "@/lib/reports/reference-queries";
import { resolveFilter } from "@/lib/reports/resolve-filter";
import en from "@/lib/i18n/messages/en";
import { CASES, HEARINGS, YEAR_2025 } from "./hand-counted-fixture";
import { buildFixture, publishChecklistVersion2 } from "./report-fixture";

// Each figure is named and defined once (lib/reports/definitions.ts) and the reports, their exports, the
// API docs and the dashboard all read it there. This pins the English wording of what is counted, and
// checks on the hand-counted fixture that the count is what the words say.
const t = createTranslator({ locale: "en-GB", messages: en, namespace: "reports" }) as unknown as (key: string, values?: Record<string, unknown>) => string;
let reference: ReportReference;

beforeAll(async () => {
  await publishChecklistVersion2();
  await buildFixture(CASES, HEARINGS);
  reference = await reportReference();
});

describe("the one wording of each figure", () => {
  it("names what each count counts, in words used on every screen", () => {
    expect(t(FIGURES.hearings.label)).toBe("Hearings monitored");
    expect(t(FIGURES.hearings.definition)).toBe("Approved reports of hearings scheduled in the period (court time), whatever their outcome: held, adjourned and cancelled hearings all count.");
    expect(t(FIGURES.adjourned.definition)).toBe("Of the hearings whose outcome was recorded (held, adjourned or cancelled: cancelled hearings count in the n), those adjourned.");
    expect(t(FIGURES.applicable.label)).toBe("Hearings answered yes or no");
    expect(t(FIGURES.applicable.definition)).toContain("at least one of the standard's questions applied and was answered yes or no");
    expect(t(FIGURES.unclear.label)).toBe("Answered unclear only");
    expect(t(FIGURES.nonCompliant.definition)).toBe("Of the hearings answered yes or no, those where any applicable answer marked non-compliance.");
    expect(t(FIGURES.judgesCovered.definition)).toBe("Of the active judges of the region's courts, those with at least one approved hearing monitored in the period.");
    for (const figure of Object.values(FIGURES)) {
      expect(t(figure.label)).not.toMatch(/^reports\./);
      expect(t(figure.definition, { minutes: 15, minimumN: 10 })).not.toMatch(/^reports\./);
    }
  });
});

describe("each count is what its definition says (hand-counted fixture, 2025)", () => {
  it("hearings monitored and the adjourned share include the cancelled hearing H5", async () => {
    const [all] = await hearingIndicators(await resolveFilter({ ...defaultFilter(10), ...YEAR_2025 }), { groupBy: "standard", lateStartMinutes: 15 }, reference);
    expect(all!.hearings).toBe(11);
    expect([all!.rates.adjourned.numerator, all!.rates.adjourned.denominator]).toEqual([2, 11]);
  });

  it("a standard's n counts the hearings answered yes or no; a hearing answered only 'unclear' (H3 for S07) is apart", async () => {
    const rows = await complianceByStandard(await resolveFilter({ ...defaultFilter(10), ...YEAR_2025 }), "standard", reference);
    const s07 = rows.find((r) => r.standard.code === "S07")!;
    // S07 applied on H1, H2, H3, H6, H7, H8, H9 (7 hearings): H3 answered only "unclear".
    expect({ applicable: s07.applicable, unclear: s07.unclear, nonCompliant: s07.nonCompliant }).toEqual({ applicable: 6, unclear: 1, nonCompliant: 2 });
    expect(s07.rate).toBeCloseTo(2 / 6, 12);
  });
});
