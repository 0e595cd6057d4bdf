import { describe, expect, it } from "vitest";
import { formatMeasure, parseMeasure, rateMeasure, type Measure } from "@/lib/reports/indicators";

describe("drill-down measures", () => {
  const measures: Measure[] = [
    { kind: "hearings" },
    { kind: "cases" },
    { kind: "verdicts" },
    { kind: "flag", indicator: "interpreterPresent", part: "denominator" },
    { kind: "lateStart", part: "numerator" },
    { kind: "reason", reason: "WITNESS_ABSENT" },
    { kind: "standard", standard: "S05", part: "numerator" },
    { kind: "standard", standard: "S12", part: "unclear" },
    { kind: "question", question: "LANG_INTERPRETER_PRESENT", part: "denominator" },
  ];

  it.each(measures.map((m) => [formatMeasure(m), m]))("%s reads back as written", (text, measure) => {
    expect(parseMeasure(text)).toEqual(measure);
  });

  it("names late starts and flags alike through rateMeasure", () => {
    expect(formatMeasure(rateMeasure("lateStart", "denominator"))).toBe("lateStart.denominator");
    expect(formatMeasure(rateMeasure("withoutCounsel", "numerator"))).toBe("flag.withoutCounsel.numerator");
  });

  it.each(["", "flag.nope.numerator", "flag.adjourned", "standard.5.numerator", "reason.LATE", "hearings.extra", "question.bad code.numerator", "standard.S01.numerator.x"])(
    "refuses %j",
    (text) => {
      expect(parseMeasure(text)).toBeNull();
    },
  );
});
