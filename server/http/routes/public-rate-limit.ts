import { RateLimiter } from "../../api/rate-limit";
import { clientKeyFrom } from "../client-key";

// Public links are opened by customers without an account: each client address may resolve this
// many tokens a minute (pages and PDFs together), so tokens cannot be guessed at any useful speed.
export const PUBLIC_LINK_REQUESTS_PER_MINUTE = 60;
const limiter = new RateLimiter(PUBLIC_LINK_REQUESTS_PER_MINUTE, 60_000);

/** True when this client may open one more public link now. */
export function takePublicLinkRequest(headers: Headers, now = Date.now()): boolean {
  return limiter.take(`public-link:${clientKeyFrom(headers)}`, now);
}
