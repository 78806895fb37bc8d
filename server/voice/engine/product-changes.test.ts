import { describe, expect, it } from "vitest";
import { archiveProduct, createProduct, updateProduct } from "../../products/mutations";
import { runVoiceCommand } from "./run-voice-command";
import { voiceShop } from "./test-shop";

const say = (ctx: Parameters<typeof runVoiceCommand>[0], text: string) =>
  runVoiceCommand(ctx, { text, channel: "TYPED" });

// Voice keeps each shop's products in memory for a minute; edits in the dashboard must not wait for it.
describe("voice hears product changes at once", () => {
  it("a new alias resolves in the very next command", async () => {
    const shop = await voiceShop({ "Priya Verma": 0 });
    const before = await say(shop.ownerCtx, "Priya Verma ka bill banao, 2 kilo kolam");
    expect(before.reply).not.toContain("Rice");
    await updateProduct(shop.ownerCtx, { id: shop.rice.id, aliases: ["chawal", "kolam"] });
    const after = await say(shop.ownerCtx, "Priya Verma ka bill banao, 2 kilo kolam");
    expect(after).toMatchObject({
      status: "NEEDS_CONFIRMATION",
      reply: "Priya Verma ka bill banaun: 2 kg Rice? Haan ya nahi?",
    });
  });

  it("a renamed, a new and an archived product are heard in the next command", async () => {
    const shop = await voiceShop({ "Priya Verma": 0 });
    await say(shop.ownerCtx, "Priya Verma ka bill banao, 2 kilo chawal");
    await updateProduct(shop.ownerCtx, { id: shop.rice.id, name: "Basmati Rice" });
    expect((await say(shop.ownerCtx, "Priya Verma ka bill banao, 2 kilo chawal")).reply).toBe(
      "Priya Verma ka bill banaun: 2 kg Basmati Rice? Haan ya nahi?",
    );
    await createProduct(shop.ownerCtx, {
      name: "Sugar",
      aliases: ["shakkar"],
      unit: "kg",
      pricePaise: 4_500,
      gstRateBp: 0,
      hsn: null,
      stock: 5_000,
      lowStock: null,
    });
    expect((await say(shop.ownerCtx, "Priya Verma ka bill banao, 1 kilo shakkar")).reply).toBe(
      "Priya Verma ka bill banaun: 1 kg Sugar? Haan ya nahi?",
    );
    await archiveProduct(shop.ownerCtx, { id: shop.rice.id });
    const archived = await say(shop.ownerCtx, "Priya Verma ka bill banao, 2 kilo chawal");
    expect(archived.reply).not.toContain("Rice");
  });
});
