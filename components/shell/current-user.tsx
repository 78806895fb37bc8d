"use client";

import { createContext, type ReactNode, useContext } from "react";
import type { CurrentUser } from "@/server/http/trpc-server";

const CurrentUserContext = createContext<CurrentUser | null>(null);

/** Set by app/(app)/layout.tsx from `auth.me`; refreshed by router.refresh() after settings change. */
export function CurrentUserProvider({ value, children }: { value: CurrentUser; children: ReactNode }) {
  return <CurrentUserContext.Provider value={value}>{children}</CurrentUserContext.Provider>;
}

/** The signed-in user and their shop (name, state, GST scheme, UPI ID). Only inside the signed-in area. */
export function useCurrentUser(): CurrentUser {
  const value = useContext(CurrentUserContext);
  if (!value) throw new Error("useCurrentUser is only available inside app/(app)");
  return value;
}

export function useIsOwner(): boolean {
  return useCurrentUser().user.role === "OWNER";
}
