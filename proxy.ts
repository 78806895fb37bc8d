import { type NextRequest, NextResponse } from "next/server";
import { requestIdFrom } from "@/server/http/request-id";

// Every request gets a request id (the caller's x-request-id when sane): passed on to route
// handlers and tRPC as a request header, and returned on the response, pages included.
export function proxy(request: NextRequest) {
  const requestId = requestIdFrom(request.headers);
  const headers = new Headers(request.headers);
  headers.set("x-request-id", requestId);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("x-request-id", requestId);
  return response;
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
