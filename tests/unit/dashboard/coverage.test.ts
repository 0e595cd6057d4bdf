import { describe, expect, it } from "vitest";
import { coverageBand, coverageByRegion, coverageTotals } from "@/lib/dashboard/coverage";
import { regionGridPlaces } from "@/lib/dashboard/region-layout";
import type { ReportReference } from "@/lib/reports/reference-queries";

const reference: ReportReference = {
  standards: [],
  regions: [
    { id: 1, code: "PEJE", nameSq: "Pejë", nameSr: "Peć" },
    { id: 2, code: "PRIZREN", nameSq: "Prizren", nameSr: "Prizren" },
    { id: 3, code: "NEW", nameSq: "E re", nameSr: "Nova" },
  ],
  courts: [
    { id: 10, code: "BC-PEJE", nameSq: "", nameSr: "", regionId: 1, retired: false },
    { id: 11, code: "BR-ISTOG", nameSq: "", nameSr: "", regionId: 1, retired: false },
    { id: 12, code: "BR-KLINE", nameSq: "", nameSr: "", regionId: 1, retired: false },
    { id: 13, code: "BR-OLD", nameSq: "", nameSr: "", regionId: 1, retired: true },
    { id: 20, code: "BC-PRIZREN", nameSq: "", nameSr: "", regionId: 2, retired: false },
    { id: 21, code: "BR-GONE", nameSq: "", nameSr: "", regionId: 2, retired: true },
  ],
};

describe("coverageByRegion", () => {
  it("lists every sitting court with its hearings, and a retired one only where hearings were monitored", () => {
    const coverage = coverageByRegion(reference, new Map([["BC-PEJE", 7], ["BR-KLINE", 1], ["BR-GONE", 2]]));
    expect(coverage.map((r) => [r.region.code, r.courts.map((c) => [c.court.code, c.hearings]), r.visited, r.share, r.hearings])).toEqual([
      ["PEJE", [["BC-PEJE", 7], ["BR-ISTOG", 0], ["BR-KLINE", 1]], 2, 2 / 3, 8],
      ["PRIZREN", [["BC-PRIZREN", 0], ["BR-GONE", 2]], 1, 0.5, 2],
      ["NEW", [], 0, null, 0],
    ]);
    expect(coverageTotals(coverage)).toEqual({ courts: 5, visited: 3, share: 0.6, hearings: 10 });
  });
});

describe("coverageBand", () => {
  it("puts shares in five equal bands", () => {
    expect([0, 0.19, 0.2, 0.5, 0.79, 0.8, 1].map(coverageBand)).toEqual([0, 0, 1, 2, 3, 4, 4]);
    expect(coverageBand(null)).toBeNull();
  });
});

describe("regionGridPlaces", () => {
  it("places the five offices on the map's grid and any other region below", () => {
    const places = regionGridPlaces(["GJILAN", "MITROVICE", "NEW", "PEJE", "PRISHTINE", "PRIZREN", "OTHER"]);
    expect(places.get("MITROVICE")).toEqual({ column: 2, row: 1 });
    expect(places.get("PRISHTINE")).toEqual({ column: 2, row: 2 });
    expect(places.get("NEW")).toEqual({ column: 1, row: 4 });
    expect(places.get("OTHER")).toEqual({ column: 2, row: 4 });
  });
});
