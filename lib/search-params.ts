import type { z } from "zod";

export type RawSearchParams = Record<string, string | string[] | undefined>;

/**
 * Reads a page's query string with a zod schema (use z.coerce and .catch() for lenient filters). Repeated
 * keys (?court=1&court=2) arrive as arrays. Bad values fall back to the schema's defaults rather than failing
 * the page: a filter in a shared link must not break it.
 */
export function parseSearchParams<S extends z.ZodType>(schema: S, params: RawSearchParams): z.output<S> {
  const result = schema.safeParse(params);
  if (result.success) return result.data;
  return schema.parse({}) as z.output<S>;
}

/** A query string from filter values, leaving out empty ones; for links that keep the current filters. */
export function toQueryString(values: Record<string, string | number | boolean | (string | number)[] | null | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) {
    if (value === null || value === undefined || value === "" || value === false) continue;
    if (Array.isArray(value)) value.forEach((v) => search.append(key, String(v)));
    else search.set(key, String(value));
  }
  const query = search.toString();
  return query ? `?${query}` : "";
}
