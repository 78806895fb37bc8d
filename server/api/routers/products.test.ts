import { describe, expect, it } from "vitest";
import { db } from "../../db";
import { anonymousCaller, createTestBusiness } from "../../test/factories";

const rice = {
  name: "Rice",
  aliases: ["chawal"],
  unit: "kg" as const,
  pricePaise: 5_000,
  stock: "10",
  lowStock: "2",
};

describe("products router", () => {
  it("rejects every procedure without a session", async () => {
    const caller = anonymousCaller();
    const attempts = [
      caller.products.find({}),
      caller.products.get({ id: "x" }),
      caller.products.lowStock({}),
      caller.products.options(),
      caller.products.create(rice),
      caller.products.update({ id: "x", name: "Y" }),
      caller.products.archive({ id: "x" }),
      caller.products.adjustStock({ productId: "x", mode: "ADD", quantity: "1", reason: "count" }),
    ];
    for (const attempt of attempts) await expect(attempt).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });

  it("offers the configured GST rates and the product units to staff", async () => {
    const shop = await createTestBusiness();
    const options = await shop.staffCaller.products.options();
    expect(options.gstRatesBp).toEqual([0, 500, 1_800, 4_000]);
    expect(options.units).toEqual(expect.arrayContaining(["kg", "litre", "piece"]));
    // What the form offers is what the server accepts, and nothing else.
    for (const gstRateBp of options.gstRatesBp) {
      await expect(shop.staffCaller.products.create({ ...rice, gstRateBp })).resolves.toMatchObject({
        gstRateBp,
      });
    }
    await expect(shop.staffCaller.products.create({ ...rice, gstRateBp: 1_200 })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
  });

  it("staff add and edit products; archive and stock adjustments are the owner's", async () => {
    const shop = await createTestBusiness();
    const created = await shop.staffCaller.products.create(rice);
    expect(created).toMatchObject({ stockMilli: 10_000, stock: "10" });
    await shop.staffCaller.products.update({ id: created.id, pricePaise: 5_500 });
    await expect(shop.staffCaller.products.archive({ id: created.id })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(
      shop.staffCaller.products.adjustStock({
        productId: created.id,
        mode: "SET",
        quantity: "0",
        reason: "theft?",
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await shop.ownerCaller.products.get({ id: created.id })).toMatchObject({
      pricePaise: 5_500,
      stockMilli: 10_000,
      archivedAt: null,
    });
    const adjusted = await shop.ownerCaller.products.adjustStock({
      productId: created.id,
      mode: "REMOVE",
      quantity: "8.5",
      reason: "Damaged in rain",
    });
    expect(adjusted).toMatchObject({ stock: "1.5", isLowStock: true });
    expect((await shop.staffCaller.products.lowStock({})).map((product) => product.id)).toEqual([created.id]);
    await shop.ownerCaller.products.archive({ id: created.id });
    expect((await shop.staffCaller.products.find({ search: "chawal" })).items).toEqual([]);
  });

  it("answers NOT_FOUND for another shop's product and changes nothing", async () => {
    const mine = await createTestBusiness();
    const theirs = await createTestBusiness();
    const product = await theirs.ownerCaller.products.create(rice);
    await expect(mine.ownerCaller.products.get({ id: product.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(
      mine.ownerCaller.products.update({ id: product.id, name: "Mine now" }),
    ).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(mine.ownerCaller.products.archive({ id: product.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(
      mine.ownerCaller.products.adjustStock({
        productId: product.id,
        mode: "SET",
        quantity: "0",
        reason: "x",
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await mine.ownerCaller.products.find({ search: "rice" })).items).toEqual([]);
    expect(await db().product.findUniqueOrThrow({ where: { id: product.id } })).toMatchObject({
      name: "Rice",
      stockMilli: 10_000n,
      archivedAt: null,
    });
  });

  it("rejects bad input with field errors and writes nothing", async () => {
    const shop = await createTestBusiness();
    await expect(shop.ownerCaller.products.create({ ...rice, gstRateBp: 1_200 })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      cause: {
        issues: [
          expect.objectContaining({
            path: ["gstRateBp"],
            message: expect.stringContaining("0%, 5%, 18%, 40%"),
          }),
        ],
      },
    });
    await expect(shop.ownerCaller.products.create({ ...rice, stock: "-1" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    expect(await db().product.count({ where: { businessId: shop.businessId } })).toBe(0);
  });
});
