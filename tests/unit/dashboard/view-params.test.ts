import { describe, expect, it } from "vitest";
import { dashboardHref, findingsHref, interventionsHref } from "@/lib/dashboard/links";
import { parsePipelineQuery, pipelineHref } from "@/lib/dashboard/pipeline";
import { parseDashboardView } from "@/lib/dashboard/schema";

const REGIONS = ["PEJE", "PRIZREN"];
const NOW = new Date("2026-05-20T10:00:00Z");

describe("parseDashboardView", () => {
  it("reads the period and the region, and defaults to the current year and every region", () => {
    expect(parseDashboardView({ from: "2026-04-01", to: "2026-04-30", region: "PEJE" }, REGIONS, NOW)).toEqual({ from: "2026-04-01", to: "2026-04-30", region: "PEJE" });
    expect(parseDashboardView({}, REGIONS, NOW)).toEqual({ from: "2026-01-01", to: "2026-12-31", region: undefined });
  });

  it("falls back on a bad day or an unknown region, and turns an inverted period round", () => {
    expect(parseDashboardView({ from: "2026-02-30", to: "x", region: "MARS" }, REGIONS, NOW)).toEqual({ from: "2026-01-01", to: "2026-12-31", region: undefined });
    expect(parseDashboardView({ from: "2026-03-31", to: "2026-03-01" }, REGIONS, NOW)).toEqual({ from: "2026-03-01", to: "2026-03-31", region: undefined });
    expect(parseDashboardView({ from: ["2026-03-01", "2020-01-01"], to: "2026-03-31", region: ["PRIZREN"] }, REGIONS, NOW).region).toBe("PRIZREN");
  });

  it("is what dashboardHref writes", () => {
    const view = { from: "2026-04-01", to: "2026-06-30", region: "PRIZREN" };
    const href = dashboardHref(view, "coverage");
    expect(href).toBe("/dashboard?from=2026-04-01&to=2026-06-30&region=PRIZREN#coverage");
    const params = Object.fromEntries(new URLSearchParams(href.slice("/dashboard?".length, href.indexOf("#"))));
    expect(parseDashboardView(params, REGIONS, NOW)).toEqual(view);
  });
});

describe("pipeline list parameters", () => {
  it("round-trip through the list's link", () => {
    const query = { stage: "draft" as const, stale: true, region: "PEJE", monitorId: 12, from: "2026-01-01", to: "2026-03-31" };
    const href = pipelineHref(query);
    expect(href).toBe("/dashboard/pipeline?stage=draft&stale=1&region=PEJE&monitor=12&from=2026-01-01&to=2026-03-31");
    const parsed = parsePipelineQuery(Object.fromEntries(new URLSearchParams(href.split("?")[1])));
    expect(parsed.query).toEqual(query);
    expect(parsed.page).toEqual({ page: 1, size: 25 });
  });

  it("fall back on bad values, and ignore staleness where a stage cannot age", () => {
    expect(parsePipelineQuery({ stage: "lost", stale: "yes", monitor: "-3", from: "2026-13-01", page: "0" })).toEqual({
      query: { stage: "submitted", stale: false, region: undefined, monitorId: undefined, from: undefined, to: undefined },
      page: { page: 1, size: 25 },
    });
    expect(parsePipelineQuery({ stage: "approved", stale: "1" }).query.stale).toBe(false);
    expect(parsePipelineQuery({ stage: "upcoming", stale: "1" }).query.stale).toBe(false);
  });
});

describe("links to the analysts' lists", () => {
  it("name the open findings of a severity and standard, and the interventions awaiting a reply or overdue", () => {
    expect(findingsHref({ severity: "GRAVE", standard: "S05", region: "PEJE" })).toBe("/findings?status=OPEN&severity=GRAVE&standard=S05&region=PEJE");
    expect(findingsHref({})).toBe("/findings?status=OPEN");
    expect(interventionsHref("overdue")).toBe("/interventions?overdue=1");
    expect(interventionsHref("awaiting", "PRIZREN")).toBe("/interventions?awaiting=1&region=PRIZREN");
  });
});
