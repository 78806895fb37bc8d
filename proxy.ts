import { type NextRequest, NextResponse } from "next/server";
import { env } from "@/server/env";
import { pageAnswerWhenDatabaseDown } from "@/server/http/page-database-gate";
import { requestIdFrom } from "@/server/http/request-id";
import { newNonce, securityHeaders } from "@/server/http/security-headers";

// Every request gets a request id (the caller's x-request-id when sane): passed on to route
// handlers and tRPC as a request header, and returned on the response, pages included. Every
// response gets the security headers, with a fresh CSP nonce that Next puts on its own scripts
// (it reads the policy from the request headers). A page asked for while the database is
// unreachable is answered 503 here, before it renders.
export async function proxy(request: NextRequest) {
  const requestId = requestIdFrom(request.headers);
  const { APP_URL: appUrl, LIVEKIT_URL, NODE_ENV } = env();
  const security = securityHeaders({
    nonce: newNonce(),
    liveKitUrl: LIVEKIT_URL,
    https: request.nextUrl.protocol === "https:" || Boolean(appUrl?.startsWith("https://")),
    development: NODE_ENV === "development",
    tokenInPath: /^\/(b|s|api\/public)\//.test(request.nextUrl.pathname),
  });
  const unavailable = await pageAnswerWhenDatabaseDown(request);
  if (unavailable) return withHeaders(unavailable, requestId, security);
  const headers = new Headers(request.headers);
  headers.set("x-request-id", requestId);
  headers.set("Content-Security-Policy", security["Content-Security-Policy"] as string);
  return withHeaders(NextResponse.next({ request: { headers } }), requestId, security);
}

function withHeaders<R extends Response>(response: R, requestId: string, security: Record<string, string>) {
  response.headers.set("x-request-id", requestId);
  for (const [name, value] of Object.entries(security)) response.headers.set(name, value);
  return response;
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
