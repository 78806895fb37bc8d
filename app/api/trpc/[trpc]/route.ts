import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { createContextInner } from "@/server/api/context";
import { appRouter } from "@/server/api/root";
import { db } from "@/server/db";
import { auth } from "@/server/http/auth";
import { clientKeyFrom } from "@/server/http/client-key";
import { withObservability } from "@/server/http/with-observability";

const handler = withObservability("/api/trpc", async (request, requestId) => {
  const session = await auth();
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req: request,
    router: appRouter,
    createContext: () =>
      createContextInner({
        db: db(),
        sessionUserId: session?.user?.id ?? null,
        requestId,
        clientKey: clientKeyFrom(request.headers),
      }),
  });
});

export { handler as GET, handler as POST };
