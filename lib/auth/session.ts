import "server-only";
import { getServerSession } from "next-auth";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { prisma } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { authOptions } from "./options";
import type { SessionUser } from "./session-user";

/**
 * The signed-in user, read from the database on every request (once per request thanks to `cache`), so
 * that deactivation, a password reset or a role change takes effect at the user's next request: the
 * token's session version must still match the user's, and its session must still be open (signing out,
 * or out everywhere, closes it: lib/auth/user-sessions.ts).
 */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const session = await getServerSession({ ...authOptions, secret: process.env.NEXTAUTH_SECRET });
  if (!session?.uid || !session.sid) return null;
  const user = await prisma.user.findUnique({
    where: { id: session.uid },
    select: {
      id: true, email: true, name: true, role: true, regionId: true, locale: true, active: true, sessionVersion: true, mustChangePassword: true,
      sessions: { where: { id: session.sid, expiresAt: { gt: new Date() } }, select: { id: true } },
    },
  });
  if (!user || !user.active || user.sessionVersion !== session.sv || !user.sessions.length) return null;
  const { active: _active, sessionVersion: _sv, sessions: _sessions, ...sessionUser } = user;
  return sessionUser;
});

/** Where a user whose password an admin set or reset must go before anything else. */
export const CHANGE_PASSWORD_PATH = "/account/password";

/**
 * For pages: the user, or a redirect to the sign-in page. A user whose role may not open the page gets
 * the not-found page: what a role may not see does not exist for it. A user with a temporary password is
 * sent to change it first (the page that does so, and the layout around it, pass
 * `allowPendingPasswordChange`).
 */
export async function requireUser(roles?: readonly Role[], options: { allowPendingPasswordChange?: boolean } = {}): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/login");
  if (user.mustChangePassword && !options.allowPendingPasswordChange) redirect(CHANGE_PASSWORD_PATH);
  if (roles && !roles.includes(user.role)) notFound();
  return user;
}
