import { defineRoute } from "@/lib/api/define-route";
import { READERS } from "@/lib/auth/roles";
import { complianceApiResponse } from "@/lib/reports/export/compliance-api";
import { complianceQuerySchema } from "@/lib/reports/schema";

export const dynamic = "force-dynamic";

export const GET = defineRoute({
  name: "reports.compliance",
  roles: READERS,
  query: complianceQuerySchema,
  handler: (_req, { user, query }) => complianceApiResponse(user, query),
});
