import { createHash, timingSafeEqual } from "node:crypto";

const digest = (value: string) => createHash("sha256").update(value).digest();

/**
 * With METRICS_TOKEN set, a scrape must send `Authorization: Bearer <token>`. Digests are
 * compared so neither the token's characters nor its length leak through timing.
 */
export function metricsAccessAllowed(authorization: string | null, token: string | undefined): boolean {
  if (!token) return true;
  const match = /^Bearer (.+)$/.exec(authorization ?? "");
  if (!match?.[1]) return false;
  return timingSafeEqual(digest(match[1]), digest(token));
}
