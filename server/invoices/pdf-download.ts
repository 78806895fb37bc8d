import { requireDomainContextForUser } from "../auth/domain-context-for-user";
import type { Db } from "../db";
import { notFound } from "../errors";
import { invoiceDocument } from "./document";
import { renderInvoicePdf } from "./render-pdf";
import { invoiceId } from "./schema";

/**
 * The PDF of one invoice for the signed-in user's own business (another business's invoice is
 * "not found"). Transport-free so the route handler stays a few lines and this stays testable.
 */
export async function invoicePdfForUser(options: {
  db: Db;
  sessionUserId: string | null;
  invoiceId: string;
  requestId: string | null;
}): Promise<{ filename: string; pdf: Buffer }> {
  const { ctx } = await requireDomainContextForUser(options.db, options.sessionUserId, {
    requestId: options.requestId,
    source: "DASHBOARD",
  });
  if (!invoiceId.safeParse(options.invoiceId).success) throw notFound("Invoice");
  const document = await invoiceDocument(ctx, options.invoiceId);
  return { filename: `${document.number.replaceAll("/", "-")}.pdf`, pdf: await renderInvoicePdf(document) };
}
