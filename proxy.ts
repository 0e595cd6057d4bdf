import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";

/**
 * The first gate: anonymous requests to pages go to the sign-in page, to the API get 401. It only checks
 * that a session token exists; every page, action and route then loads the user from the database and
 * authorises on its own (lib/auth/session.ts), so a revoked session stops at the next request.
 */
const PUBLIC_PATHS = ["/login", "/api/auth/", "/api/health"];

export async function proxy(req: NextRequest) {
  const { pathname, search } = req.nextUrl;
  if (PUBLIC_PATHS.some((p) => pathname === p || pathname.startsWith(p))) return NextResponse.next();
  const token = await getToken({ req, secret: process.env.NEXTAUTH_SECRET });
  if (token) return NextResponse.next();
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
  matcher: ["/((?!_next/static|_next/image|favicon.ico|robots.txt|manifest.webmanifest|icons/).*)"],
};
