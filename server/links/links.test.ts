import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "../db";
import { publicBill } from "./public-bill";
import { publicStatement } from "./public-statement";
import { statementUrlForCustomer } from "./statement-link-for-system";
import { linkShop, storedLinkColumns, tokenOf } from "./test-fixtures";

const DAY_MS = 24 * 60 * 60 * 1000;

describe("public links: tokens, reuse, expiry, revocation", () => {
  it("stores only the token's SHA-256 (and a sealed copy), never the token itself", async () => {
    const shop = await linkShop();
    const share = await shop.staffCaller.links.forInvoice({ invoiceId: shop.invoice.id });
    expect(share.url).toMatch(/\/b\/[A-Za-z0-9_-]{32}$/);
    const token = tokenOf(share.url);
    const row = await db().publicLink.findUniqueOrThrow({ where: { id: share.linkId } });
    expect(row.tokenHash).toBe(createHash("sha256").update(token).digest("hex"));
    expect(await storedLinkColumns(shop.businessId)).not.toContain(token);
  });

  it("hands out the same link on every share until it is withdrawn, then a new one", async () => {
    const shop = await linkShop();
    const first = await shop.staffCaller.links.forInvoice({ invoiceId: shop.invoice.id });
    const again = await shop.ownerCaller.links.forInvoice({ invoiceId: shop.invoice.id });
    expect(again.url).toBe(first.url);
    expect(await db().publicLink.count({ where: { businessId: shop.businessId } })).toBe(1);
    await shop.ownerCaller.links.revoke({ linkId: first.linkId });
    const fresh = await shop.ownerCaller.links.forInvoice({ invoiceId: shop.invoice.id });
    expect(fresh.url).not.toBe(first.url);
    expect((await publicBill(db(), tokenOf(first.url))).state).toBe("GONE");
    expect((await publicBill(db(), tokenOf(fresh.url))).state).toBe("LIVE");
  });

  it("expires after 90 days, answering only with the shop's name", async () => {
    const shop = await linkShop();
    const { url, expiresAt } = await shop.ownerCaller.links.forInvoice({ invoiceId: shop.invoice.id });
    expect(Math.round((expiresAt.getTime() - Date.now()) / DAY_MS)).toBe(90);
    const token = tokenOf(url);
    expect((await publicBill(db(), token, new Date(Date.now() + 89 * DAY_MS))).state).toBe("LIVE");
    const expired = await publicBill(db(), token, new Date(Date.now() + 91 * DAY_MS));
    const shopName = (await db().business.findUniqueOrThrow({ where: { id: shop.businessId } })).name;
    expect(expired).toEqual({ state: "GONE", shopName });
  });

  it("knows nothing of a tampered, unknown or malformed token, or a bill's token on /s/", async () => {
    const shop = await linkShop();
    const token = tokenOf((await shop.ownerCaller.links.forInvoice({ invoiceId: shop.invoice.id })).url);
    const tampered = `${token.slice(0, -1)}${token.endsWith("A") ? "B" : "A"}`;
    expect(await publicBill(db(), tampered)).toEqual({ state: "UNKNOWN" });
    expect(await publicBill(db(), "x".repeat(32))).toEqual({ state: "UNKNOWN" });
    expect(await publicBill(db(), `${token}'--`)).toEqual({ state: "UNKNOWN" });
    expect(await publicStatement(db(), token)).toEqual({ state: "UNKNOWN" });
  });

  it("withdraws all of a customer's links at once (owner only), bills and statements", async () => {
    const shop = await linkShop();
    const bill = await shop.staffCaller.links.forInvoice({ invoiceId: shop.invoice.id });
    const statement = await shop.staffCaller.links.forStatement({ customerId: shop.customer.id });
    const others = await shop.staffCaller.links.forStatement({ customerId: shop.other.id });
    await expect(
      shop.staffCaller.links.revokeForCustomer({ customerId: shop.customer.id }),
    ).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect(await shop.ownerCaller.links.revokeForCustomer({ customerId: shop.customer.id })).toEqual({
      revoked: 2,
    });
    expect((await publicBill(db(), tokenOf(bill.url))).state).toBe("GONE");
    expect((await publicStatement(db(), tokenOf(statement.url))).state).toBe("GONE");
    expect((await publicStatement(db(), tokenOf(others.url))).state).toBe("LIVE");
    const audit = await db().auditLog.findMany({
      where: { businessId: shop.businessId, action: "public_link.revoke_customer" },
    });
    expect(audit).toHaveLength(1);
    const links = await shop.ownerCaller.links.find({ customerId: shop.customer.id });
    expect(links.map((link) => link.live)).toEqual([false, false]);
  });

  it("refuses another shop's bill, customer and link as not found", async () => {
    const shop = await linkShop();
    const stranger = await linkShop();
    const link = await shop.ownerCaller.links.forInvoice({ invoiceId: shop.invoice.id });
    const notFound = { code: "NOT_FOUND" };
    await expect(stranger.ownerCaller.links.forInvoice({ invoiceId: shop.invoice.id })).rejects.toMatchObject(
      notFound,
    );
    await expect(
      stranger.ownerCaller.links.forStatement({ customerId: shop.customer.id }),
    ).rejects.toMatchObject(notFound);
    await expect(stranger.ownerCaller.links.revoke({ linkId: link.linkId })).rejects.toMatchObject(notFound);
    await expect(stranger.ownerCaller.links.find({ customerId: shop.customer.id })).rejects.toMatchObject(
      notFound,
    );
    expect((await publicBill(db(), tokenOf(link.url))).state).toBe("LIVE");
  });

  it("gives reminders the customer's whole-khata statement link, the same one the shop shares", async () => {
    const shop = await linkShop();
    const target = { businessId: shop.businessId, customerId: shop.customer.id };
    const url = await db().$transaction((tx) => statementUrlForCustomer(tx, target));
    expect(url).toMatch(/\/s\/[A-Za-z0-9_-]{32}$/);
    expect((await publicStatement(db(), tokenOf(url ?? ""))).state).toBe("LIVE");
    const shared = await shop.staffCaller.links.forStatement({ customerId: shop.customer.id });
    expect(shared.url).toBe(url);
    const stranger = await linkShop();
    const elsewhere = { businessId: stranger.businessId, customerId: shop.customer.id };
    expect(await db().$transaction((tx) => statementUrlForCustomer(tx, elsewhere))).toBeNull();
  });
});
