import type { ErrorCode } from "@/lib/errors/app-error";

/** What every server action returns: data, or an expected error the form can show. */
export type ActionResult<T> =
  | { ok: true; data: T }
  | {
      ok: false;
      code: ErrorCode;
      /** A translation key (errors.<code> unless the action chose a more precise one). */
      message: string;
      fieldErrors?: Record<string, string[]>;
      details?: unknown;
    };
