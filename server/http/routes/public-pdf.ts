import type { PublicLinkKind } from "@/generated/prisma/enums";
import { db } from "../../db";
import { publicPdf } from "../../links/public-pdf";
import { withObservability } from "../with-observability";
import { publicLinkLimitHeaders, takePublicLinkRequest } from "./public-rate-limit";

// Never indexed, never tells the next site where the customer came from, never cached on the way.
const PRIVATE_HEADERS = {
  "referrer-policy": "no-referrer",
  "x-robots-tag": "noindex, nofollow",
  "cache-control": "private, no-store",
};

function plain(status: number, text: string, extra: Record<string, string> = {}): Response {
  return new Response(text, {
    status,
    headers: { ...PRIVATE_HEADERS, ...extra, "content-type": "text/plain; charset=utf-8" },
  });
}

/**
 * GET /api/public/{b,s}/<token>/pdf — no session, no cookies: the token is the only key. 404 for a
 * token that was never issued (or is malformed), 410 for an expired or withdrawn one, 429 when
 * one client asks too often.
 */
function publicPdfRoute(kind: PublicLinkKind, route: string) {
  return withObservability(route, async (request) => {
    const allowed = await takePublicLinkRequest(request.headers);
    if (!allowed.allowed) {
      return plain(429, "Too many requests. Try again in a minute.", publicLinkLimitHeaders(allowed));
    }
    const token = new URL(request.url).pathname.split("/").at(-2) ?? "";
    const page = await publicPdf(db(), { kind, token });
    if (page.state === "UNKNOWN") return plain(404, "This link has expired or was withdrawn.");
    if (page.state === "GONE")
      return plain(410, `This link from ${page.shopName} has expired or was withdrawn.`);
    return new Response(new Uint8Array(page.data.pdf), {
      headers: {
        ...PRIVATE_HEADERS,
        "content-type": "application/pdf",
        "content-disposition": `attachment; filename="${page.data.filename}"`,
      },
    });
  });
}

export const billPdf = publicPdfRoute("INVOICE", "/api/public/b/[token]/pdf");
export const statementPdf = publicPdfRoute("STATEMENT", "/api/public/s/[token]/pdf");
