import { db } from "../../db";
import { invoicePdfForUser } from "../../invoices/pdf-download";
import { auth } from "../auth";
import { withObservability } from "../with-observability";

// GET /api/invoices/<id>/pdf — the invoice as a PDF download, for members of its business only.
// 401 signed out, 404 another shop's (or no such) invoice; withObservability answers failures.
export const GET = withObservability("/api/invoices/[id]/pdf", async (request, requestId) => {
  // withObservability passes only the request, so the id comes from the path: /api/invoices/<id>/pdf.
  const invoiceId = new URL(request.url).pathname.split("/").at(-2) ?? "";
  const session = await auth();
  const { filename, pdf } = await invoicePdfForUser({
    db: db(),
    sessionUserId: session?.user?.id ?? null,
    invoiceId,
    requestId,
  });
  return new Response(new Uint8Array(pdf), {
    headers: {
      "content-type": "application/pdf",
      "content-disposition": `attachment; filename="${filename}"`,
      "cache-control": "private, no-store",
    },
  });
});
