import { describe, expect, it } from "vitest";
import type { DomainContext } from "../context";
import { db } from "../db";
import { resetEnvForTests } from "../env";
import { createTestBusiness } from "../test/factories";
import { adjustStock, archiveProduct, createProduct, updateProduct } from "./mutations";
import { findLowStockProducts, findProducts, getProduct } from "./queries";
import { adjustStockInput, createProductInput, findProductsInput, updateProductInput } from "./schema";

// Domain functions take validated input: parse it the way the router does.
const create = (ctx: DomainContext, raw: unknown) => createProduct(ctx, createProductInput.parse(raw));
const find = (ctx: DomainContext, raw: unknown) => findProducts(ctx, findProductsInput.parse(raw));
const names = (result: { items: { name: string }[] }) => result.items.map((item) => item.name);

async function catalogue() {
  const shop = await createTestBusiness();
  const rice = await create(shop.ownerCtx, {
    name: "Basmati Rice",
    aliases: ["chawal", "चावल"],
    unit: "kg",
    pricePaise: 9_000,
    gstRateBp: 500,
    hsn: "1006",
    stock: "25.5",
    lowStock: "5",
  });
  const sugar = await create(shop.ownerCtx, {
    name: "Sugar",
    aliases: ["cheeni"],
    unit: "kg",
    pricePaise: 4_500,
  });
  const oil = await create(shop.ownerCtx, {
    name: "Mustard Oil",
    aliases: ["sarson ka tel"],
    unit: "litre",
    pricePaise: 18_000,
    stock: 2,
    lowStock: 3,
  });
  return { ...shop, rice, sugar, oil };
}

describe("product catalogue", () => {
  it("stores stock as thousandths and shows it back as typed", async () => {
    const { ownerCtx, rice } = await catalogue();
    expect(rice).toMatchObject({
      stockMilli: 25_500,
      stock: "25.5",
      lowStockMilli: 5_000,
      isLowStock: false,
    });
    expect(await getProduct(ownerCtx, rice.id)).toMatchObject({
      name: "Basmati Rice",
      gstRateBp: 500,
      hsn: "1006",
    });
  });

  it("finds a product by its name, a Hindi alias in Latin or Devanagari, and a typo", async () => {
    const { ownerCtx } = await catalogue();
    for (const query of ["chawal", "चावल", "basmati", "chaawal", "Rice"]) {
      expect(names(await find(ownerCtx, { search: query }))).toEqual(["Basmati Rice"]);
    }
    expect(names(await find(ownerCtx, { search: "cheeni" }))).toEqual(["Sugar"]);
    expect(names(await find(ownerCtx, { search: "tel" }))).toEqual(["Mustard Oil"]);
    expect(names(await find(ownerCtx, { search: "paneer" }))).toEqual([]);
  });

  it("pages through the catalogue by name", async () => {
    const { ownerCtx } = await catalogue();
    const first = await find(ownerCtx, { limit: 2 });
    expect(names(first)).toEqual(["Basmati Rice", "Mustard Oil"]);
    const second = await find(ownerCtx, { limit: 2, cursor: first.nextCursor });
    expect(names(second)).toEqual(["Sugar"]);
    expect(second.nextCursor).toBeNull();
  });

  it("an edit changes only the fields given, and renaming updates search", async () => {
    const { ownerCtx, rice } = await catalogue();
    const updated = await updateProduct(
      ownerCtx,
      updateProductInput.parse({ id: rice.id, name: "Sona Masoori" }),
    );
    expect(updated).toMatchObject({
      gstRateBp: 500,
      aliases: ["chawal", "चावल"],
      hsn: "1006",
      stockMilli: 25_500,
    });
    expect(names(await find(ownerCtx, { search: "masoori" }))).toEqual(["Sona Masoori"]);
    expect(names(await find(ownerCtx, { search: "chawal" }))).toEqual(["Sona Masoori"]);
    const cleared = await updateProduct(
      ownerCtx,
      updateProductInput.parse({ id: rice.id, hsn: "", lowStock: null }),
    );
    expect(cleared).toMatchObject({ hsn: null, lowStockMilli: null });
    const audit = await db().auditLog.count({ where: { action: "product.update", entityId: rice.id } });
    expect(audit).toBe(2);
  });

  it("lists products at or below their low-stock mark, not archived ones", async () => {
    const { ownerCtx, oil, rice } = await catalogue();
    expect((await findLowStockProducts(ownerCtx, { limit: 50 })).map((product) => product.name)).toEqual([
      "Mustard Oil",
    ]);
    await adjustStock(
      ownerCtx,
      adjustStockInput.parse({ productId: rice.id, mode: "SET", quantity: "5", reason: "Count" }),
    );
    expect((await findLowStockProducts(ownerCtx, { limit: 50 })).map((product) => product.name)).toEqual([
      "Mustard Oil",
      "Basmati Rice",
    ]);
    await archiveProduct(ownerCtx, { id: oil.id });
    expect((await findLowStockProducts(ownerCtx, { limit: 50 })).map((product) => product.name)).toEqual([
      "Basmati Rice",
    ]);
    expect(names(await find(ownerCtx, {}))).not.toContain("Mustard Oil");
    expect(names(await find(ownerCtx, { includeArchived: true }))).toContain("Mustard Oil");
  });

  it("adjusts stock by adding, removing or setting a count, with the reason in the audit log", async () => {
    const { ownerCtx, oil } = await catalogue();
    const adjust = (mode: string, quantity: string) =>
      adjustStock(
        ownerCtx,
        adjustStockInput.parse({ productId: oil.id, mode, quantity, reason: `${mode} ${quantity}` }),
      );
    expect((await adjust("ADD", "10.25")).stockMilli).toBe(12_250);
    expect((await adjust("REMOVE", "13")).stockMilli).toBe(-750);
    expect((await adjust("SET", "0")).stockMilli).toBe(0);
    const audits = await db().auditLog.findMany({
      where: { action: "product.adjustStock", entityId: oil.id },
      orderBy: { createdAt: "asc" },
    });
    expect(audits.map((row) => row.after)).toEqual([
      { stockMilli: "12250", mode: "ADD", reason: "ADD 10.25" },
      { stockMilli: "-750", mode: "REMOVE", reason: "REMOVE 13" },
      { stockMilli: "0", mode: "SET", reason: "SET 0" },
    ]);
  });

  it("validates GST rate against the configured list, the unit, the HSN code and decimals", async () => {
    const bad = [
      { gstRateBp: 1_200 },
      { unit: "kilo" },
      { hsn: "12345" },
      { stock: "1.2345" },
      { pricePaise: 10.5 },
      { name: "" },
    ];
    for (const fields of bad) {
      expect(
        createProductInput.safeParse({ name: "Tea", unit: "packet", pricePaise: 100, ...fields }).success,
      ).toBe(false);
    }
    expect(
      createProductInput.parse({ name: "Gold coin", unit: "piece", pricePaise: 1, gstRateBp: 4_000 })
        .gstRateBp,
    ).toBe(4_000);
  });

  it("takes the GST rate list from configuration", async () => {
    const gold = { name: "Gold coin", unit: "piece", pricePaise: 1, gstRateBp: 300 };
    expect(createProductInput.safeParse(gold).success).toBe(false);
    process.env.GST_RATES = "0,3,5,18,40";
    resetEnvForTests();
    try {
      expect(createProductInput.parse(gold).gstRateBp).toBe(300);
    } finally {
      delete process.env.GST_RATES;
      resetEnvForTests();
    }
  });
});
