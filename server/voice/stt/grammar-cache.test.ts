import { describe, expect, it } from "vitest";
import { createCustomer } from "../../customers/mutations";
import { recordCredit } from "../../ledger/mutations";
import { voiceShop } from "../engine/test-shop";
import { sttHints } from "../offline/stt-hints";
import { shopGrammar } from "./grammar-cache";

describe("the shop's grammar cache", () => {
  it("reuses the grammar while the shop's names stay the same, even after a payment reorders them", async () => {
    const shop = await voiceShop({ "Rahul Sharma": 0, "Priya Verma": 0 });
    const hintsBefore = await sttHints(shop.ownerCtx);
    const first = await shopGrammar(hintsBefore);
    await recordCredit(shop.ownerCtx, {
      customerId: shop.ids["Rahul Sharma"] as string,
      amountPaise: 50_000,
      idempotencyKey: `cache-${shop.ids["Rahul Sharma"]}`,
    });
    const hintsAfter = await sttHints(shop.ownerCtx);
    // Most recently active first: Rahul moved to the front.
    expect(hintsAfter.customerNames).toEqual([...hintsBefore.customerNames].reverse());
    const second = await shopGrammar(hintsAfter);
    expect(second).toBe(first);
    expect(second.jsgf).toContain("rahul sharma");
  });

  it("puts a customer added since the last request into the next request's grammar", async () => {
    const shop = await voiceShop({ "Rahul Sharma": 0 });
    const before = await shopGrammar(await sttHints(shop.ownerCtx));
    expect(before.jsgf).not.toContain("priya");
    await createCustomer(shop.ownerCtx, { name: "Priya Verma" });
    const after = await shopGrammar(await sttHints(shop.ownerCtx));
    expect(after.jsgf).toContain("priya verma");
    expect(after.dict).toMatch(/^verma /m);
    expect(after.key).not.toBe(before.key);
  });

  it("keeps one shop's names out of another shop's grammar", async () => {
    const [rahulShop, priyaShop] = await Promise.all([
      voiceShop({ "Rahul Sharma": 0 }),
      voiceShop({ "Priya Verma": 0 }),
    ]);
    const rahuls = await shopGrammar(await sttHints(rahulShop.ownerCtx));
    const priyas = await shopGrammar(await sttHints(priyaShop.ownerCtx));
    expect(rahuls.jsgf).not.toContain("priya");
    expect(priyas.jsgf).not.toContain("rahul");
  });
});
