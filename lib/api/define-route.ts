import "server-only";
import type { NextRequest } from "next/server";
import type { z } from "zod";
import { userForApiToken } from "@/lib/auth/api-token";
import { getCurrentUser } from "@/lib/auth/session";
import type { SessionUser } from "@/lib/auth/session-user";
import { AppError, type ErrorCode } from "@/lib/errors/app-error";
import { toAppError } from "@/lib/errors/to-app-error";
import type { Role } from "@/lib/generated/prisma/enums";
import { discloseTo } from "@/lib/security/personal-data";

const STATUS: Record<ErrorCode, number> = {
  UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, VALIDATION: 400, CONFLICT: 409,
  INVALID_STATE: 409, PAYLOAD_TOO_LARGE: 413, RATE_LIMITED: 429, INTERNAL: 500,
};

export function errorResponse(error: AppError): Response {
  return Response.json(
    { error: error.code, message: error.message, ...(error.fieldErrors ? { parameters: error.fieldErrors } : {}) },
    { status: STATUS[error.code] },
  );
}

interface RouteSpec<Q extends z.ZodType> {
  name: string;
  roles: readonly Role[];
  /** Schema of the query string (as an object of strings). */
  query: Q;
  /**
   * A Response (files, streams: their builders apply the personal-data rule to what they write), or a
   * plain value, sent as JSON through the same personal-data filter as the pages and actions.
   */
  handler: (req: NextRequest, ctx: { user: SessionUser; query: z.output<Q> }) => Promise<Response | Record<string, unknown>>;
}

/**
 * The wrapper of every API route handler: the session cookie or an API token, the role, the query
 * parameters (400 naming the parameter), and errors mapped to status codes.
 */
export function defineRoute<Q extends z.ZodType>(spec: RouteSpec<Q>) {
  return async function GET(req: NextRequest): Promise<Response> {
    try {
      const user = (await userForApiToken(req.headers.get("authorization"))) ?? (await getCurrentUser());
      if (!user) throw new AppError("UNAUTHENTICATED", "Sign in or send a valid API token");
      if (!spec.roles.includes(user.role)) throw new AppError("FORBIDDEN", "Your role may not use this endpoint");
      if (user.mustChangePassword) throw new AppError("FORBIDDEN", "Change your temporary password before using the API");
      const parsed = spec.query.safeParse(Object.fromEntries(req.nextUrl.searchParams));
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        const parameter = issue.path.map(String).join(".") || "query";
        const parameters = Object.fromEntries(parsed.error.issues.map((i) => [i.path.map(String).join(".") || "query", [i.message]]));
        throw new AppError("VALIDATION", `Invalid parameter '${parameter}': ${issue.message}`, parameters);
      }
      const result = await spec.handler(req, { user, query: parsed.data });
      return result instanceof Response ? result : Response.json(discloseTo(user, result), { headers: { "Cache-Control": "no-store" } });
    } catch (error) {
      return errorResponse(toAppError(error, spec.name));
    }
  };
}
