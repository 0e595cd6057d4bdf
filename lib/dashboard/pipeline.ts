import { pageParamsSchema } from "@/lib/pagination";
import { isReportDay } from "@/lib/reports/filter";
import { toQueryString, type RawSearchParams } from "@/lib/search-params";
import { z } from "@/lib/validation/zod";
import { cleanString } from "@/lib/validation/clean-string";

/**
 * Where the monitors' reports stand: the stages of the review pipeline, as the dashboard counts them and
 * as its list page (/dashboard/pipeline) lists them, so that a count and its list are one definition.
 *
 * - upcoming: a draft for a hearing still ahead (the monitors' schedule);
 * - draft: a draft for a hearing already held, not yet submitted; "stale" once the hearing is over a week old;
 * - returned: sent back to the monitor; stale once returned over a week ago;
 * - submitted: waiting for review; stale once submitted over a week ago;
 * - approved: approved reports of hearings in a period (what the reports count).
 */
export const PIPELINE_STAGES = ["upcoming", "draft", "returned", "submitted", "approved"] as const;
export type PipelineStage = (typeof PIPELINE_STAGES)[number];

/** Stages that can be stale (waiting longer than STALE_AFTER_DAYS). */
export const AGEING_STAGES = ["draft", "returned", "submitted"] as const satisfies readonly PipelineStage[];

export const STALE_AFTER_DAYS = 7;

export interface PipelineQuery {
  stage: PipelineStage;
  stale: boolean;
  /** Region code; none: every region. */
  region?: string;
  monitorId?: number;
  /** Court days of the hearing, inclusive; required for approved reports. */
  from?: string;
  to?: string;
}

const day = cleanString().refine(isReportDay);
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** The list page's query string; a bad value falls back to its default so that a mangled link still opens. */
export function parsePipelineQuery(params: RawSearchParams) {
  const one = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, first(v)]));
  const parsed = z.object({
    stage: z.enum(PIPELINE_STAGES).catch("submitted"),
    stale: z.literal("1").optional().catch(undefined),
    region: cleanString().regex(/^[A-Z0-9][A-Z0-9_-]{0,39}$/).optional().catch(undefined),
    monitor: z.coerce.number().int().positive().max(2_147_483_647).optional().catch(undefined),
    from: day.optional().catch(undefined),
    to: day.optional().catch(undefined),
  }).parse(one);
  const page = pageParamsSchema.parse(one);
  const [from, to] = parsed.from && parsed.to && parsed.from > parsed.to ? [parsed.to, parsed.from] : [parsed.from, parsed.to];
  const query: PipelineQuery = {
    stage: parsed.stage,
    stale: parsed.stale === "1" && (AGEING_STAGES as readonly string[]).includes(parsed.stage),
    region: parsed.region,
    monitorId: parsed.monitor,
    from,
    to,
  };
  return { query, page };
}

export function pipelineHref(query: PipelineQuery): string {
  return `/dashboard/pipeline${toQueryString({
    stage: query.stage, stale: query.stale ? "1" : undefined, region: query.region, monitor: query.monitorId, from: query.from, to: query.to,
  })}`;
}
