// The handler lives in server/http (app/ imports only @/server/http/**).
export { readiness as GET } from "@/server/http/routes/health";

export const dynamic = "force-dynamic";
