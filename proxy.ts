import { type NextRequest, NextResponse } from "next/server";
import { pageAnswerWhenDatabaseDown } from "@/server/http/page-database-gate";
import { requestIdFrom } from "@/server/http/request-id";

// Every request gets a request id (the caller's x-request-id when sane): passed on to route
// handlers and tRPC as a request header, and returned on the response, pages included. A page
// asked for while the database is unreachable is answered 503 here, before it renders.
export async function proxy(request: NextRequest) {
  const requestId = requestIdFrom(request.headers);
  const unavailable = await pageAnswerWhenDatabaseDown(request);
  if (unavailable) {
    unavailable.headers.set("x-request-id", requestId);
    return unavailable;
  }
  const headers = new Headers(request.headers);
  headers.set("x-request-id", requestId);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("x-request-id", requestId);
  return response;
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
