import { TRPCError } from "@trpc/server";
import { cache } from "react";
import { createContextInner } from "../api/context";
import { createCaller } from "../api/root";
import { db } from "../db";
import { auth } from "./auth";

/** A tRPC caller bound to this request's session, for server components (once per request). */
export const serverCaller = cache(async () => {
  const session = await auth();
  return createCaller(createContextInner({ db: db(), sessionUserId: session?.user?.id ?? null }));
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
