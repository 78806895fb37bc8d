import { db } from "../../db";
import { reportCsvForUser } from "../../reports/export";
import { auth } from "../auth";
import { withObservability } from "../with-observability";

// GET /api/export/<daybook|aging|gst|customers>?from=YYYY-MM-DD&to=YYYY-MM-DD (or asOf for aging).
// Staff may export daybook, aging and customers; gst is owner only (rules live in server/reports/export.ts).
export const GET = withObservability("/api/export/[report]", async (request, requestId) => {
  const url = new URL(request.url);
  const report = decodeURIComponent(url.pathname.split("/").at(-1) ?? "");
  const session = await auth();
  const { filename, csv } = await reportCsvForUser({
    db: db(),
    sessionUserId: session?.user?.id ?? null,
    report,
    query: Object.fromEntries(url.searchParams),
    requestId,
  });
  return new Response(csv, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${filename}"`,
      "cache-control": "private, no-store",
    },
  });
});
