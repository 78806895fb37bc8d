import { inflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { db } from "../db";
import { invoiceDocument } from "./document";
import { issueInvoice } from "./issue-invoice";
import { renderInvoicePdf } from "./render-pdf";
import { issueInvoiceInput } from "./schema";
import { invoiceShop, key } from "./test-fixtures";

async function invoicePdfFor(customerName: string, description: string) {
  const shop = await invoiceShop();
  await db().customer.update({ where: { id: shop.customer.id }, data: { name: customerName } });
  const invoice = await issueInvoice(
    shop.ownerCtx,
    issueInvoiceInput.parse({
      customerId: shop.customer.id,
      items: [{ description, quantity: 1, ratePaise: 5_000 }],
      idempotencyKey: key(),
    }),
  );
  return renderInvoicePdf(await invoiceDocument(shop.ownerCtx, invoice.id));
}

/** The text of every stream that inflates: the ToUnicode maps say which characters were printed. */
function inflatedStreams(pdf: Buffer): string {
  const text = pdf.toString("latin1");
  const streams: string[] = [];
  for (const match of text.matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)) {
    try {
      streams.push(inflateSync(Buffer.from(match[1] ?? "", "latin1")).toString("latin1"));
    } catch {
      // Images and other streams that are not deflated.
    }
  }
  return streams.join("\n");
}

const hex = (char: string) => (char.codePointAt(0) ?? 0).toString(16).padStart(4, "0");

describe("invoice PDF fonts", () => {
  it("prints a Devanagari name in Noto Sans Devanagari, character for character", async () => {
    const pdf = await invoicePdfFor("सुनीता देवी", "चावल (बासमती) 1 kg");
    const bytes = pdf.toString("latin1");
    expect(bytes).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSansDevanagari-Regular/);
    const toUnicode =
      inflatedStreams(pdf)
        .match(/beginbfrange[\s\S]*?endbfrange/g)
        ?.join("\n") ?? "";
    for (const char of "सुनीतादेवीचावलबासमती") {
      expect({ char, printed: toUnicode.includes(hex(char)) }).toEqual({ char, printed: true });
    }
    // Nothing was replaced: "?" (U+003F) is not among the printed characters.
    expect(toUnicode).not.toMatch(/<003f>/);
  });

  it("keeps an all-English invoice in Helvetica, with no font embedded", async () => {
    const pdf = await invoicePdfFor("Rahul Sharma", "Basmati rice");
    const bytes = pdf.toString("latin1");
    expect(bytes).toContain("/BaseFont /Helvetica");
    expect(bytes).not.toContain("NotoSansDevanagari");
  });
});
