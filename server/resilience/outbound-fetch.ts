import { type CallOptions, callOutbound, type Dependency } from "./outbound-policy";

/** A 5xx, 408 or 429 answer, thrown inside the policy so it counts as a failure and is retried. */
class FailedAnswer extends Error {
  constructor(readonly response: Response) {
    super(`the provider answered ${response.status}`);
  }
}

const TRANSIENT_STATUS = (status: number) => status >= 500 || status === 408 || status === 429;

/**
 * fetch under the outbound policy (see callOutbound). Answers 5xx, 408 and 429 count as failures
 * (retried, and they trip the breaker); when the tries run out the last such answer is returned,
 * so callers read the provider's reason as before. A timeout, an open circuit or a refused
 * connection rejects. The body is read within the timeout, unless `streams` is set (an SSE
 * answer is handed over as it arrives; the timeout then covers only the wait for its headers).
 */
export async function outboundFetch(
  dependency: Dependency,
  options: Omit<CallOptions, "signal">,
  input: string | URL,
  init: RequestInit = {},
): Promise<Response> {
  try {
    return await callOutbound(
      dependency,
      { ...options, signal: init.signal ?? undefined },
      async (signal) => {
        const response = await fetch(input, { ...init, signal });
        const failed = TRANSIENT_STATUS(response.status);
        if (options.streams && !failed) return response;
        // Read now, within the timeout: a retry needs the socket, and the caller may still want the body.
        const body = await response.arrayBuffer();
        const kept = new Response(body, {
          status: response.status,
          statusText: response.statusText,
          headers: response.headers,
        });
        if (failed) throw new FailedAnswer(kept);
        return kept;
      },
    );
  } catch (error) {
    if (error instanceof FailedAnswer) return error.response;
    throw error;
  }
}

/** A fetch function (for SDKs that take one: OpenAI, Inngest) that sends every request under the policy. */
export function outboundFetchFor(dependency: Dependency, options: Omit<CallOptions, "signal">): typeof fetch {
  return (input, init) => {
    // The SDKs call fetch(url, init); a Request's body is a stream that a retry could not resend.
    if (input instanceof Request) throw new TypeError("outboundFetchFor takes a URL and init, not a Request");
    return outboundFetch(dependency, options, input, init);
  };
}
