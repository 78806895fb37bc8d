import { describe, expect, it } from "vitest";
import type { VoiceChannel } from "@/generated/prisma/enums";
import { db } from "../../db";
import { metrics } from "../../observability/metrics";
import { reportFirstAudio } from "./first-audio";
import { runVoiceCommand } from "./run-voice-command";
import { voiceShop } from "./test-shop";

async function firstAudioCount(channel: VoiceChannel) {
  const { values } = await metrics().voiceFirstAudio.get();
  const count = values.find(
    (value) => value.metricName?.endsWith("_count") && value.labels.channel === channel,
  );
  return count?.value ?? 0;
}

const storedFirstAudio = async (turnId: string) =>
  (await db().voiceTurn.findUniqueOrThrow({ where: { id: turnId }, select: { firstAudioMs: true } }))
    .firstAudioMs;

describe("reportFirstAudio", () => {
  it("stores the caller's release-to-first-audio once and observes it per channel", async () => {
    const shop = await voiceShop({ "Rahul Sharma": 100_000 });
    const turn = await runVoiceCommand(shop.staffCtx, {
      text: "Rahul Sharma ne 500 diye",
      channel: "OFFLINE",
    });
    const before = await firstAudioCount("OFFLINE");
    expect(await reportFirstAudio(shop.staffCtx, { turnId: turn.turnId, firstAudioMs: 840 })).toEqual({
      recorded: true,
    });
    expect(await storedFirstAudio(turn.turnId)).toBe(840);
    expect(await firstAudioCount("OFFLINE")).toBe(before + 1);
    const scraped = await metrics().registry.metrics();
    expect(scraped).toContain(
      'execora_voice_release_to_first_audio_seconds_bucket{le="1",channel="OFFLINE"}',
    );

    // A retried report keeps the first value and is not counted again.
    expect(await reportFirstAudio(shop.staffCtx, { turnId: turn.turnId, firstAudioMs: 5_000 })).toEqual({
      recorded: false,
    });
    expect(await storedFirstAudio(turn.turnId)).toBe(840);
    expect(await firstAudioCount("OFFLINE")).toBe(before + 1);
  });

  it("answers NOT_FOUND for another business's or another user's turn and leaves it untouched", async () => {
    const mine = await voiceShop({ "Rahul Sharma": 0 });
    const theirs = await voiceShop({ "Rahul Sharma": 100_000 });
    const turn = await runVoiceCommand(theirs.staffCtx, {
      text: "Rahul Sharma ka baaki",
      channel: "LIVEKIT",
    });
    const before = await firstAudioCount("LIVEKIT");
    const report = { turnId: turn.turnId, firstAudioMs: 700 };
    await expect(reportFirstAudio(mine.ownerCtx, report)).rejects.toMatchObject({ code: "NOT_FOUND" });
    // Same business, but the owner did not say it: only the speaker's browser reports.
    await expect(reportFirstAudio(theirs.ownerCtx, report)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      reportFirstAudio(mine.ownerCtx, { turnId: "no-such-turn", firstAudioMs: 1 }),
    ).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await storedFirstAudio(turn.turnId)).toBeNull();
    expect(await firstAudioCount("LIVEKIT")).toBe(before);
  });
});
