import { TRPCError } from "@trpc/server";
import { cache } from "react";
import { DATABASE_UNREACHABLE_DIGEST } from "@/lib/database-unreachable";
import { createContextInner } from "../api/context";
import { createCaller } from "../api/root";
import { db } from "../db";
import { auth } from "./auth";

/**
 * Marks a database outage so the page's error boundary can say so: in production Next.js
 * replaces a server error's message, but keeps its digest.
 */
function markDatabaseOutage({ error }: { error: TRPCError }) {
  if (error.code === "SERVICE_UNAVAILABLE") Object.assign(error, { digest: DATABASE_UNREACHABLE_DIGEST });
}

/** A tRPC caller bound to this request's session, for server components (once per request). */
export const serverCaller = cache(async () => {
  const session = await auth();
  return createCaller(createContextInner({ db: db(), sessionUserId: session?.user?.id ?? null }), {
    onError: markDatabaseOutage,
  });
});

/** The signed-in user and their shop, or null when signed out or no longer a member. */
export const getCurrentUser = cache(async () => {
  const caller = await serverCaller();
  try {
    return await caller.auth.me();
  } catch (error) {
    if (error instanceof TRPCError && error.code === "UNAUTHORIZED") return null;
    throw error;
  }
});

export type CurrentUser = NonNullable<Awaited<ReturnType<typeof getCurrentUser>>>;
