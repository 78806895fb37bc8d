// A bill's PDF behind its public link (no sign-in). The handler lives in server/http.
export { billPdf as GET } from "@/server/http/routes/public-pdf";
