import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { createContextInner } from "../../api/context";
import { appRouter } from "../../api/root";
import { db } from "../../db";
import { auth } from "../auth";
import { clientKeyFrom } from "../client-key";
import { withObservability } from "../with-observability";

// GET/POST /api/trpc/<procedure> — errors are shaped by server/api/trpc.ts (status table, no internals).
const handler = withObservability("/api/trpc", async (request, requestId) => {
  const session = await auth();
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req: request,
    router: appRouter,
    createContext: ({ resHeaders }) =>
      createContextInner({
        resHeaders,
        db: db(),
        sessionUserId: session?.user?.id ?? null,
        requestId,
        clientKey: clientKeyFrom(request.headers),
      }),
  });
});

export { handler as GET, handler as POST };
