import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { istDateString } from "@/lib/gst/financial-year";
import { db } from "../../db";
import { invoiceShop } from "../../invoices/test-fixtures";
import { anonymousCaller } from "../../test/factories";

const key = () => randomUUID();

describe("invoices router", () => {
  it("rejects every procedure without a session", async () => {
    const caller = anonymousCaller();
    const attempts = [
      caller.invoices.find({}),
      caller.invoices.get({ id: "x" }),
      caller.invoices.document({ id: "x" }),
      caller.invoices.issue({
        customerId: "x",
        items: [{ description: "Tea", quantity: 1, ratePaise: 100 }],
        idempotencyKey: key(),
      }),
      caller.invoices.cancel({ invoiceId: "x", reason: "x", idempotencyKey: key() }),
    ];
    for (const attempt of attempts) await expect(attempt).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });

  it("staff issue invoices; only the owner cancels", async () => {
    const shop = await invoiceShop();
    const invoice = await shop.staffCaller.invoices.issue({
      customerId: shop.customer.id,
      items: [{ productId: shop.rice.id, quantity: "1.5" }],
      idempotencyKey: key(),
    });
    expect(invoice).toMatchObject({ status: "ISSUED", totalPaise: 7_500 });
    await expect(
      shop.staffCaller.invoices.cancel({ invoiceId: invoice.id, reason: "oops", idempotencyKey: key() }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await shop.ownerCaller.invoices.get({ id: invoice.id })).status).toBe("ISSUED");
    const cancelled = await shop.ownerCaller.invoices.cancel({
      invoiceId: invoice.id,
      reason: "oops",
      idempotencyKey: key(),
    });
    expect(cancelled.status).toBe("CANCELLED");
  });

  it("answers NOT_FOUND for another shop's invoice, customer or product", async () => {
    const mine = await invoiceShop();
    const theirs = await invoiceShop();
    const invoice = await theirs.ownerCaller.invoices.issue({
      customerId: theirs.customer.id,
      items: [{ productId: theirs.rice.id, quantity: 1 }],
      idempotencyKey: key(),
    });
    const notFound = { code: "NOT_FOUND" };
    await expect(mine.ownerCaller.invoices.get({ id: invoice.id })).rejects.toMatchObject(notFound);
    await expect(mine.ownerCaller.invoices.document({ id: invoice.id })).rejects.toMatchObject(notFound);
    await expect(
      mine.ownerCaller.invoices.cancel({ invoiceId: invoice.id, reason: "x", idempotencyKey: key() }),
    ).rejects.toMatchObject(notFound);
    await expect(
      mine.ownerCaller.invoices.issue({
        customerId: theirs.customer.id,
        items: [{ description: "Tea", quantity: 1, ratePaise: 100 }],
        idempotencyKey: key(),
      }),
    ).rejects.toMatchObject(notFound);
    await expect(
      mine.ownerCaller.invoices.issue({
        customerId: mine.customer.id,
        items: [{ productId: theirs.rice.id, quantity: 1 }],
        idempotencyKey: key(),
      }),
    ).rejects.toMatchObject(notFound);
    expect((await mine.ownerCaller.invoices.find({})).items).toEqual([]);
    expect((await theirs.ownerCaller.invoices.get({ id: invoice.id })).status).toBe("ISSUED");
  });

  it("rejects invalid lines with field errors and takes no number", async () => {
    const shop = await invoiceShop();
    const invalid: [{ quantity: string | number } & Record<string, unknown>, (string | number)[]][] = [
      [{ description: "Tea", quantity: "1.2345", ratePaise: 100 }, ["items", 0, "quantity"]],
      [{ description: "Tea", quantity: "0", ratePaise: 100 }, ["items", 0, "quantity"]],
      [{ description: "Tea", quantity: 1 }, ["items", 0, "ratePaise"]],
      [{ quantity: 1, ratePaise: 100 }, ["items", 0, "description"]],
      [{ productId: shop.rice.id, quantity: 1, gstRateBp: 1_200 }, ["items", 0, "gstRateBp"]],
    ];
    for (const [item, field] of invalid) {
      await expect(
        shop.ownerCaller.invoices.issue({
          customerId: shop.customer.id,
          items: [item],
          idempotencyKey: key(),
        }),
      ).rejects.toMatchObject({
        code: "BAD_REQUEST",
        cause: { issues: [expect.objectContaining({ path: field })] },
      });
    }
    const ok = await shop.ownerCaller.invoices.issue({
      customerId: shop.customer.id,
      items: [{ description: "Tea", quantity: 1, ratePaise: 100 }],
      idempotencyKey: key(),
    });
    expect(ok.number.endsWith("/0001")).toBe(true);
    expect(await db().invoiceCounter.findFirst({ where: { businessId: shop.businessId } })).toMatchObject({
      lastSeq: 1,
    });
  });

  it("finds invoices newest first by status, customer and Indian date, page by page", async () => {
    const shop = await invoiceShop();
    const issued = [];
    for (let index = 0; index < 3; index++) {
      issued.push(
        await shop.ownerCaller.invoices.issue({
          customerId: shop.customer.id,
          items: [{ productId: shop.rice.id, quantity: index + 1 }],
          idempotencyKey: key(),
        }),
      );
    }
    await shop.ownerCaller.invoices.cancel({
      invoiceId: issued[0]?.id ?? "",
      reason: "x",
      idempotencyKey: key(),
    });
    const page1 = await shop.ownerCaller.invoices.find({ limit: 2 });
    expect(page1.items.map((item) => item.id)).toEqual([issued[2]?.id, issued[1]?.id]);
    const page2 = await shop.ownerCaller.invoices.find({ limit: 2, cursor: page1.nextCursor });
    expect(page2.items.map((item) => item.id)).toEqual([issued[0]?.id]);
    expect(page2.nextCursor).toBeNull();
    const cancelled = await shop.ownerCaller.invoices.find({ status: "CANCELLED" });
    expect(cancelled.items).toMatchObject([{ id: issued[0]?.id, duePaise: 0 }]);
    const today = istDateString(new Date());
    const tomorrow = istDateString(new Date(Date.now() + 24 * 60 * 60 * 1000));
    expect((await shop.ownerCaller.invoices.find({ from: today, to: today })).items).toHaveLength(3);
    expect((await shop.ownerCaller.invoices.find({ from: tomorrow })).items).toHaveLength(0);
    expect((await shop.ownerCaller.invoices.find({ customerId: shop.customer.id })).items).toHaveLength(3);
    const detail = await shop.ownerCaller.invoices.get({ id: issued[2]?.id ?? "" });
    expect(detail.lines).toMatchObject([{ description: "Rice", quantity: "3", quantityMilli: 3_000 }]);
    const document = await shop.staffCaller.invoices.document({ id: issued[2]?.id ?? "" });
    expect(document.totals.duePaise).toBe(15_000);
  });
});
