import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import type { Role } from "@/lib/generated/prisma/enums";
import { signInSchema } from "./schema";
import { authenticate } from "./sign-in";

declare module "next-auth" {
  interface Session {
    uid: number;
    role: Role;
    sv: number;
  }
  interface User {
    role: Role;
    regionId: number | null;
    sessionVersion: number;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    uid?: number;
    role?: Role;
    regionId?: number | null;
    sv?: number;
  }
}

/**
 * The client's address for throttling: the last X-Forwarded-For entry, the one added by the nearest proxy
 * (or by Next.js itself from the socket); earlier entries are whatever the client chose to send.
 */
function clientAddress(headers: Record<string, string | string[] | undefined> | undefined): string {
  const forwarded = headers?.["x-forwarded-for"];
  const last = (Array.isArray(forwarded) ? forwarded.at(-1) : forwarded)?.split(",").at(-1)?.trim();
  const real = headers?.["x-real-ip"];
  return last || (Array.isArray(real) ? real[0] : real) || "unknown";
}

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
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
        return { id: String(user.id), email: user.email, name: user.name, role: user.role as Role, regionId: user.regionId, sessionVersion: user.sessionVersion };
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
      }
      return token;
    },
    session({ session, token }) {
      session.uid = token.uid ?? 0;
      session.role = token.role ?? "MONITOR";
      session.sv = token.sv ?? 0;
      return session;
    },
  },
};
