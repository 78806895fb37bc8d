// A statement's PDF behind its public link (no sign-in). The handler lives in server/http.
export { statementPdf as GET } from "@/server/http/routes/public-pdf";
