// The handler lives in server/http (app/ imports only @/server/http/**).
export { POST } from "@/server/http/routes/voice-turn";
