import { type RateDecision, RateLimiter, rateLimitHeaders } from "../../api/rate-limit";
import { clientKeyFrom } from "../client-key";

// Public links are opened by customers without an account: each client address may resolve this
// many tokens a minute (pages and PDFs together), so tokens cannot be guessed at any useful speed.
export const PUBLIC_LINK_REQUESTS_PER_MINUTE = 60;
const limiter = new RateLimiter("public-link", PUBLIC_LINK_REQUESTS_PER_MINUTE, 60_000);

/** Whether this client may open one more public link now. */
export function takePublicLinkRequest(headers: Headers): Promise<RateDecision> {
  return limiter.take(clientKeyFrom(headers));
}

export const publicLinkLimitHeaders = (decision: RateDecision) => rateLimitHeaders(decision, 60_000);
