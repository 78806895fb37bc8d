// The handler lives in server/http (app/ imports only @/server/http/**).
export { liveness as GET } from "@/server/http/routes/health";

export const dynamic = "force-dynamic";
