import { headers } from "next/headers";
import { cache } from "react";
import { db } from "../../db";
import { type PublicBill, type PublicPage, publicBill } from "../../links/public-bill";
import { type PublicStatement, publicStatement } from "../../links/public-statement";
import { publicPdfUrl } from "../../links/url";
import { takePublicLinkRequest } from "./public-rate-limit";

export type { StatementLine } from "../../links/statement-lines";
export type { PublicBill, PublicStatement };

/** What a public page renders: the data, "expired or withdrawn", or "too many requests". */
export type PublicPageData<T> = PublicPage<T & { pdfUrl: string }> | { state: "LIMITED" };

// For the server components of app/(public): no session is read and no cookie is needed; the
// token in the path is the only key, and each client may try only so many a minute.
async function load<T>(kind: "INVOICE" | "STATEMENT", token: string, read: () => Promise<PublicPage<T>>) {
  if (!(await takePublicLinkRequest(await headers())).allowed) return { state: "LIMITED" } as const;
  const page = await read();
  if (page.state !== "LIVE") return page;
  return { state: "LIVE", data: { ...page.data, pdfUrl: publicPdfUrl(kind, token) } } as const;
}

// Once per request: the metadata and the page share one lookup (and one rate-limit count).
export const loadPublicBill = cache(
  (token: string): Promise<PublicPageData<PublicBill>> =>
    load("INVOICE", token, () => publicBill(db(), token)),
);

export const loadPublicStatement = cache(
  (token: string): Promise<PublicPageData<PublicStatement>> =>
    load("STATEMENT", token, () => publicStatement(db(), token)),
);
