// The handler lives in server/http (app/ imports only @/server/http/**).
export { GET } from "@/server/http/routes/shop-export";
