import { serve } from "inngest/next";
import { type InngestClient, inngest } from "../../inngest/client";
import { inngestFunctions } from "../../inngest/functions";

// GET/POST/PUT /api/inngest — Inngest registers and calls our functions here. Outside dev mode
// the SDK refuses any request not signed with INNGEST_SIGNING_KEY (X-Inngest-Signature).
export function inngestRouteFor(client: InngestClient) {
  return serve({ client, functions: inngestFunctions(client) });
}

let handlers: ReturnType<typeof inngestRouteFor> | undefined;
// Made on first request: the client reads the validated environment, which `next build` lacks.
const route = () => {
  handlers ??= inngestRouteFor(inngest());
  return handlers;
};

type Handler = ReturnType<typeof inngestRouteFor>["GET"];
export const GET: Handler = (...args) => route().GET(...args);
export const POST: Handler = (...args) => route().POST(...args);
export const PUT: Handler = (...args) => route().PUT(...args);
