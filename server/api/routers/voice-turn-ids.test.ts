import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "../../db";
import { balanceOf, entryCount, voiceShop } from "../../voice/engine/test-shop";

// The client chooses the turn id (so a retry is answered, not run twice); the server must still
// treat it as untrusted: it belongs to one user of one shop.

const turnsWithId = (id: string) => db().voiceTurn.count({ where: { id } });

describe("voice turn ids are scoped to the shop and the user", () => {
  it("a turn id used by someone else gets CONFLICT and writes nothing; its owner still gets the first answer", async () => {
    const shop = await voiceShop({ "Rahul Sharma": 100_000 });
    const otherShop = await voiceShop({ "Rahul Sharma": 100_000 });
    const rahul = shop.ids["Rahul Sharma"] as string;
    const otherRahul = otherShop.ids["Rahul Sharma"] as string;
    const clientTurnId = randomUUID();

    // User A (staff) says it first.
    const first = await shop.staffCaller.voice.run({ text: "Rahul Sharma ne 500 diye", clientTurnId });
    expect(first).toMatchObject({ turnId: clientTurnId, status: "EXECUTED" });
    expect(await balanceOf(rahul)).toBe(50_000);
    const entriesHere = await entryCount(shop.businessId);
    const entriesThere = await entryCount(otherShop.businessId);

    // User B, the owner of the same shop, with the same id: the same words and other words.
    for (const text of ["Rahul Sharma ne 500 diye", "Rahul Sharma ne 200 diye"]) {
      await expect(shop.ownerCaller.voice.run({ text, clientTurnId })).rejects.toMatchObject({
        code: "CONFLICT",
      });
    }
    // User C, in another shop, with a customer of the same name.
    await expect(
      otherShop.ownerCaller.voice.run({ text: "Rahul Sharma ne 300 diye", clientTurnId }),
    ).rejects.toMatchObject({ code: "CONFLICT" });

    expect(await entryCount(shop.businessId)).toBe(entriesHere);
    expect(await entryCount(otherShop.businessId)).toBe(entriesThere);
    expect(await balanceOf(rahul)).toBe(50_000);
    expect(await balanceOf(otherRahul)).toBe(100_000);
    expect(await turnsWithId(clientTurnId)).toBe(1);
    expect(await db().voiceTurn.count({ where: { businessId: otherShop.businessId } })).toBe(0);

    // A's retry is answered with what happened the first time.
    const retried = await shop.staffCaller.voice.run({ text: "Rahul Sharma ne 500 diye", clientTurnId });
    expect(retried).toMatchObject({ turnId: clientTurnId, status: "EXECUTED", reply: first.reply });
    expect(await balanceOf(rahul)).toBe(50_000);
  });

  it("a turn id waiting for a yes cannot be taken over by another user", async () => {
    const shop = await voiceShop({ "Rahul Sharma": 2_000_000 });
    const clientTurnId = randomUUID();
    const question = await shop.staffCaller.voice.run({ text: "Rahul Sharma se 15000 mile", clientTurnId });
    expect(question.status).toBe("NEEDS_CONFIRMATION");
    await expect(
      shop.ownerCaller.voice.run({ text: "Rahul Sharma se 15000 mile", clientTurnId }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await balanceOf(shop.ids["Rahul Sharma"] as string)).toBe(2_000_000);
  });

  it("if recording the turn fails after the action ran, neither the entry nor the turn is kept", async () => {
    const shop = await voiceShop({ "Rahul Sharma": 100_000 });
    const rahul = shop.ids["Rahul Sharma"] as string;
    const clientTurnId = randomUUID();
    const entriesBefore = await entryCount(shop.businessId);
    // A real database failure on the turn row, after the payment was posted in the same request.
    const trigger = `fail_turn_${clientTurnId.replaceAll("-", "")}`;
    await db().$executeRawUnsafe(`CREATE FUNCTION ${trigger}() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW."id" = '${clientTurnId}' THEN RAISE EXCEPTION 'injected turn failure'; END IF; RETURN NEW; END $$`);
    await db().$executeRawUnsafe(
      `CREATE TRIGGER ${trigger} BEFORE INSERT ON "VoiceTurn" FOR EACH ROW EXECUTE FUNCTION ${trigger}()`,
    );
    try {
      await expect(
        shop.staffCaller.voice.run({ text: "Rahul Sharma ne 500 diye", clientTurnId }),
      ).rejects.toThrow();
    } finally {
      await db().$executeRawUnsafe(`DROP TRIGGER ${trigger} ON "VoiceTurn"`);
      await db().$executeRawUnsafe(`DROP FUNCTION ${trigger}()`);
    }
    expect(await entryCount(shop.businessId)).toBe(entriesBefore);
    expect(await balanceOf(rahul)).toBe(100_000);
    expect(await turnsWithId(clientTurnId)).toBe(0);
    expect(
      await db().auditLog.count({ where: { businessId: shop.businessId, action: "ledger.payment" } }),
    ).toBe(0);

    // The failure was reported and nothing happened, so the same command can simply be sent again.
    const again = await shop.staffCaller.voice.run({ text: "Rahul Sharma ne 500 diye", clientTurnId });
    expect(again).toMatchObject({ turnId: clientTurnId, status: "EXECUTED" });
    expect(await balanceOf(rahul)).toBe(50_000);
    expect(await entryCount(shop.businessId)).toBe(entriesBefore + 1);
  });
});
