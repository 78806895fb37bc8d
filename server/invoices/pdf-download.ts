import { findActiveUser } from "../auth/authenticate";
import type { DomainContext } from "../context";
import type { Db } from "../db";
import { AppError, notFound } from "../errors";
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
  if (!options.sessionUserId) throw new AppError("UNAUTHORIZED", "Sign in first");
  const user = await findActiveUser(options.db, options.sessionUserId);
  if (!user) throw new AppError("UNAUTHORIZED", "Your session has ended. Sign in again.");
  if (!invoiceId.safeParse(options.invoiceId).success) throw notFound("Invoice");
  const ctx: DomainContext = {
    db: options.db,
    businessId: user.businessId,
    actor: { type: "USER", userId: user.id, role: user.role },
    requestId: options.requestId,
    source: "DASHBOARD",
  };
  const document = await invoiceDocument(ctx, options.invoiceId);
  return { filename: `${document.number.replaceAll("/", "-")}.pdf`, pdf: await renderInvoicePdf(document) };
}
