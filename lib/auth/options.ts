import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import type { Role } from "@/lib/generated/prisma/enums";
import { clientAddress } from "@/lib/security/client-address";
import { signInSchema } from "./schema";
import { authenticate } from "./sign-in";
import { endSession, openSession, SESSION_MAX_AGE_SECONDS } from "./user-sessions";

declare module "next-auth" {
  interface Session {
    uid: number;
    role: Role;
    sv: number;
    sid: string;
  }
  interface User {
    role: Role;
    regionId: number | null;
    sessionVersion: number;
    sessionId: string;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    uid?: number;
    role?: Role;
    regionId?: number | null;
    sv?: number;
    /** The UserSession row this token stands for (lib/auth/user-sessions.ts). */
    sid?: string;
  }
}

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/login", error: "/login" },
  providers: [
    CredentialsProvider({
      name: "credentials",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(credentials, req) {
        const parsed = signInSchema.safeParse(credentials);
        if (!parsed.success) throw new Error("INVALID_CREDENTIALS");
        const result = await authenticate(parsed.data.email, parsed.data.password, clientAddress(req?.headers));
        // The reason travels to the sign-in form as the error code, which it translates.
        if (!result.ok) throw new Error(result.reason);
        const { user } = result;
        const sessionId = await openSession(user.id);
        return { id: String(user.id), email: user.email, name: user.name, role: user.role as Role, regionId: user.regionId, sessionVersion: user.sessionVersion, sessionId };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.uid = Number(user.id);
        token.role = user.role;
        token.regionId = user.regionId;
        token.sv = user.sessionVersion;
        token.sid = user.sessionId;
      }
      return token;
    },
    session({ session, token }) {
      session.uid = token.uid ?? 0;
      session.role = token.role ?? "MONITOR";
      session.sv = token.sv ?? 0;
      session.sid = token.sid ?? "";
      return session;
    },
  },
  events: {
    // Signing out ends the session on the server too: the cookie's copies stop working at once.
    async signOut({ token }) {
      if (token?.sid) await endSession(token.sid);
    },
  },
};
