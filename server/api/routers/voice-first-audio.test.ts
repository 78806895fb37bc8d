import { describe, expect, it } from "vitest";
import { anonymousCaller } from "../../test/factories";
import { voiceShop } from "../../voice/engine/test-shop";

describe("voice.reportFirstAudio", () => {
  it("rejects callers without a session", async () => {
    await expect(
      anonymousCaller().voice.reportFirstAudio({ turnId: "x", firstAudioMs: 500 }),
    ).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });

  it("accepts whole milliseconds from 0 to 2 minutes only", async () => {
    const shop = await voiceShop({ "Rahul Sharma": 0 });
    const turn = await shop.staffCaller.voice.run({ text: "Rahul Sharma ka baaki" });
    for (const firstAudioMs of [-1, 120_001, 1.5]) {
      await expect(
        shop.staffCaller.voice.reportFirstAudio({ turnId: turn.turnId, firstAudioMs }),
      ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    }
    const [latest] = (await shop.staffCaller.voice.history({})).items;
    expect(latest?.turns[0]?.firstAudioMs).toBeNull();
  });

  it("stores the time on the caller's turn, shows it in history, and hides other businesses' turns", async () => {
    const shop = await voiceShop({ "Rahul Sharma": 100_000 });
    const other = await voiceShop({ "Rahul Sharma": 0 });
    const turn = await shop.staffCaller.voice.run({ text: "Rahul Sharma ne 100 diye" });
    await expect(
      other.ownerCaller.voice.reportFirstAudio({ turnId: turn.turnId, firstAudioMs: 900 }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await shop.staffCaller.voice.reportFirstAudio({ turnId: turn.turnId, firstAudioMs: 0 })).toEqual({
      recorded: true,
    });
    expect(
      await shop.staffCaller.voice.reportFirstAudio({ turnId: turn.turnId, firstAudioMs: 120_000 }),
    ).toEqual({ recorded: false });
    const [latest] = (await shop.ownerCaller.voice.history({})).items;
    expect(latest?.turns[0]).toMatchObject({ id: turn.turnId, firstAudioMs: 0 });
  });
});
