import "server-only";
import type { z } from "zod";
import { getCurrentUser } from "@/lib/auth/session";
import type { SessionUser } from "@/lib/auth/session-user";
import { AppError } from "@/lib/errors/app-error";
import { toAppError } from "@/lib/errors/to-app-error";
import type { Role } from "@/lib/generated/prisma/enums";
import { discloseTo } from "@/lib/security/personal-data";
import type { ActionResult } from "./action-result";

export interface ActionContext {
  user: SessionUser;
}

interface ActionSpec<S extends z.ZodType, R> {
  /** For logs: "hearings.saveDraft". */
  name: string;
  input: S;
  /** Roles allowed to call the action at all; the record-level scope is checked by `run`. */
  roles: readonly Role[];
  /** Largest accepted input, in characters of JSON. */
  maxInputChars?: number;
  /** Actions a user with a temporary password may still call (changing it). */
  allowPendingPasswordChange?: boolean;
  run: (input: z.output<S>, ctx: ActionContext) => Promise<R>;
}

const DEFAULT_MAX_INPUT_CHARS = 200_000;

function sizeOf(raw: unknown): number {
  try {
    return JSON.stringify(raw ?? null).length;
  } catch {
    return Infinity;
  }
}

/**
 * The one wrapper every server action goes through: session, size limit, zod parse, role check, then the
 * domain function, with expected failures returned as typed results and anything else logged. Whatever
 * it returns, result or error details, passes the personal-data filter for the caller on the way out.
 */
export function defineAction<S extends z.ZodType, R>(spec: ActionSpec<S, R>) {
  return async function action(raw: z.input<S>): Promise<ActionResult<R>> {
    let user: SessionUser | null = null;
    try {
      user = await getCurrentUser();
      if (!user) throw new AppError("UNAUTHENTICATED");
      if (!spec.roles.includes(user.role)) throw new AppError("FORBIDDEN");
      if (user.mustChangePassword && !spec.allowPendingPasswordChange) throw new AppError("FORBIDDEN", "Change your password first");
      if (sizeOf(raw) > (spec.maxInputChars ?? DEFAULT_MAX_INPUT_CHARS)) throw new AppError("PAYLOAD_TOO_LARGE");
      const parsed = spec.input.safeParse(raw);
      if (!parsed.success) {
        const fieldErrors: Record<string, string[]> = {};
        for (const issue of parsed.error.issues) {
          const path = issue.path.map(String).join(".") || "_";
          (fieldErrors[path] ??= []).push(issue.message);
        }
        throw new AppError("VALIDATION", "Invalid input", fieldErrors);
      }
      const data = await spec.run(parsed.data, { user });
      return { ok: true, data: discloseTo(user, data) as R };
    } catch (error) {
      const appError = toAppError(error, spec.name);
      return {
        ok: false,
        code: appError.code,
        message: `errors.${appError.code}`,
        fieldErrors: appError.fieldErrors,
        details: discloseTo(user, appError.details),
      };
    }
  };
}
