import { db } from "../../db";
import { shopZipForUser } from "../../reports/shop-export";
import { auth } from "../auth";
import { withObservability } from "../with-observability";

// GET /api/export/shop: the owner's whole shop (customers, entries, invoices, products) as CSVs in a zip.
export const GET = withObservability("/api/export/shop", async (_request, requestId) => {
  const session = await auth();
  const { filename, zip } = await shopZipForUser({
    db: db(),
    sessionUserId: session?.user?.id ?? null,
    requestId,
  });
  return new Response(new Blob([zip as Uint8Array<ArrayBuffer>], { type: "application/zip" }), {
    headers: {
      "content-disposition": `attachment; filename="${filename}"`,
      "cache-control": "private, no-store",
    },
  });
});
