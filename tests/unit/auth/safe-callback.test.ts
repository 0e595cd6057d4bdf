import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "@/lib/auth/safe-callback";

describe("safeCallbackPath", () => {
  it("keeps a path of this site with its query", () => {
    expect(safeCallbackPath("/hearings/12?tab=facts")).toBe("/hearings/12?tab=facts");
    expect(safeCallbackPath(["/reports", "/other"])).toBe("/reports");
  });

  it("refuses anything a browser could resolve to another site", () => {
    for (const attack of ["//evil.example", "/\\evil.example", "/%5Cevil.example", "/%5cevil.example", "https://evil.example", "/\tevil", "evil.example", "/\u0000x"]) {
      expect(safeCallbackPath(attack), attack).toBeNull();
    }
  });

  it("refuses the sign-in page itself and nothing at all", () => {
    expect(safeCallbackPath("/login?callbackUrl=/x")).toBeNull();
    expect(safeCallbackPath(undefined)).toBeNull();
    expect(safeCallbackPath("")).toBeNull();
  });
});
