import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { auth } from "@/server/http/auth";
import { withObservability } from "@/server/http/with-observability";
import { reportCsvForUser } from "@/server/reports/export";

const STATUS = { BAD_REQUEST: 400, UNAUTHORIZED: 401, FORBIDDEN: 403, NOT_FOUND: 404 } as const;

// GET /api/export/<daybook|aging|gst|customers>?from=YYYY-MM-DD&to=YYYY-MM-DD (or asOf for aging).
// Staff may export daybook, aging and customers; gst is owner only (rules live in server/reports/export.ts).
export const GET = withObservability("/api/export/[report]", async (request, requestId) => {
  const url = new URL(request.url);
  const report = decodeURIComponent(url.pathname.split("/").at(-1) ?? "");
  const session = await auth();
  try {
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
  } catch (error) {
    if (error instanceof AppError && error.code in STATUS) {
      const status = STATUS[error.code as keyof typeof STATUS];
      return Response.json(
        { error: error.message, fieldErrors: error.fieldErrors ?? null, requestId },
        { status },
      );
    }
    throw error;
  }
});
