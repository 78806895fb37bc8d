// The handler lives in server/http (app/ imports only @/server/http/**).
export { GET, POST } from "@/server/http/routes/whatsapp-webhook";
