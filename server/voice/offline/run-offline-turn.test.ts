import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "../../db";
import { balanceOf, voiceShop } from "../engine/test-shop";
import { localPocketsphinx } from "../stt/local-pocketsphinx";
import { spokenClip } from "../stt/test-clip";
import type { SpeechToText } from "../stt/types";
import { wavFile } from "./convert-audio";
import { ClipRejected, NOTHING_HEARD, offlineContext, runOfflineTurn } from "./run-offline-turn";

const stt = localPocketsphinx();
const turnsOf = (businessId: string) => db().voiceTurn.count({ where: { businessId } });
// A recogniser that must never be reached (silence and bad clips stop before it).
const unreachable: SpeechToText = {
  name: "local",
  transcribe: () => Promise.reject(new Error("speech-to-text should not run")),
};

describe("runOfflineTurn", () => {
  it("reads a spoken payment back before writing it; a spoken haan records it as an offline voice turn", async () => {
    const shop = await voiceShop({ "Rahul Sharma": 170_000, "Priya Verma": 0 });
    const clientTurnId = randomUUID();
    const question = await runOfflineTurn(shop.ownerCtx, {
      clip: spokenClip("Rahul ne five hundred rupees diye"),
      stt,
      clientTurnId,
    });
    // The browser's own id comes back, so it can report release-to-first-audio for this turn.
    expect(question.turnId).toBe(clientTurnId);
    expect(question.transcript).toBe("rahul ne five hundred rupees diye");
    expect(question.reply).toBe("Rahul Sharma se ₹500 mile, likh doon? Haan ya nahi?");
    expect(await balanceOf(shop.ids["Rahul Sharma"] as string)).toBe(170_000);
    const turn = await runOfflineTurn(shop.ownerCtx, { clip: spokenClip("haan"), stt });
    expect(turn.reply).toBe("Rahul Sharma se ₹500 mile. Baaki ₹1,200.");
    expect(await balanceOf(shop.ids["Rahul Sharma"] as string)).toBe(120_000);
    const saved = await db().voiceTurn.findUniqueOrThrow({ where: { id: turn.result?.turnId ?? "" } });
    expect(saved.channel).toBe("OFFLINE");
    expect(saved.sttMs).toBe(turn.sttMs);
  });

  it("answers a spoken balance question", async () => {
    const shop = await voiceShop({ "Priya Verma": 45_000 });
    const turn = await runOfflineTurn(shop.ownerCtx, { clip: spokenClip("Priya ka kitna baaki hai"), stt });
    expect(turn.result?.intent).toBe("get_balance");
    expect(turn.reply).toContain("₹450");
  });

  it("a silent clip says nothing was heard and records nothing", async () => {
    const shop = await voiceShop({ "Rahul Sharma": 0 });
    const silence = wavFile(Buffer.alloc(16_000 * 2 * 2));
    const turn = await runOfflineTurn(shop.ownerCtx, { clip: silence, stt: unreachable });
    expect(turn).toMatchObject({ turnId: null, heard: false, reply: NOTHING_HEARD, result: null });
    expect(await turnsOf(shop.businessId)).toBe(0);
  });

  it("rejects a clip over 2 MB, one over 30 s and one that is not audio, recording nothing", async () => {
    const shop = await voiceShop({ "Rahul Sharma": 0 });
    const run = (clip: Buffer) => runOfflineTurn(shop.ownerCtx, { clip, stt: unreachable });
    await expect(run(Buffer.alloc(2 * 1024 * 1024 + 1))).rejects.toMatchObject({ status: 413 });
    const loud = Buffer.alloc(16_000 * 2 * 31);
    for (let offset = 0; offset < loud.length; offset += 2)
      loud.writeInt16LE(offset % 64 < 32 ? 8000 : -8000, offset);
    // 31 s of 16 kHz audio is about 1 MB: under the size limit, over the length limit.
    await expect(run(wavFile(loud))).rejects.toMatchObject({
      status: 400,
      message: expect.stringContaining("30 seconds"),
    });
    await expect(run(Buffer.from("definitely not audio"))).rejects.toBeInstanceOf(ClipRejected);
    expect(await turnsOf(shop.businessId)).toBe(0);
  });

  it("refuses a clip whose turn id another user already used, before transcribing it", async () => {
    const shop = await voiceShop({ "Rahul Sharma": 100_000 });
    const clientTurnId = randomUUID();
    await runOfflineTurn(shop.ownerCtx, { clip: spokenClip("Rahul ka kitna baaki hai"), stt, clientTurnId });
    await expect(
      runOfflineTurn(shop.staffCtx, {
        clip: spokenClip("Rahul ne five hundred rupees diye"),
        stt: unreachable,
        clientTurnId,
      }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await balanceOf(shop.ids["Rahul Sharma"] as string)).toBe(100_000);
    expect(await turnsOf(shop.businessId)).toBe(1);
  });

  it("needs an active signed-in member", async () => {
    await expect(offlineContext(db(), null, null)).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    await expect(offlineContext(db(), "no-such-user", null)).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });
});
