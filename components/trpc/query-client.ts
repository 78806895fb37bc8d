import { isServer, MutationCache, QueryCache, QueryClient } from "@tanstack/react-query";
import { errorCode } from "./errors";

function redirectWhenSignedOut(error: unknown) {
  if (typeof window !== "undefined" && errorCode(error) === "UNAUTHORIZED") {
    window.location.assign("/sign-in");
  }
}

function makeQueryClient() {
  return new QueryClient({
    queryCache: new QueryCache({ onError: redirectWhenSignedOut }),
    mutationCache: new MutationCache({ onError: redirectWhenSignedOut }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        // A 4xx will not change on retry; network blips and 5xx get two more tries.
        retry: (failureCount, error) => !isClientError(error) && failureCount < 2,
      },
    },
  });
}

function isClientError(error: unknown) {
  const code = errorCode(error);
  return code !== null && code !== "INTERNAL_SERVER_ERROR";
}

let browserQueryClient: QueryClient | undefined;

/** One client per browser tab; a fresh one per server render so users never share a cache. */
export function getQueryClient() {
  if (isServer) return makeQueryClient();
  browserQueryClient ??= makeQueryClient();
  return browserQueryClient;
}
