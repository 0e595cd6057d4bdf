import { describe, expect, it } from "vitest";
import { conditionSchema } from "@/lib/checklists/condition";
import { CHECKLIST_V1 } from "@/prisma/reference/checklist-v1";
import { STANDARDS } from "@/prisma/reference/standards";

describe("checklist version 1", () => {
  it("has unique codes, valid conditions and texts in three languages", () => {
    const codes = CHECKLIST_V1.map((q) => q.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const q of CHECKLIST_V1) {
      if (q.condition) expect(conditionSchema.safeParse(q.condition).success, q.code).toBe(true);
      expect(q.en && q.sq && q.sr, q.code).toBeTruthy();
      expect(Boolean(q.helpEn) === Boolean(q.helpSq) && Boolean(q.helpSq) === Boolean(q.helpSr), q.code).toBe(true);
    }
  });

  it("measures each of the fifteen standards", () => {
    expect(new Set(CHECKLIST_V1.map((q) => q.standard))).toEqual(new Set(STANDARDS.map((s) => s.number)));
  });
});
