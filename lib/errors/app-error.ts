/**
 * An expected failure, with a code the client maps to a message (errors.<code> in the i18n messages).
 * Anything else thrown by an action is unexpected: logged, and shown as a generic message.
 */
export type ErrorCode =
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "VALIDATION"
  | "CONFLICT"
  | "INVALID_STATE"
  | "PAYLOAD_TOO_LARGE"
  | "RATE_LIMITED"
  | "INTERNAL";

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message?: string,
    /** Field path → message keys, for VALIDATION. */
    readonly fieldErrors?: Record<string, string[]>,
    /** Anything the client needs to recover, e.g. the current version of a record on CONFLICT. */
    readonly details?: unknown,
  ) {
    super(message ?? code);
    this.name = "AppError";
  }
}

export const notFound = (what = "Record") => new AppError("NOT_FOUND", `${what} not found`);
export const forbidden = () => new AppError("FORBIDDEN");
export const invalidState = (message: string) => new AppError("INVALID_STATE", message);
export const conflict = (message: string, details?: unknown) => new AppError("CONFLICT", message, undefined, details);
