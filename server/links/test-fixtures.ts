import { inflateSync } from "node:zlib";
import { db } from "../db";
import { issueInvoice } from "../invoices/issue-invoice";
import { issueInvoiceInput } from "../invoices/schema";
import { invoiceShop, key } from "../invoices/test-fixtures";

/** A shop with Rahul Sharma (the customer), Bina Kapoor (another customer) and one bill of Rahul's. */
export async function linkShop() {
  const shop = await invoiceShop();
  const other = await shop.ownerCaller.customers.create({ name: "Bina Kapoor", phone: "9876500077" });
  const invoice = await issueInvoice(
    shop.ownerCtx,
    issueInvoiceInput.parse({
      customerId: shop.customer.id,
      items: [{ productId: shop.rice.id, quantity: 2 }],
      idempotencyKey: key(),
    }),
  );
  return { ...shop, other, invoice };
}

/** The token at the end of a public URL (/b/<token> or /s/<token>). */
export const tokenOf = (url: string) => url.split("/").at(-1) ?? "";

/** Every column of every stored link, as text: what a copy of the table would reveal. */
export async function storedLinkColumns(businessId: string): Promise<string> {
  return JSON.stringify(await db().publicLink.findMany({ where: { businessId } }));
}

/**
 * The Latin text a PDF prints: pdfkit writes Helvetica strings as hex in TJ arrays, split where it
 * kerns, so the pieces of each array are joined.
 */
export function pdfLatinText(pdf: Buffer): string {
  const raw = pdf.toString("latin1");
  const out: string[] = [];
  for (const match of raw.matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)) {
    let content: string;
    try {
      content = inflateSync(Buffer.from(match[1] ?? "", "latin1")).toString("latin1");
    } catch {
      continue;
    }
    for (const array of content.matchAll(/\[([^\]]*)\]\s*TJ/g)) {
      const pieces = [...(array[1] ?? "").matchAll(/<([0-9a-fA-F]*)>/g)];
      out.push(pieces.map((piece) => Buffer.from(piece[1] ?? "", "hex").toString("latin1")).join(""));
    }
  }
  return out.join("\n");
}
