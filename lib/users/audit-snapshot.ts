import type { Prisma } from "@/lib/generated/prisma/client";

/** What the audit log keeps of an account: never its password hash. */
export const USER_AUDIT_SELECT = {
  id: true, email: true, name: true, role: true, regionId: true, locale: true, active: true, mustChangePassword: true,
} satisfies Prisma.UserSelect;
