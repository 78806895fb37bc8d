import { describe, expect, it } from "vitest";
import { createCustomer } from "../../customers/mutations";
import { loadVoiceCatalog } from "./catalog";
import { correctedNameKeys, findCustomersByHeardName, loadVoiceNameVocabulary } from "./name-vocabulary";
import { runVoiceCommand } from "./run-voice-command";
import { balanceOf, voiceShop } from "./test-shop";

describe("correctedNameKeys", () => {
  const words = new Map(
    ["prakas", "sandu", "rajes", "ne", "agarval", "palavi", "ier"].map((word) => [word, 1]),
  );

  it("corrects a vowel slip, a dropped vowel or a doubled letter to the shop's name words", () => {
    expect(correctedNameKeys(words, "praks sandu")).toEqual(["prakas sandu"]);
    expect(correctedNameKeys(words, "ne agraval")).toEqual(["ne agarval"]);
    expect(correctedNameKeys(words, "palavi iyer")).toEqual(["palavi ier"]);
  });

  it("does not turn one person into another (Rakesh is not Rajesh) or invent a word", () => {
    expect(correctedNameKeys(words, "rakes sandu")).toEqual([]);
    expect(correctedNameKeys(words, "prakas zzz")).toEqual([]);
  });
});

describe("misheard names at voice speed", () => {
  it("finds the customer through the corrected name and records the payment", async () => {
    const shop = await voiceShop({ "Prakash Sandhu": 80_000, "Rahul Sharma": 0 });
    await loadVoiceNameVocabulary(shop.ownerCtx);
    const found = await findCustomersByHeardName(shop.ownerCtx, "Praksh Sandhu", 8);
    expect(found.map((customer) => customer.name)).toEqual(["Prakash Sandhu"]);
    const catalog = await loadVoiceCatalog(shop.ownerCtx, "Praksh Sandhu ne 500 diye");
    expect(catalog.customers.map((customer) => customer.name)).toEqual(["Prakash Sandhu"]);
    const result = await runVoiceCommand(shop.ownerCtx, {
      text: "Praksh Sandhu ne 500 diye",
      channel: "TYPED",
    });
    expect(result.reply).toBe("Prakash Sandhu se ₹500 mile. Baaki ₹300.");
    expect(await balanceOf(shop.ids["Prakash Sandhu"] as string)).toBe(30_000);
  });

  it("before the name words have loaded, the trigram search still finds the misheard name", async () => {
    const shop = await voiceShop({ "Prakash Sandhu": 0, "Rahul Sharma": 0 });
    const catalog = await loadVoiceCatalog(shop.ownerCtx, "Praksh Sandhu ne 500 diye");
    expect(catalog.customers.map((customer) => customer.name)).toEqual(["Prakash Sandhu"]);
  });

  it("finds a customer by the surname alone, or by the words in another order", async () => {
    const shop = await voiceShop({ "Prakash Sandhu": 80_000, "Rahul Sharma": 0 });
    await loadVoiceNameVocabulary(shop.ownerCtx);
    for (const heard of ["Sandhu", "Sandhu Prakash", "Sandu Praksh"]) {
      const found = await findCustomersByHeardName(shop.ownerCtx, heard, 8);
      expect(
        found.map((customer) => customer.name),
        heard,
      ).toEqual(["Prakash Sandhu"]);
    }
    const result = await runVoiceCommand(shop.ownerCtx, { text: "Sandhu ji ne 300 diye", channel: "TYPED" });
    expect(result.reply).toBe("Prakash Sandhu se ₹300 mile. Baaki ₹500.");
  });

  it("a customer added after the name words were loaded is corrected to at once", async () => {
    const shop = await voiceShop({ "Rahul Sharma": 0 });
    await loadVoiceNameVocabulary(shop.ownerCtx);
    expect(await findCustomersByHeardName(shop.ownerCtx, "Yogish Naidu", 8)).toEqual([]);
    await createCustomer(shop.ownerCtx, { name: "Yogesh Naidu" });
    const found = await findCustomersByHeardName(shop.ownerCtx, "Yogish Naidu", 8);
    expect(found.map((customer) => customer.name)).toEqual(["Yogesh Naidu"]);
  });
});
