import { RateLimiter } from "../api/rate-limit";

// Failed sign-ins back off per address and account together, so a stranger guessing the owner's
// password from elsewhere never locks the owner out; and per address alone, so one address
// cannot spray guesses over many accounts. Counted in Redis across instances when REDIS_URL is set.
const WINDOW_MS = 15 * 60_000;
const FREE_FAILURES = 5;
const FIRST_WAIT_SECONDS = 30;
const LONGEST_WAIT_SECONDS = 15 * 60;

const failures = new RateLimiter("sign-in-failures", FREE_FAILURES, WINDOW_MS);
// How many times this address and account were made to wait today: each wait is twice the last.
const waits = new RateLimiter("sign-in-waits", 1_000, 24 * 60 * 60_000);
const addressFailures = new RateLimiter("sign-in-address-failures", 50, WINDOW_MS);

const pairKey = (email: string, address: string) => `${address}|${email}`;

/** Seconds this address must still wait before trying this account again; 0 when it may try. */
export async function signInWaitSeconds(email: string, address: string): Promise<number> {
  const [pair, fromAddress] = await Promise.all([
    failures.peek(pairKey(email, address)),
    addressFailures.peek(address),
  ]);
  const refused = [pair, fromAddress].filter((decision) => !decision.allowed);
  return refused.length ? Math.max(...refused.map((decision) => Math.ceil(decision.resetMs / 1000))) : 0;
}

/**
 * A wrong password. After five in a row this address waits before trying the account again, and
 * after a wait every further failure makes it wait twice as long: 30 s, 1 min, 2 min … 15 min.
 */
export async function recordFailedSignIn(email: string, address: string) {
  const key = pairKey(email, address);
  const [pair, , earlier] = await Promise.all([
    failures.take(key),
    addressFailures.take(address),
    waits.peek(key),
  ]);
  if (pair.used < FREE_FAILURES && earlier.used === 0) return;
  const strikes = (await waits.take(key)).used;
  await failures.block(key, Math.min(LONGEST_WAIT_SECONDS, FIRST_WAIT_SECONDS * 2 ** (strikes - 1)));
}

/** The right password: this address starts afresh for this account. */
export async function recordSignIn(email: string, address: string) {
  const key = pairKey(email, address);
  await Promise.all([failures.reset(key), waits.reset(key)]);
}
