import type { Role } from "@/lib/generated/prisma/enums";

/** Where each role lands after signing in. */
export const ROLE_HOME: Record<Role, string> = {
  MONITOR: "/hearings",
  ANALYST: "/review",
  MANAGER: "/dashboard",
  ADMIN: "/admin/users",
};

export const ALL_ROLES: readonly Role[] = ["MONITOR", "ANALYST", "MANAGER", "ADMIN"];
/** Review, approve, record findings and interventions. */
export const REVIEWERS: readonly Role[] = ["ANALYST", "ADMIN"];
/** See every region's approved data: reports, dashboards, findings. */
export const READERS: readonly Role[] = ["ANALYST", "MANAGER", "ADMIN"];
/** Follow the programme: dashboards and the audit log. */
export const OVERSEERS: readonly Role[] = ["MANAGER", "ADMIN"];

export function hasRole(role: Role, allowed: readonly Role[]): boolean {
  return allowed.includes(role);
}
