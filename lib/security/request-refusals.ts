/**
 * Requests that Next.js itself refuses with a 500, refused here first with a 4xx and a reason (called
 * from proxy.ts): a path with malformed percent-encoding, and server action requests with a cross-site
 * Origin, a body over the limit, a body React cannot decode or too many arguments (Next.js's action
 * handler sets 500 for all of these: next/dist/server/app-render/action-handler.js).
 */

/** experimental.serverActions.bodySizeLimit in next.config.js ("1mb"), in bytes. */
export const ACTION_BODY_LIMIT_BYTES = 1024 * 1024;
/** Deeper than any input of this app; React's decoder overflows the stack on a few thousand levels. */
const MAX_DEPTH = 100;
/** Next.js's own limit on a server action's arguments (SERVER_ACTION_ARGS_LIMIT). */
const MAX_ARGUMENTS = 1000;

function refusal(status: number, error: string, message: string): Response {
  return Response.json({ error, message }, { status });
}

/** The host the browser addressed, as Next.js reads it: the forwarded host, else Host. */
function requestHost(headers: Headers): string | null {
  return headers.get("x-forwarded-host")?.split(",")[0]?.trim() || headers.get("host");
}

/** Cross-site requests are refused (a request without Origin is let through, as Next.js does). */
function originMismatch(headers: Headers): boolean {
  const origin = headers.get("origin");
  if (origin === null) return false;
  try {
    return origin === "null" || new URL(origin).host !== requestHost(headers);
  } catch {
    return true;
  }
}

/** Nesting depth of a JSON text, strings skipped; stops counting once past the limit. */
export function jsonDepth(text: string, limit = MAX_DEPTH): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) {
      depth++;
      if (depth > deepest && (deepest = depth) > limit) return deepest;
    } else if (c === 93 || c === 125) depth--;
  }
  return deepest;
}

/** Why an action body cannot be an action's arguments, or null when it can. */
export function actionBodyProblem(text: string): string | null {
  if (jsonDepth(text) > MAX_DEPTH) return `nested deeper than ${MAX_DEPTH} levels`;
  let args: unknown;
  try {
    args = JSON.parse(text);
  } catch {
    return "not valid JSON";
  }
  if (!Array.isArray(args)) return "not a list of arguments";
  if (args.length > MAX_ARGUMENTS) return `more than ${MAX_ARGUMENTS} arguments`;
  return null;
}

/** Whether a path cannot be decoded ("/cases/%E0%A4%A"): Next.js fails decoding its route parameters. */
function malformedPath(url: string): boolean {
  try {
    decodeURIComponent(new URL(url).pathname);
    return false;
  } catch {
    return true;
  }
}

/** A 4xx for a request Next.js would answer with a 500, or null to let it through. */
export async function refuseMalformedRequest(req: Request): Promise<Response | null> {
  if (malformedPath(req.url)) return refusal(400, "VALIDATION", "Malformed percent-encoding in the path");
  return refuseActionRequest(req);
}

/** A 4xx for a server action request Next.js would answer with a 500, or null to let it through. */
export async function refuseActionRequest(req: Request): Promise<Response | null> {
  if (req.method !== "POST" || !req.headers.has("next-action")) return null;
  if (originMismatch(req.headers)) return refusal(403, "FORBIDDEN", "Cross-site server action request");
  const length = Number(req.headers.get("content-length"));
  if (length > ACTION_BODY_LIMIT_BYTES) return refusal(413, "PAYLOAD_TOO_LARGE", `The request is larger than ${ACTION_BODY_LIMIT_BYTES} bytes`);
  // Plain-object arguments travel as JSON text; FormData and files as multipart, left to Next.js.
  if (!(req.headers.get("content-type") ?? "").startsWith("text/plain")) return null;
  // The proxy reads its own copy of the body (Next.js buffers one for it), not the action's.
  const text = await req.text();
  if (new TextEncoder().encode(text).byteLength > ACTION_BODY_LIMIT_BYTES) return refusal(413, "PAYLOAD_TOO_LARGE", `The request is larger than ${ACTION_BODY_LIMIT_BYTES} bytes`);
  const problem = actionBodyProblem(text);
  return problem ? refusal(400, "VALIDATION", `Malformed server action request: ${problem}`) : null;
}
