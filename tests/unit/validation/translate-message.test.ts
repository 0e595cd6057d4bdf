import { describe, expect, it } from "vitest";
import { z } from "@/lib/validation/zod";
import { translateMessage } from "@/lib/validation/translate-message";

const t = (key: string, values?: Record<string, string>) => `${key}${values && Object.keys(values).length ? JSON.stringify(values) : ""}`;

describe("validation messages", () => {
  it("zod issues become translation keys with their values", () => {
    const result = z.object({ name: z.string().min(12), age: z.number().max(3), tags: z.array(z.string()).min(2) }).safeParse({ name: "short", age: 9, tags: [] });
    const messages = result.error!.issues.map((i) => translateMessage(t as never, i.message));
    expect(messages).toEqual(['validation.tooShort{"minimum":"12"}', 'validation.tooBig{"maximum":"3"}', 'validation.tooFew{"minimum":"2"}']);
  });

  it("a missing value is 'required', a wrong type 'invalid'", () => {
    const result = z.object({ a: z.string(), b: z.number() }).safeParse({ b: "x" });
    expect(result.error!.issues.map((i) => i.message)).toEqual(["validation.required", "validation.invalid"]);
  });

  it("leaves text that is not a key as it is", () => {
    expect(translateMessage(t as never, "Plain words")).toBe("Plain words");
    expect(translateMessage(t as never, undefined)).toBe("");
  });
});
