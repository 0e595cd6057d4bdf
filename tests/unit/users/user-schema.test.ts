import { describe, expect, it } from "vitest";
import { createUserSchema, updateUserSchema } from "@/lib/users/schema";

describe("user schemas", () => {
  it("normalises the e-mail and reads a region id from a select's string", () => {
    const parsed = createUserSchema.parse({ email: "  New.Monitor@Mission.Example ", name: " Dren ", role: "MONITOR", regionId: "3", locale: "sq" });
    expect(parsed).toEqual({ email: "new.monitor@mission.example", name: "Dren", role: "MONITOR", regionId: 3, locale: "sq" });
  });

  it("requires a region for a monitor", () => {
    const result = createUserSchema.safeParse({ email: "m@x.example", name: "M", role: "MONITOR", regionId: "", locale: "en" });
    expect(result.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["regionId", "validation.regionRequired"]]);
  });

  it("drops the region of the roles that see every region", () => {
    expect(updateUserSchema.parse({ userId: 4, name: "A", role: "ANALYST", regionId: 2, locale: "en" }).regionId).toBeNull();
  });

  it("refuses unknown roles, languages and fields", () => {
    expect(createUserSchema.safeParse({ email: "m@x.example", name: "M", role: "ROOT", regionId: null, locale: "en" }).success).toBe(false);
    expect(createUserSchema.safeParse({ email: "m@x.example", name: "M", role: "ANALYST", regionId: null, locale: "de" }).success).toBe(false);
    expect(createUserSchema.safeParse({ email: "m@x.example", name: "M", role: "ANALYST", regionId: null, locale: "en", passwordHash: "x" }).success).toBe(false);
  });
});
