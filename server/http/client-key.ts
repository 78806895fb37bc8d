/**
 * Who is asking, for per-client rate limits (sign-up). Behind a reverse proxy the address the
 * proxy appended — the last `x-forwarded-for` entry — is the one the client cannot choose; the
 * entries before it are whatever the client sent. Without a proxy every caller shares "local".
 */
export function clientKeyFrom(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",").at(-1)?.trim();
  if (forwarded) return forwarded;
  return headers.get("x-real-ip")?.trim() || "local";
}
