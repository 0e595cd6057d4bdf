import { OVERSEERS, READERS, REVIEWERS } from "@/lib/auth/roles";
import type { Role } from "@/lib/generated/prisma/enums";
import type { NavBadgeKey } from "@/lib/notifications/nav-badges";

/** The app's sections, by role. Labels are keys of the "nav" messages. */
export interface NavItem {
  href: string;
  label:
    | "myHearings" | "reviewQueue" | "findings" | "interventions" | "reports" | "dashboard" | "cases"
    | "auditLog" | "users" | "courts" | "checklists" | "settings" | "apiTokens";
  roles: readonly Role[];
  /** The count shown beside it, when something waits there. */
  badge?: NavBadgeKey;
}

export const NAV_ITEMS: NavItem[] = [
  { href: "/hearings", label: "myHearings", roles: ["MONITOR"], badge: "returnedReports" },
  { href: "/cases", label: "cases", roles: ["MONITOR", "ANALYST", "MANAGER", "ADMIN"] },
  { href: "/review", label: "reviewQueue", roles: REVIEWERS, badge: "waitingReports" },
  { href: "/findings", label: "findings", roles: READERS },
  { href: "/interventions", label: "interventions", roles: READERS, badge: "overdueInterventions" },
  { href: "/dashboard", label: "dashboard", roles: ["MANAGER", "ANALYST", "ADMIN"] },
  { href: "/reports", label: "reports", roles: ["ANALYST", "MANAGER", "ADMIN"] },
  { href: "/audit", label: "auditLog", roles: OVERSEERS },
  { href: "/admin/users", label: "users", roles: ["ADMIN"] },
  { href: "/admin/courts", label: "courts", roles: ["ADMIN"] },
  { href: "/admin/checklists", label: "checklists", roles: ["ADMIN"] },
  { href: "/admin/settings", label: "settings", roles: ["ADMIN"] },
  { href: "/admin/api-tokens", label: "apiTokens", roles: ["ADMIN"] },
];

export function navItemsFor(role: Role): NavItem[] {
  return NAV_ITEMS.filter((item) => item.roles.includes(role));
}
