import { describe, expect, it } from "vitest";
import { db } from "../../db";
import { voiceKeyterms } from "./keyterms";
import { runVoiceCommand } from "./run-voice-command";
import { voiceShop } from "./test-shop";
import { runToolCommand } from "./tool-command";

describe("runToolCommand: the LLM's tools through the fast path's decisions", () => {
  it("asks before a bill from a tool, and 'haan' issues it with the quantity said", async () => {
    const shop = await voiceShop({ "Priya Verma": 0 });
    const transcript = "Priya Verma ke liye dhai kilo chawal ka hisaab likh lo";
    const question = await runToolCommand(shop.ownerCtx, {
      transcript,
      tool: "create_invoice",
      args: { customer: "Priya Verma", items: [{ product: "chawal", quantity: 2.5, unit: "kg" }] },
      channel: "LIVEKIT",
    });
    expect(question).toMatchObject({ status: "NEEDS_CONFIRMATION", confirmTurnId: question.turnId });
    const yes = await runVoiceCommand(shop.ownerCtx, { text: "haan", channel: "LIVEKIT" });
    expect(yes.status).toBe("EXECUTED");
    const invoice = await db().invoice.findFirstOrThrow({ where: { businessId: shop.businessId } });
    expect(invoice.totalPaise).toBe(12_500);
  });

  it("adds a customer only with the name and phone number that were said", async () => {
    const shop = await voiceShop();
    const transcript = "ek naya khata kholna hai Amit Kumar ka, number 98765 43210";
    const wrongPhone = await runToolCommand(shop.ownerCtx, {
      transcript,
      tool: "add_customer",
      args: { name: "Amit Kumar", phone: "9999999999" },
      channel: "LIVEKIT",
    });
    expect(wrongPhone.status).toBe("REJECTED");
    const question = await runToolCommand(shop.ownerCtx, {
      transcript,
      tool: "add_customer",
      args: { name: "Amit Kumar", phone: "9876543210" },
      channel: "LIVEKIT",
    });
    expect(question.status).toBe("NEEDS_CONFIRMATION");
    await runVoiceCommand(shop.ownerCtx, { text: "haan", channel: "LIVEKIT" });
    const customer = await db().customer.findFirstOrThrow({ where: { businessId: shop.businessId } });
    expect(customer.name).toBe("Amit Kumar");
    expect(customer.phone).toContain("9876543210");
  });

  it("refuses malformed arguments without running anything", async () => {
    const shop = await voiceShop({ "Rahul Sharma": 0 });
    const result = await runToolCommand(shop.ownerCtx, {
      transcript: "Rahul Sharma ne paanch sau diye",
      tool: "record_payment",
      args: { customer: "Rahul Sharma", amountRupees: "500; drop table" },
      channel: "LIVEKIT",
    });
    expect(result.status).toBe("REJECTED");
    const turn = await db().voiceTurn.findUniqueOrThrow({ where: { id: result.turnId } });
    expect(turn).toMatchObject({ channel: "LIVEKIT", intent: "record_payment", status: "REJECTED" });
  });
});

describe("voiceKeyterms", () => {
  it("gives the speech recogniser this shop's product names, aliases and customers, capped", async () => {
    const shop = await voiceShop({ "Rahul Sharma": 0, "Priya Verma": 0 });
    const terms = await voiceKeyterms(shop.ownerCtx);
    expect(terms).toEqual(expect.arrayContaining(["Rice", "chawal", "Rahul Sharma", "Priya Verma"]));
    expect(await voiceKeyterms(shop.ownerCtx, 2)).toEqual(["Rice", "chawal"]);
  });
});
