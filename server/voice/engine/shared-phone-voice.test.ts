import { describe, expect, it } from "vitest";
import { createCustomer } from "../../customers/mutations";
import { db } from "../../db";
import { runVoiceCommand } from "./run-voice-command";
import { voiceShop } from "./test-shop";

const say = (ctx: Parameters<typeof runVoiceCommand>[0], text: string) =>
  runVoiceCommand(ctx, { text, channel: "TYPED" });

async function customersWithPhone(businessId: string, phone: string) {
  const rows = await db().customer.findMany({ where: { businessId, phone }, orderBy: { createdAt: "asc" } });
  return rows.map((row) => row.name);
}

describe("adding a customer by voice with a number another customer has", () => {
  it("names who has the number, and adds with it shared only after haan", async () => {
    const shop = await voiceShop();
    await createCustomer(shop.ownerCtx, { name: "Rahul Sharma", phone: "+919876543210" });
    const question = await say(shop.ownerCtx, "naya customer Amit Kumar 9876543210");
    expect(question.status).toBe("NEEDS_CONFIRMATION");
    expect(question.reply).toBe(
      "Yeh number pehle se Rahul Sharma ka hai. Phir bhi Amit Kumar ko isi number ke saath jod doon? Haan ya nahi?",
    );
    expect(await customersWithPhone(shop.businessId, "+919876543210")).toEqual(["Rahul Sharma"]);
    const yes = await say(shop.ownerCtx, "haan");
    expect(yes.status).toBe("EXECUTED");
    expect(await customersWithPhone(shop.businessId, "+919876543210")).toEqual([
      "Rahul Sharma",
      "Amit Kumar",
    ]);
  });

  it("adds no one on nahi, and asks in English when spoken to in English", async () => {
    const shop = await voiceShop();
    await createCustomer(shop.ownerCtx, { name: "Rahul Sharma", phone: "+919876543210" });
    const question = await say(shop.ownerCtx, "add new customer Sanjay Gupta with number 09876543210");
    expect(question.reply).toBe(
      "Rahul Sharma already has this mobile number. Add Sanjay Gupta with the same number anyway? Yes or no?",
    );
    expect((await say(shop.ownerCtx, "no")).status).toBe("CANCELLED");
    expect(await customersWithPhone(shop.businessId, "+919876543210")).toEqual(["Rahul Sharma"]);
  });

  it("stores a spoken number the way the dashboard does, so the next duplicate is caught", async () => {
    const shop = await voiceShop();
    const question = await say(shop.ownerCtx, "naya customer Amit Kumar 9876543210");
    expect(question.reply).toBe("Amit Kumar ko naya customer jod doon? Haan ya nahi?");
    await say(shop.ownerCtx, "haan");
    expect(await customersWithPhone(shop.businessId, "+919876543210")).toEqual(["Amit Kumar"]);
    await expect(
      createCustomer(shop.ownerCtx, { name: "Twin", phone: "+919876543210" }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
    });
  });

  it("says who took the number if it was taken between the question and the haan, and adds no one", async () => {
    const shop = await voiceShop();
    await say(shop.ownerCtx, "naya customer Amit Kumar 9876543210");
    await createCustomer(shop.staffCtx, { name: "Rahul Sharma", phone: "+919876543210" });
    const yes = await say(shop.ownerCtx, "haan");
    expect(yes.status).toBe("REJECTED");
    expect(yes.reply).toBe(
      "Yeh number Rahul Sharma ka hai, isliye kisi ko nahi joda. Phir bhi jodna ho to dobara boliye.",
    );
    expect(await customersWithPhone(shop.businessId, "+919876543210")).toEqual(["Rahul Sharma"]);
  });
});
