import { defineRoute } from "@/lib/api/define-route";
import { ALL_ROLES } from "@/lib/auth/roles";
import { z } from "@/lib/validation/zod";

export const dynamic = "force-dynamic";

/** Who the caller is: lets an analyst's tool check that its API token works before calling the report API. */
export const GET = defineRoute({
  name: "api.me",
  roles: ALL_ROLES,
  query: z.object({}),
  handler: async (_req, { user }) => ({ id: user.id, name: user.name, email: user.email, role: user.role, regionId: user.regionId }),
});
