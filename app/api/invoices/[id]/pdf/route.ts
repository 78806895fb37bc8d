import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { auth } from "@/server/http/auth";
import { withObservability } from "@/server/http/with-observability";
import { invoicePdfForUser } from "@/server/invoices/pdf-download";

const STATUS = { UNAUTHORIZED: 401, NOT_FOUND: 404 } as const;

// GET /api/invoices/<id>/pdf — the invoice as a PDF download, for members of its business only.
export const GET = withObservability("/api/invoices/[id]/pdf", async (request, requestId) => {
  // withObservability passes only the request, so the id comes from the path: /api/invoices/<id>/pdf.
  const invoiceId = new URL(request.url).pathname.split("/").at(-2) ?? "";
  const session = await auth();
  try {
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
  } catch (error) {
    if (error instanceof AppError && (error.code === "UNAUTHORIZED" || error.code === "NOT_FOUND")) {
      return Response.json({ error: error.message, requestId }, { status: STATUS[error.code] });
    }
    throw error;
  }
});
