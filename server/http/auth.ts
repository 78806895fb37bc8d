// Never in a browser bundle: Auth.js here signs and reads sessions with AUTH_SECRET.
import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { authenticateUser } from "../auth/authenticate";
import { endSession, sessionIsLive, startSession } from "../auth/sessions";
import { recordFailedSignIn, recordSignIn, signInWaitSeconds } from "../auth/sign-in-limits";
import { db } from "../db";
import { env } from "../env";
import { logger } from "../logger";
import { clientKeyFrom } from "./client-key";

declare module "next-auth" {
  interface User {
    /** The UserSession row this sign-in started (server/auth/sessions.ts). */
    sessionId?: string;
  }
}

const sessionRules = () => ({
  maxAgeHours: env().SESSION_MAX_AGE_HOURS,
  idleHours: env().SESSION_IDLE_HOURS,
});

// Next.js glue only: credentials are checked by server/auth. The session cookie is a signed JWT
// naming a UserSession row, which every request checks: signing out ends it everywhere at once.
// A NUL character cannot be in any stored email or password; such a form is a failed sign-in,
// not a database error.
const noNul = (value: string) => !value.includes("\u0000");
const credentials = z.object({
  email: z.string().trim().toLowerCase().max(200).refine(noNul),
  password: z.string().max(200).refine(noNul),
});

/** The sign-in form says "too many attempts, wait" instead of "wrong password". */
class TooManySignIns extends CredentialsSignin {
  override code = "too_many_attempts";
}

// Lazy: the configuration (the session lifetime from the environment) is read per request, not
// when `next build` loads this module without an environment.
export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  trustHost: true,
  session: { strategy: "jwt", maxAge: env().SESSION_MAX_AGE_HOURS * 3600 },
  pages: { signIn: "/sign-in" },
  providers: [
    Credentials({
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(raw, request) {
        const parsed = credentials.safeParse(raw);
        if (!parsed.success) return null;
        const { email, password } = parsed.data;
        const address = clientKeyFrom(request.headers);
        if ((await signInWaitSeconds(email, address)) > 0) {
          logger.warn({ event: "sign_in_rate_limited" }, "too many sign-in attempts");
          throw new TooManySignIns();
        }
        const user = await authenticateUser(db(), email, password);
        if (!user) {
          await recordFailedSignIn(email, address);
          return null;
        }
        await recordSignIn(email, address);
        const sessionId = await startSession(db(), user.id, sessionRules());
        return { id: user.id, email: user.email, name: user.name, sessionId };
      },
    }),
  ],
  callbacks: {
    // Runs whenever a request reads its session: null (signed out) once the row has ended,
    // idled out or expired, and for a cookie from before sessions had rows.
    async jwt({ token, user }) {
      if (user?.id && user.sessionId) {
        token.sub = user.id;
        token.sid = user.sessionId;
      }
      const sid = typeof token.sid === "string" ? token.sid : null;
      if (!token.sub || !sid) return null;
      return (await sessionIsLive(db(), { id: sid, userId: token.sub }, sessionRules())) ? token : null;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      return session;
    },
  },
  events: {
    async signOut(message) {
      const sid = "token" in message ? message.token?.sid : undefined;
      if (typeof sid === "string") await endSession(db(), sid);
    },
  },
}));
