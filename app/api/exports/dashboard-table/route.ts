import { defineRoute } from "@/lib/api/define-route";
import { READERS } from "@/lib/auth/roles";
import { dashboardTableQuerySchema } from "@/lib/dashboard/schema";
import { dashboardTableResponse } from "@/lib/dashboard/table-export";

export const dynamic = "force-dynamic";

export const GET = defineRoute({
  name: "exports.dashboardTable",
  roles: READERS,
  query: dashboardTableQuerySchema,
  handler: (_req, { user, query }) => dashboardTableResponse(user, query),
});
