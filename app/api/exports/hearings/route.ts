import { defineRoute } from "@/lib/api/define-route";
import { READERS } from "@/lib/auth/roles";
import { hearingDatasetResponse } from "@/lib/reports/export/hearing-export";
import { hearingExportQuerySchema } from "@/lib/reports/schema";

export const dynamic = "force-dynamic";

export const GET = defineRoute({
  name: "exports.hearings",
  roles: READERS,
  query: hearingExportQuerySchema,
  handler: (_req, { user, query }) => hearingDatasetResponse(user, query),
});
