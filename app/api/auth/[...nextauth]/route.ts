import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";
import { authSecret } from "@/lib/auth/secret";

const handler = (req: Request, ctx: unknown) =>
  // The secret is read per request, so that building the app never needs it.
  (NextAuth({ ...authOptions, secret: authSecret() }) as (req: Request, ctx: unknown) => Promise<Response>)(req, ctx);

export { handler as GET, handler as POST };
