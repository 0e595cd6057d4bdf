import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";
import { refuseMalformedRequest } from "@/lib/security/request-refusals";
import { contentSecurityPolicy } from "@/lib/security/content-security-policy";

/**
 * The first gate: anonymous requests to pages go to the sign-in page, to the API get 401. It only checks
 * that a session token exists; every page, action and route then loads the user from the database and
 * authorises on its own (lib/auth/session.ts), so a revoked session stops at the next request.
 * Pages also get their Content-Security-Policy here, with a fresh nonce for Next.js's own scripts.
 */
const PUBLIC_PATHS = ["/login", "/api/auth/", "/api/health"];

/** next-auth names its cookie "__Secure-…" on https; read the one it wrote, as it decides it. */
function usesSecureCookies(req: NextRequest): boolean {
  const base = process.env.NEXTAUTH_URL;
  if (base) return base.startsWith("https://");
  return req.headers.get("x-forwarded-proto") === "https" || req.nextUrl.protocol === "https:";
}

function nextWithPolicy(req: NextRequest) {
  if (req.nextUrl.pathname.startsWith("/api/")) return NextResponse.next();
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const policy = contentSecurityPolicy(nonce, process.env.NODE_ENV === "development");
  const headers = new Headers(req.headers);
  headers.set("x-nonce", nonce);
  headers.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export async function proxy(req: NextRequest) {
  const { pathname, search } = req.nextUrl;
  // A request Next.js would refuse with a 500 (a malformed path, a bad server action request) gets its 4xx here.
  const refused = await refuseMalformedRequest(req);
  if (refused) return refused;
  if (PUBLIC_PATHS.some((p) => pathname === p || pathname.startsWith(p))) return nextWithPolicy(req);
  const token = await getToken({ req, secret: process.env.NEXTAUTH_SECRET, secureCookie: usesSecureCookies(req) });
  if (token) return nextWithPolicy(req);
  if (pathname.startsWith("/api/")) {
    // API tokens are checked by the route itself (lib/api/define-route.ts).
    if (req.headers.get("authorization")?.startsWith("Bearer ")) return NextResponse.next();
    return NextResponse.json({ error: "UNAUTHENTICATED", message: "Sign in or send an API token" }, { status: 401 });
  }
  const login = new URL("/login", req.url);
  if (pathname !== "/") login.searchParams.set("callbackUrl", `${pathname}${search}`);
  return NextResponse.redirect(login);
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|robots.txt|manifest.webmanifest|icons/|sw.js|offline.html).*)"],
};
