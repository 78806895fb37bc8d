// Never in a browser bundle: Auth.js here signs and reads sessions with AUTH_SECRET.
import "server-only";
import NextAuth from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { RateLimiter } from "../api/rate-limit";
import { authenticateUser } from "../auth/authenticate";
import { db } from "../db";
import { logger } from "../logger";

// Next.js glue only: credentials are checked by server/auth, sessions are signed JWTs.
// A NUL character cannot be in any stored email or password; such a form is a failed sign-in,
// not a database error.
const noNul = (value: string) => !value.includes("\u0000");
const credentials = z.object({
  email: z.string().trim().toLowerCase().max(200).refine(noNul),
  password: z.string().max(200).refine(noNul),
});
const signInLimiter = new RateLimiter(10, 60_000);

export const { handlers, auth, signIn, signOut } = NextAuth({
  trustHost: true,
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
  pages: { signIn: "/sign-in" },
  providers: [
    Credentials({
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(raw) {
        const parsed = credentials.safeParse(raw);
        if (!parsed.success) return null;
        if (!signInLimiter.take(parsed.data.email)) {
          logger.warn({ event: "sign_in_rate_limited" }, "too many sign-in attempts");
          return null;
        }
        const user = await authenticateUser(db(), parsed.data.email, parsed.data.password);
        return user ? { id: user.id, email: user.email, name: user.name } : null;
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user?.id) token.sub = user.id;
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      return session;
    },
  },
});
