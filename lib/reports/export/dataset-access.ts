import type { SessionUser } from "@/lib/auth/session-user";
import { maySeePersonalData } from "@/lib/auth/scope";

/**
 * Whether an export may carry the names of defendants, victims and witnesses, juvenile details and the
 * free-text narrative: the rule of lib/auth/scope.ts for a report the exporter did not write (so:
 * analysts only; monitors cannot export at all).
 */
export function maySeeDatasetPersonalData(user: SessionUser): boolean {
  return maySeePersonalData(user, { monitorId: -1 });
}
