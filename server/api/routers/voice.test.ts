import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "../../db";
import { metrics } from "../../observability/metrics";
import { anonymousCaller } from "../../test/factories";
import { balanceOf, voiceShop } from "../../voice/engine/test-shop";

describe("voice router", () => {
  it("rejects callers without a session", async () => {
    const caller = anonymousCaller();
    await expect(caller.voice.run({ text: "Rahul ne 500 diye" })).rejects.toMatchObject({
      code: "UNAUTHORIZED",
    });
    await expect(caller.voice.confirm({ turnId: "x", answer: "yes" })).rejects.toMatchObject({
      code: "UNAUTHORIZED",
    });
    await expect(caller.voice.history({})).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    await expect(caller.voice.undo({})).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });

  it("validates the text and writes no turn for bad input", async () => {
    const shop = await voiceShop({ "Rahul Sharma": 0 });
    for (const text of ["", "   ", "x".repeat(501)]) {
      await expect(shop.staffCaller.voice.run({ text })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    }
    expect(await db().voiceTurn.count({ where: { businessId: shop.businessId } })).toBe(0);
  });

  it("a command retried with the same client turn id records once and answers the same", async () => {
    const shop = await voiceShop({ "Rahul Sharma": 100_000 });
    const id = shop.ids["Rahul Sharma"] as string;
    const clientTurnId = randomUUID();
    const command = { text: "Rahul Sharma ne 500 diye", clientTurnId };
    const [first, second] = await Promise.all([
      shop.staffCaller.voice.run(command),
      shop.staffCaller.voice.run(command),
    ]);
    const third = await shop.staffCaller.voice.run(command);
    expect(first.reply).toBe("Rahul Sharma se ₹500 mile. Baaki ₹500.");
    expect(second.reply).toBe(first.reply);
    expect(third).toMatchObject({ turnId: clientTurnId, status: "EXECUTED", reply: first.reply });
    expect(await balanceOf(id)).toBe(50_000);
    expect(await db().ledgerEntry.count({ where: { customerId: id, type: "PAYMENT" } })).toBe(1);
    // Stage latencies reach /api/metrics for production p50/p95.
    const scraped = await metrics().registry.metrics();
    expect(scraped).toMatch(/execora_voice_stage_seconds_count\{stage="total",channel="TYPED"\} [1-9]/);
  });

  it("staff record a payment by voice and confirm a big one with the yes button", async () => {
    const shop = await voiceShop({ "Rahul Sharma": 2_000_000 });
    const id = shop.ids["Rahul Sharma"] as string;
    const small = await shop.staffCaller.voice.run({ text: "Rahul Sharma ne 500 diye" });
    expect(small.reply).toBe("Rahul Sharma se ₹500 mile. Baaki ₹19,500.");
    const big = await shop.staffCaller.voice.run({ text: "Rahul Sharma se 15000 mile" });
    expect(big).toMatchObject({ status: "NEEDS_CONFIRMATION", confirmTurnId: big.turnId });
    expect(await balanceOf(id)).toBe(1_950_000);
    const yes = await shop.staffCaller.voice.confirm({ turnId: big.turnId, answer: "yes" });
    expect(yes).toMatchObject({ status: "EXECUTED", reply: "Rahul Sharma se ₹15,000 mile. Baaki ₹4,500." });
    expect(await balanceOf(id)).toBe(450_000);
  });

  it("answers NOT_FOUND for another business's (or another user's) turn and runs nothing", async () => {
    const mine = await voiceShop({ "Rahul Sharma": 0 });
    const theirs = await voiceShop({ "Rahul Sharma": 2_000_000 });
    const question = await theirs.ownerCaller.voice.run({ text: "Rahul Sharma se 15000 mile" });
    await expect(
      mine.ownerCaller.voice.confirm({ turnId: question.turnId, answer: "yes" }),
    ).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(
      theirs.staffCaller.voice.confirm({ turnId: question.turnId, answer: "yes" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await balanceOf(theirs.ids["Rahul Sharma"] as string)).toBe(2_000_000);
  });

  it("the Undo button asks by name about the caller's own entry, and only a yes takes it back", async () => {
    const shop = await voiceShop({ "Rahul Sharma": 100_000 });
    const id = shop.ids["Rahul Sharma"] as string;
    const paid = await shop.staffCaller.voice.run({ text: "Rahul Sharma ne 300 diye" });
    expect(await balanceOf(id)).toBe(70_000);
    // The owner has no voice entry of their own to undo, neither the latest nor staff's turn.
    expect(await shop.ownerCaller.voice.undo({})).toMatchObject({ status: "REJECTED" });
    expect(await shop.ownerCaller.voice.undo({ turnId: paid.turnId })).toMatchObject({ status: "REJECTED" });
    const otherShop = await voiceShop({ "Rahul Sharma": 0 });
    expect(await otherShop.ownerCaller.voice.undo({ turnId: paid.turnId })).toMatchObject({
      status: "REJECTED",
    });
    const asked = await shop.staffCaller.voice.undo({ turnId: paid.turnId });
    expect(asked).toMatchObject({
      status: "NEEDS_CONFIRMATION",
      reply: "Rahul Sharma ka ₹300 payment hata doon? Haan ya nahi?",
    });
    expect(await balanceOf(id)).toBe(70_000);
    const no = await shop.staffCaller.voice.confirm({ turnId: asked.confirmTurnId ?? "", answer: "no" });
    expect(no.status).toBe("CANCELLED");
    expect(await balanceOf(id)).toBe(70_000);
    const again = await shop.staffCaller.voice.undo({ turnId: paid.turnId });
    expect(
      await shop.staffCaller.voice.confirm({ turnId: again.confirmTurnId ?? "", answer: "yes" }),
    ).toMatchObject({ reply: "Pichhli entry hata di." });
    expect(await balanceOf(id)).toBe(100_000);
    expect(await shop.staffCaller.voice.undo({ turnId: paid.turnId })).toMatchObject({ status: "REJECTED" });
    expect(await balanceOf(id)).toBe(100_000);
  });

  it("history lists conversations newest first, a question with its answer, with a link and timings; staff see only their own", async () => {
    const shop = await voiceShop({ "Rahul Sharma": 100_000 });
    await shop.ownerCaller.voice.run({ text: "Rahul Sharma ka baaki kitna hai" });
    await shop.staffCaller.voice.run({ text: "Rahul Sharma ne 100 diye" });
    await shop.staffCaller.voice.run({ text: "500 mile" });
    await shop.staffCaller.voice.run({ text: "Rahul Sharma" });
    const firstWords = (page: { items: { turns: { transcript: string }[] }[] }) =>
      page.items.map((conversation) => conversation.turns.map((turn) => turn.transcript));
    const owner = await shop.ownerCaller.voice.history({ limit: 2 });
    expect(firstWords(owner)).toEqual([["500 mile", "Rahul Sharma"], ["Rahul Sharma ne 100 diye"]]);
    const [answered, paid] = owner.items;
    expect(answered).toMatchObject({ status: "EXECUTED", result: { kind: "entry" } });
    expect(answered?.turns.map((turn) => turn.replyText)).toEqual([
      "Kis customer ka?",
      "Rahul Sharma se ₹500 mile. Baaki ₹400.",
    ]);
    const rahul = shop.ids["Rahul Sharma"] as string;
    expect(paid?.result?.href).toMatch(new RegExp(`^/customers/${rahul}#entry-`));
    for (const turn of owner.items.flatMap((conversation) => conversation.turns)) {
      expect(turn.totalMs).toBeGreaterThanOrEqual(turn.parseMs);
      expect(turn.executeMs).toBeGreaterThanOrEqual(0);
      expect(turn.sttMs).toBeNull();
    }
    const rest = await shop.ownerCaller.voice.history({ cursor: owner.nextCursor, limit: 2 });
    expect(firstWords(rest)).toEqual([["Rahul Sharma ka baaki kitna hai"]]);
    expect(rest.items[0]?.result).toEqual({ kind: "customer", href: `/customers/${rahul}` });
    expect(rest.nextCursor).toBeNull();
    const staff = await shop.staffCaller.voice.history({});
    expect(firstWords(staff)).toEqual([["500 mile", "Rahul Sharma"], ["Rahul Sharma ne 100 diye"]]);
  });
});
