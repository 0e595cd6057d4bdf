import { defineRoute } from "@/lib/api/define-route";
import { READERS } from "@/lib/auth/roles";
import { reportTableResponse } from "@/lib/reports/export/table-export";
import { tableExportQuerySchema } from "@/lib/reports/schema";

export const dynamic = "force-dynamic";

export const GET = defineRoute({
  name: "exports.reportTable",
  roles: READERS,
  query: tableExportQuerySchema,
  handler: (_req, { user, query }) => reportTableResponse(user, query),
});
