import type { RawSearchParams } from "@/lib/search-params";
import { z } from "@/lib/validation/zod";
import { CASE_CATEGORIES, CASE_SUBJECTS, defaultFilter, GROUP_BYS, isReportDay, MAX_MINIMUM_N, type ReportFilter } from "./filter";

/**
 * The report filter read from a query string. Lists travel comma-separated ("court=BC-PEJE,BC-PRIZREN")
 * or as repeated keys (what a form with checkboxes sends). Two readings: strict for the API (a bad value
 * is a 400 naming the parameter) and lenient for pages (a bad value falls back to its default, so that a
 * mangled shared link still opens).
 */
const MAX_LIST = 100;
const CODE = /^[A-Z0-9][A-Z0-9_-]{0,39}$/;

function splitList(value: unknown): string[] {
  const parts = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
  return parts.flatMap((p) => String(p).split(",")).map((p) => p.trim()).filter(Boolean);
}

const listOf = <T extends z.ZodType>(item: T) => z.preprocess(splitList, z.array(item).max(MAX_LIST));
const day = z.string().refine(isReportDay, { message: "validation.invalidDate" });
const code = z.string().regex(CODE);

const fields = {
  from: day,
  to: day,
  region: listOf(code),
  court: listOf(code),
  category: listOf(z.enum(CASE_CATEGORIES)),
  subject: listOf(z.enum(CASE_SUBJECTS)),
  standard: listOf(z.string().regex(/^S\d{2}$/)),
  // An emptied field of the form sends "": that is "not given", not 0.
  minN: z.preprocess((v) => (v === "" ? undefined : v), z.coerce.number().int().min(0).max(MAX_MINIMUM_N)),
};

function toFilter(parsed: { from: string; to: string; region: string[]; court: string[]; category: ReportFilter["categories"]; subject: ReportFilter["subjects"]; standard: string[]; minN: number }): ReportFilter {
  return {
    from: parsed.from, to: parsed.to, regions: parsed.region, courts: parsed.court, categories: parsed.category,
    subjects: parsed.subject, standards: parsed.standard, minimumN: parsed.minN,
  };
}

const fromNotAfterTo = (value: { from: string; to: string }) => value.from <= value.to;
const periodOrder = { message: "validation.periodOrder", path: ["to"] };

/** API: from and to are required; the minimum n defaults to the setting, passed in. */
export function apiFilterSchema(defaultMinimumN: number) {
  return z
    .object({ ...fields, minN: fields.minN.default(defaultMinimumN) })
    .refine(fromNotAfterTo, periodOrder)
    .transform(toFilter);
}

export const apiComplianceQuerySchema = (defaultMinimumN: number) =>
  z
    .object({
      ...fields,
      minN: fields.minN.default(defaultMinimumN),
      groupBy: z.enum(GROUP_BYS).default("standard"),
      format: z.enum(["json", "csv"]).default("json"),
    })
    .refine(fromNotAfterTo, periodOrder)
    .transform((q) => ({ filter: toFilter(q), groupBy: q.groupBy, format: q.format }));

/** Pages: every field falls back on its own; an inverted period is swapped rather than refused. */
export function parseReportFilter(params: RawSearchParams, defaultMinimumN: number, now = new Date()): ReportFilter {
  const fallback = defaultFilter(defaultMinimumN, now);
  const lenient = z.object({
    from: day.catch(fallback.from),
    to: day.catch(fallback.to),
    region: fields.region.catch([]),
    court: fields.court.catch([]),
    category: fields.category.catch([]),
    subject: fields.subject.catch([]),
    standard: fields.standard.catch([]),
    minN: fields.minN.catch(defaultMinimumN),
  });
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  const parsed = lenient.parse({ ...params, from: first(params.from), to: first(params.to), minN: first(params.minN) ?? undefined });
  const filter = toFilter(parsed);
  return filter.from <= filter.to ? filter : { ...filter, from: filter.to, to: filter.from };
}
