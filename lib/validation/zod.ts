import { array, boolean, coerce, config, email, enum as enumOf, lazy, literal, number, object, preprocess, record, strictObject, string, union, unknown } from "zod";
import type * as zod from "zod";

/**
 * Zod with messages that are translation keys, the same in the browser and on the server: a message is
 * "validation.<key>" with its values as a query string ("validation.tooShort?minimum=12"), turned into
 * words by translateMessage(). Schemas import `z` from here so that this setup is always in place.
 */
config({
  customError: (issue) => {
    const encode = (key: string, values?: Record<string, unknown>) => {
      const query = values ? new URLSearchParams(Object.entries(values).map(([k, v]) => [k, String(v)])).toString() : "";
      return `validation.${key}${query ? `?${query}` : ""}`;
    };
    switch (issue.code) {
      case "invalid_type":
        return issue.input === undefined || issue.input === null ? encode("required") : encode("invalid");
      case "too_small":
        if (issue.origin === "string") return Number(issue.minimum) <= 1 ? encode("required") : encode("tooShort", { minimum: issue.minimum });
        if (issue.origin === "array" || issue.origin === "set") return encode("tooFew", { minimum: issue.minimum });
        return encode("tooSmall", { minimum: issue.minimum });
      case "too_big":
        if (issue.origin === "string") return encode("tooLong", { maximum: issue.maximum });
        if (issue.origin === "array" || issue.origin === "set") return encode("tooMany", { maximum: issue.maximum });
        return encode("tooBig", { maximum: issue.maximum });
      case "invalid_format":
        return issue.format === "email" ? encode("invalidEmail") : encode("invalid");
      case "unrecognized_keys":
        return encode("unknownField");
      default:
        return encode("invalid");
    }
  },
});

/**
 * The parts of zod this app uses, imported by name: the bundler then leaves the rest of zod (its locales,
 * JSON Schema, string formats never used) out of the browser's JavaScript, which `import { z } from "zod"`
 * (one namespace object holding everything) kept in whole. Add a member here when a schema needs it.
 */
export const z = { array, boolean, coerce, config, email, enum: enumOf, lazy, literal, number, object, preprocess, record, strictObject, string, union, unknown };

// eslint-disable-next-line @typescript-eslint/no-namespace -- the types that go with the value above
export declare namespace z {
  export type infer<T> = zod.infer<T>;
  export type input<T> = zod.input<T>;
  export type output<T> = zod.output<T>;
  export type ZodType<O = unknown, I = unknown> = zod.ZodType<O, I>;
  export type RefinementCtx<T = unknown> = zod.RefinementCtx<T>;
}
