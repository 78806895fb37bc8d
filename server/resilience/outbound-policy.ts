import {
  BrokenCircuitError,
  CircuitState,
  ConsecutiveBreaker,
  circuitBreaker,
  ExponentialBackoff,
  handleWhen,
  retry,
  TaskCancelledError,
  TimeoutStrategy,
  timeout,
} from "cockatiel";
import { logger } from "../logger";
import { withSpan } from "../observability/tracing";

/** Every service outside the machine that Execora calls. */
export type Dependency = "whatsapp" | "sms" | "smtp" | "stt" | "llm" | "tts" | "inngest";

export type CallOptions = {
  /** Per attempt. */
  timeoutMs: number;
  /**
   * True when sending the same call twice has no extra effect (a transcription, an Inngest event
   * with its id). A call that is not idempotent (a WhatsApp message) is retried only when it
   * provably never left the machine (the connection was refused).
   */
  idempotent: boolean;
  /**
   * Leave the signal alive once `work` returns (a streamed answer still being read); by default
   * it is aborted then, so nothing started by the call outlives it.
   */
  streams?: boolean;
  /** Tries after the first (default 2); a caller a person waits on may want fewer. */
  retries?: number;
  /** The caller's cancellation: stops the call and any retry. */
  signal?: AbortSignal | undefined;
  /**
   * Whether an error says the service is failing (retry it, count it toward opening the circuit)
   * rather than refusing this one request. Default: isTransientFailure.
   */
  transient?: (error: unknown) => boolean;
};

/** A call that failed in a way another try might not (the provider answered 5xx, timed out…). */
export function isTransientFailure(error: unknown): boolean {
  if (error instanceof BrokenCircuitError) return false;
  if (error instanceof TaskCancelledError) return true;
  const retryable = (error as { retryable?: unknown } | null)?.retryable;
  return typeof retryable === "boolean" ? retryable : true;
}

/** True when the request provably never reached the provider: safe to send again. */
export function neverSent(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 6 && typeof current === "object" && current !== null; depth++) {
    const { code, providerCode, cause } = current as {
      code?: unknown;
      providerCode?: unknown;
      cause?: unknown;
    };
    if (code === "ECONNREFUSED" || providerCode === "ECONNREFUSED") return true;
    current = cause;
  }
  return false;
}

export const BREAKER = { consecutiveFailures: 5, halfOpenAfterMs: 30_000 };
const RETRIES = 2;

// The breaker counts what each call marks as transient (see callOutbound); the mark is set on
// the error so one breaker can serve callers with different classifications.
const COUNTS_AGAINST = Symbol("countsAgainstTheService");
const countsAgainst = (error: Error) => (error as { [COUNTS_AGAINST]?: boolean })[COUNTS_AGAINST] === true;

function createBreaker(dependency: Dependency) {
  const breaker = circuitBreaker(handleWhen(countsAgainst), {
    halfOpenAfter: BREAKER.halfOpenAfterMs,
    breaker: new ConsecutiveBreaker(BREAKER.consecutiveFailures),
  });
  breaker.onStateChange((state) => {
    logger.warn(
      { event: "circuit_state", dependency, state: stateName(state) },
      "circuit breaker state changed",
    );
  });
  return breaker;
}

type Breaker = ReturnType<typeof createBreaker>;
type Tally = Record<CallOutcome, number>;
export type CallOutcome = "ok" | "failed" | "timeout" | "circuit_open";

// Per process on purpose: each instance learns on its own that a provider is down, within
// BREAKER.consecutiveFailures calls; nothing correct depends on the breaker's state.
const globalForPolicy = globalThis as unknown as {
  execoraBreakers?: Map<Dependency, Breaker>;
  execoraOutboundTally?: Map<Dependency, Tally>;
};

function breakerFor(dependency: Dependency): Breaker {
  globalForPolicy.execoraBreakers ??= new Map();
  let breaker = globalForPolicy.execoraBreakers.get(dependency);
  if (!breaker) {
    breaker = createBreaker(dependency);
    globalForPolicy.execoraBreakers.set(dependency, breaker);
  }
  return breaker;
}

