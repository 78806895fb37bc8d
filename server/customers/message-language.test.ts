import { describe, expect, it } from "vitest";
import { defaultTemplate } from "@/lib/reminders/template";
import { recordCredit } from "../ledger/mutations";
import { createTestBusiness } from "../test/factories";

const inAnHour = () => new Date(Date.now() + 60 * 60 * 1000);

describe("the language a customer's messages are in", () => {
  it("is English unless chosen, and a Hindi customer's reminders default to the Hindi text", async () => {
    const shop = await createTestBusiness();
    const plain = await shop.ownerCaller.customers.create({ name: "Rahul Sharma", phone: "9876543210" });
    const hindi = await shop.ownerCaller.customers.create({
      name: "Sunita Devi",
      phone: "9876500011",
      messageLanguage: "HI",
    });
    expect((await shop.ownerCaller.customers.get({ id: plain.id })).messageLanguage).toBe("EN");
    expect((await shop.staffCaller.customers.get({ id: hindi.id })).messageLanguage).toBe("HI");

    await recordCredit(shop.ownerCtx, { customerId: hindi.id, amountPaise: 50_000, idempotencyKey: "owes" });
    const reminder = await shop.ownerCaller.reminders.create({ customerId: hindi.id, sendAt: inAnHour() });
    expect(reminder).toMatchObject({ language: "HI", template: defaultTemplate("HI") });
  });

  it("an update changes it only when given, and refuses anything but EN or HI", async () => {
    const shop = await createTestBusiness();
    const { id } = await shop.ownerCaller.customers.create({ name: "Rahul Sharma" });
    await shop.ownerCaller.customers.update({ id, messageLanguage: "HI" });
    expect((await shop.ownerCaller.customers.get({ id })).messageLanguage).toBe("HI");
    await shop.ownerCaller.customers.update({ id, notes: "Pays on Fridays" });
    expect((await shop.ownerCaller.customers.get({ id })).messageLanguage).toBe("HI");
    await shop.ownerCaller.customers.update({ id, messageLanguage: "EN" });
    expect((await shop.ownerCaller.customers.get({ id })).messageLanguage).toBe("EN");
    await expect(
      // @ts-expect-error: a language the app does not send messages in
      shop.ownerCaller.customers.update({ id, messageLanguage: "TA" }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("another shop cannot change a customer's language", async () => {
    const shop = await createTestBusiness();
    const other = await createTestBusiness();
    const { id } = await shop.ownerCaller.customers.create({ name: "Rahul Sharma" });
    await expect(other.ownerCaller.customers.update({ id, messageLanguage: "HI" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect((await shop.ownerCaller.customers.get({ id })).messageLanguage).toBe("EN");
  });
});
