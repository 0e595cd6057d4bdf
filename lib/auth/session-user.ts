import type { Locale, Role } from "@/lib/generated/prisma/enums";

/** The signed-in user as every action, route and page sees it: loaded from the database on each request. */
export interface SessionUser {
  id: number;
  email: string;
  name: string;
  role: Role;
  regionId: number | null;
  locale: Locale;
  mustChangePassword: boolean;
}
