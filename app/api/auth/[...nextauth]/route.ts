import { handlers } from "@/server/http/auth";

export const { GET, POST } = handlers;
