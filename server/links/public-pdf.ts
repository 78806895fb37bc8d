import type { PublicLinkKind } from "@/generated/prisma/enums";
import type { Db } from "../db";
import { renderInvoicePdf } from "../invoices/render-pdf";
import type { PublicPage } from "./public-bill";
import { publicBill } from "./public-bill";
import { publicStatement } from "./public-statement";
import { renderStatementPdf } from "./render-statement-pdf";

export type PublicPdf = { filename: string; pdf: Buffer };

/** The PDF behind a public link: the bill (the invoice PDF itself) or the statement. */
export async function publicPdf(
  db: Db,
  input: { kind: PublicLinkKind; token: string },
  now = new Date(),
): Promise<PublicPage<PublicPdf>> {
  if (input.kind === "INVOICE") {
    const page = await publicBill(db, input.token, now);
    if (page.state !== "LIVE") return page;
    // The invoice renderer never prints the share fields the public view leaves out.
    const pdf = await renderInvoicePdf({
      ...page.data,
      customerId: "",
      invoiceUrl: "",
      whatsappShareUrl: "",
      customer: { ...page.data.customer, phone: null },
    });
    return { state: "LIVE", data: { filename: `${page.data.number.replaceAll("/", "-")}.pdf`, pdf } };
  }
  const page = await publicStatement(db, input.token, now);
  if (page.state !== "LIVE") return page;
  const range = `${page.data.from ?? "start"}-to-${page.data.to}`;
  return {
    state: "LIVE",
    data: { filename: `statement-${range}.pdf`, pdf: await renderStatementPdf(page.data) },
  };
}
