import { randomUUID } from "node:crypto";
import type { Db } from "../db";

export type ApiContext = {
  db: Db;
  /** From the verified Auth.js session; null when signed out. */
  sessionUserId: string | null;
  requestId: string;
  clientKey: string;
  /** The HTTP response's headers (RateLimit, Retry-After); absent for createCaller in tests. */
  resHeaders?: Headers;
};

/** No request object here, so tests build a context directly and call routers via createCaller. */
export function createContextInner(options: {
  db: Db;
  sessionUserId: string | null;
  requestId?: string;
  clientKey?: string;
  resHeaders?: Headers;
}): ApiContext {
  return {
    db: options.db,
    sessionUserId: options.sessionUserId,
    requestId: options.requestId ?? randomUUID(),
    clientKey: options.clientKey ?? "local",
    ...(options.resHeaders ? { resHeaders: options.resHeaders } : {}),
  };
}
