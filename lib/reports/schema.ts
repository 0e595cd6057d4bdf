import type { RawSearchParams } from "@/lib/search-params";
import { z } from "@/lib/validation/zod";
import { cleanString } from "@/lib/validation/clean-string";
import { DIMENSIONS } from "./dimensions";
import { BREAKDOWNS, CASE_CATEGORIES, CASE_SUBJECTS, defaultFilter, GROUP_BYS, isReportDay, MAX_MINIMUM_N, type ReportFilter } from "./filter";
import { isMonthKey } from "./groups";
import { REPORT_TABLES, type TableView } from "./links";

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
const day = cleanString().refine(isReportDay, { message: "validation.invalidDate" });
const code = cleanString().regex(CODE);

const fields = {
  from: day,
  to: day,
  region: listOf(code),
  court: listOf(code),
  category: listOf(z.enum(CASE_CATEGORIES)),
  subject: listOf(z.enum(CASE_SUBJECTS)),
  standard: listOf(cleanString().regex(/^S\d{2}$/)),
  // An emptied field of the form sends "": that is "not given", not 0.
  minN: z.preprocess((v) => (v === "" ? undefined : v), z.coerce.number().int().min(0).max(MAX_MINIMUM_N)),
};

function toFilter(parsed: { from: string; to: string; region: string[]; court: string[]; category: ReportFilter["categories"]; subject: ReportFilter["subjects"]; standard: string[]; minN: number }): ReportFilter {
  return {
    from: parsed.from, to: parsed.to, regions: parsed.region, courts: parsed.court, categories: parsed.category,
    subjects: parsed.subject, standards: parsed.standard, minimumN: parsed.minN,
  };
}

// Checked only once both days are valid: a malformed day is reported as such, not as a wrong order.
const periodOrder = { message: "validation.periodOrder", path: ["to"], when: (payload: { issues: unknown[] }) => payload.issues.length === 0 };

/**
 * API queries: strict (an unknown parameter is refused under its own name), from and to required, the
 * minimum n optional (the handler falls back on the setting), plus each endpoint's own parameters.
 */
const apiFilterShape = { ...fields, minN: fields.minN.optional() };

/** Refuses parameters the endpoint does not know, each under its own name (zod's strict mode names none). */
function onlyKnown(shape: Record<string, unknown>) {
  return (value: Record<string, unknown>, ctx: z.RefinementCtx) => {
    for (const key of Object.keys(value)) {
      if (!(key in shape)) ctx.addIssue({ code: "custom", path: [key], message: "validation.unknownField" });
    }
  };
}
const fromNotAfterTo = (value: { from: string; to: string }) => value.from <= value.to;

/** The hearings behind one number, as the drill-down page and the data set export read them. */
export const drilldownFields = {
  groupBy: z.enum(GROUP_BYS).optional(),
  group: cleanString().max(60).optional(),
  measure: cleanString().max(80).optional(),
};

/** A month group must name a real month: a clear 400 in the API, the page's not-found in a link. */
const validMonthGroup = (v: { groupBy?: string; group?: string }) => v.groupBy !== "month" || !v.group || isMonthKey(v.group);
const monthGroupIssue = { path: ["group"], message: "validation.invalid" };

const complianceShape = { ...apiFilterShape, groupBy: z.enum([...GROUP_BYS, ...DIMENSIONS]).default("standard"), format: z.enum(["json", "csv"]).default("json") };
export const complianceQuerySchema = z
  .object(complianceShape)
  .catchall(z.unknown())
  .superRefine(onlyKnown(complianceShape))
  .refine(fromNotAfterTo, periodOrder);

const hearingExportShape = { ...apiFilterShape, format: z.enum(["csv", "xlsx"]).default("csv"), ...drilldownFields };
export const hearingExportQuerySchema = z
  .object(hearingExportShape)
  .catchall(z.unknown())
  .superRefine(onlyKnown(hearingExportShape))
  .refine(validMonthGroup, monthGroupIssue)
  .refine(fromNotAfterTo, periodOrder);

const tableExportShape = {
  ...apiFilterShape,
  table: z.enum(REPORT_TABLES),
  format: z.enum(["csv", "xlsx"]).default("csv"),
  by: z.enum(BREAKDOWNS).default("region"),
  focus: cleanString().regex(/^S\d{2}$/).optional(),
  attribute: z.enum(DIMENSIONS).default("judgeGender"),
};
export const tableExportQuerySchema = z
  .object(tableExportShape)
  .catchall(z.unknown())
  .superRefine(onlyKnown(tableExportShape))
  .refine(fromNotAfterTo, periodOrder);

export type ApiFilterQuery = { from: string; to: string; region: string[]; court: string[]; category: ReportFilter["categories"]; subject: ReportFilter["subjects"]; standard: string[]; minN?: number };

export function filterFromApi(query: ApiFilterQuery, defaultMinimumN: number): ReportFilter {
  return toFilter({ ...query, minN: query.minN ?? defaultMinimumN });
}

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

/** The page's view of its breakdowns: the dimension (default region) and the standard in focus. */
export function parseTableView(params: RawSearchParams, filter: ReportFilter): TableView {
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  const by = z.enum(BREAKDOWNS).catch("region").parse(first(params.by));
  const focus = cleanString().regex(/^S\d{2}$/).catch(filter.standards[0] ?? "S01").parse(first(params.focus));
  const attribute = z.enum(DIMENSIONS).catch("judgeGender").parse(first(params.attribute));
  return { by, focus: filter.standards.length && !filter.standards.includes(focus) ? filter.standards[0]! : focus, attribute };
}

const CURSOR = /^(\d{4}-\d{2}-\d{2})_(\d{1,10})$/;

/** The drill-down page's own parameters: the cell, the keyset position and the page size. */
export function parseDrilldownPage(params: RawSearchParams) {
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  const cursor = (value: string | undefined) => {
    const m = value ? CURSOR.exec(value) : null;
    return m && isReportDay(m[1]!) ? { courtDay: m[1]!, hearingId: Number(m[2]) } : undefined;
  };
  const cell = z.object(drilldownFields).refine(validMonthGroup, monthGroupIssue).catch({}).parse({ groupBy: first(params.groupBy), group: first(params.group), measure: first(params.measure) });
  const after = cursor(first(params.after));
  return {
    ...cell,
    after,
    before: after ? undefined : cursor(first(params.before)),
    size: z.coerce.number().int().refine((n) => [25, 50, 100].includes(n)).catch(25).parse(first(params.size)),
  };
}
