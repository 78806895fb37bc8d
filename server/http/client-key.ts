import { env } from "../env";

/** Every caller shares this key when the address cannot be trusted (no proxy, or too few hops). */
export const UNTRUSTED_CLIENT_KEY = "untrusted";

/**
 * Who is asking, for per-client rate limits (sign-in, sign-up, public links, webhooks). Each of
 * our `trustedProxyCount` proxies appends the address it was called from to `x-forwarded-for`,
 * so the entry that many places from the end is the client as our outermost proxy saw it; the
 * entries before it are whatever the client wrote, and are never used. Next itself only fills
 * the header in when it is absent, so with no proxy (count 0) no header can be trusted and every
 * caller shares one key: deploy behind a proxy for per-client limits.
 */
export function clientAddress(headers: Headers, trustedProxyCount: number): string {
  if (trustedProxyCount === 0) return UNTRUSTED_CLIENT_KEY;
  const hops = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((hop) => hop.trim())
    .filter(Boolean);
  if (hops.length >= trustedProxyCount) return hops[hops.length - trustedProxyCount] as string;
  // One proxy that sets x-real-ip instead of appending to x-forwarded-for (nginx's common setup).
  const realIp = headers.get("x-real-ip")?.trim();
  if (trustedProxyCount === 1 && realIp && hops.length === 0) return realIp;
  return UNTRUSTED_CLIENT_KEY;
}

export function clientKeyFrom(headers: Headers): string {
  return clientAddress(headers, env().TRUSTED_PROXY_COUNT);
}