function count(dependency: Dependency, outcome: CallOutcome) {
  globalForPolicy.execoraOutboundTally ??= new Map();
  const tally = globalForPolicy.execoraOutboundTally.get(dependency) ?? {
    ok: 0,
    failed: 0,
    timeout: 0,
    circuit_open: 0,
  };
  tally[outcome] += 1;
  globalForPolicy.execoraOutboundTally.set(dependency, tally);
}

/**
 * One call to an outside service under the shared policy: a timeout per attempt, up to two
 * retries with exponential backoff and jitter (idempotent calls, or calls that never left), and
 * the dependency's circuit breaker, which fails calls at once (BrokenCircuitError) for 30 s after
 * five transient failures in a row. `work` gets the signal to pass to fetch or the client.
 */
export async function callOutbound<T>(
  dependency: Dependency,
  options: CallOptions,
  work: (signal: AbortSignal) => Promise<T>,
): Promise<T> {
  const transient = options.transient ?? isTransientFailure;
  const retries = retry(
    handleWhen((error) => countsAgainst(error) && (options.idempotent || neverSent(error))),
    {
      maxAttempts: options.retries ?? RETRIES,
      backoff: new ExponentialBackoff({ initialDelay: 200, maxDelay: 2_000 }),
    },
  );
  const perAttempt = timeout(options.timeoutMs, {
    strategy: TimeoutStrategy.Aggressive,
    abortOnReturn: !options.streams,
  });
  const breaker = breakerFor(dependency);
  const attempt = async (signal: AbortSignal) => {
    try {
      return await perAttempt.execute((_context, attemptSignal) => work(attemptSignal), signal);
    } catch (error) {
      // A timeout counts against the service; the caller's own cancellation does not.
      const timedOut = error instanceof TaskCancelledError && !options.signal?.aborted;
      if (timedOut || (!(error instanceof TaskCancelledError) && isObject(error) && transient(error))) {
        Object.defineProperty(error, COUNTS_AGAINST, { value: true, configurable: true });
      }
      throw error;
    }
  };
  return withSpan(`outbound ${dependency}`, { "execora.dependency": dependency }, async (span) => {
    try {
      const result = await retries.execute(
        ({ signal }) => breaker.execute(() => attempt(signal), signal),
        options.signal,
      );
      count(dependency, "ok");
      span.setAttribute("execora.outcome", "ok");
      return result;
    } catch (error) {
      count(dependency, outcomeOf(error));
      span.setAttribute("execora.outcome", outcomeOf(error));
      throw error;
    }
  });
}

const isObject = (value: unknown): value is object => typeof value === "object" && value !== null;

function outcomeOf(error: unknown): CallOutcome {
  if (error instanceof BrokenCircuitError) return "circuit_open";
  if (error instanceof TaskCancelledError) return "timeout";
  return "failed";
}

function stateName(state: CircuitState): "closed" | "open" | "half_open" {
  if (state === CircuitState.HalfOpen) return "half_open";
  return state === CircuitState.Closed ? "closed" : "open";
}

/** What /api/metrics reports: each used dependency's breaker state and call outcomes. */
export function outboundStats() {
  const states = [...(globalForPolicy.execoraBreakers ?? new Map<Dependency, Breaker>())].map(
    ([dependency, breaker]) => ({ dependency, state: stateName(breaker.state) }),
  );
  const calls = [...(globalForPolicy.execoraOutboundTally ?? new Map<Dependency, Tally>())];
  return { states, calls };
}

/** Tests start each case with closed breakers (and may shorten the open period). */
export function resetOutboundForTests(halfOpenAfterMs = 30_000) {
  BREAKER.halfOpenAfterMs = halfOpenAfterMs;
  globalForPolicy.execoraBreakers = new Map();
  globalForPolicy.execoraOutboundTally = new Map();
}

export { BrokenCircuitError as CircuitOpenError, TaskCancelledError as OutboundTimeoutError };
