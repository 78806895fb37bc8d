import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../db";
import { resetEnvForTests } from "../env";
import { publicBill } from "./public-bill";
import { publicStatement } from "./public-statement";
import { linkShop, tokenOf } from "./test-fixtures";

// No mail transport: the owner confirms the erasure with their password (the factories' one).
beforeAll(() => {
  delete process.env.SMTP_URL;
  resetEnvForTests();
});

describe("erasing a customer", () => {
  it("withdraws their bill and statement links in the same step, and no new one is handed out", async () => {
    const shop = await linkShop();
    const bill = await shop.staffCaller.links.forInvoice({ invoiceId: shop.invoice.id });
    const statement = await shop.staffCaller.links.forStatement({ customerId: shop.customer.id });
    const others = await shop.staffCaller.links.forStatement({ customerId: shop.other.id });
    const request = await shop.ownerCaller.customers.requestDeletion({ customerId: shop.customer.id });
    await shop.ownerCaller.customers.confirmDeletion({
      requestId: request.requestId,
      password: "password123",
    });
    expect((await publicBill(db(), tokenOf(bill.url))).state).toBe("GONE");
    expect((await publicStatement(db(), tokenOf(statement.url))).state).toBe("GONE");
    expect((await publicStatement(db(), tokenOf(others.url))).state).toBe("LIVE");
    const rows = await db().publicLink.findMany({ where: { customerId: shop.customer.id } });
    expect(rows.every((row) => row.revokedAt !== null)).toBe(true);
    await expect(shop.staffCaller.links.forStatement({ customerId: shop.customer.id })).rejects.toMatchObject(
      {
        code: "NOT_FOUND",
      },
    );
    await expect(shop.staffCaller.links.forInvoice({ invoiceId: shop.invoice.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});
