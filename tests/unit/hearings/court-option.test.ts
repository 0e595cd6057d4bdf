import { describe, expect, it } from "vitest";
import { filterCourts, foldForSearch } from "@/lib/hearings/court-option";

const courts = [
  { id: 1, nameSq: "Gjykata Themelore Pejë", nameSr: "Osnovni sud Peć" },
  { id: 2, nameSq: "Gjykata Themelore Gjakovë", nameSr: "Osnovni sud Đakovica" },
  { id: 3, nameSq: "Dega Lipjan (GjTh Prishtinë)", nameSr: "Odeljenje Lipljan (OS Priština)" },
];

describe("finding a court by either name", () => {
  it("ignores case and diacritics in both languages", () => {
    expect(foldForSearch("Đakovica Peć Gjakovë")).toBe("dakovica pec gjakove");
    expect(filterCourts(courts, "pec").map((c) => c.id)).toEqual([1]);
    expect(filterCourts(courts, "DJAKOVICA").map((c) => c.id)).toEqual([]);
    expect(filterCourts(courts, "dakovica").map((c) => c.id)).toEqual([2]);
    expect(filterCourts(courts, "lipljan").map((c) => c.id)).toEqual([3]);
  });

  it("needs every word, and an empty query keeps all", () => {
    expect(filterCourts(courts, "osnovni pec").map((c) => c.id)).toEqual([1]);
    expect(filterCourts(courts, "  ")).toHaveLength(3);
  });
});
