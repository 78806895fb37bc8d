// The handler lives in server/http (app/ imports only @/server/http/**).
export { GET, POST, PUT } from "@/server/http/routes/inngest";
