import { EventEmitter } from "node:events";
import { type Room, RoomEvent, TrackSource } from "@livekit/rtc-node";
import { describe, expect, it } from "vitest";
import { microphoneReached } from "./merchant-microphone";

/** A room as the agent sees it: the merchant's publications, subscribed or not. */
function roomWith(publications: { source: TrackSource; track?: object }[]) {
  const merchantTracks = new Map<string, unknown>(publications.map((p, i) => [`TR_${i}`, p]));
  const room = Object.assign(new EventEmitter(), {
    remoteParticipants: new Map([["merchant", { trackPublications: merchantTracks }]]),
  });
  return { room: room as unknown as Room, merchantTracks };
}

describe("the merchant's microphone reaching the agent", () => {
  it("is there at once when the microphone track is already subscribed", async () => {
    const { room } = roomWith([{ source: TrackSource.SOURCE_MICROPHONE, track: {} }]);
    expect(await microphoneReached(room, "merchant", 50)).toBe(true);
  });

  it("waits for the subscription, and ignores other participants' and other sources' tracks", async () => {
    const { room, merchantTracks } = roomWith([{ source: TrackSource.SOURCE_CAMERA, track: {} }]);
    const reached = microphoneReached(room, "merchant", 2_000);
    const microphone: { source: TrackSource; track?: object } = { source: TrackSource.SOURCE_MICROPHONE };
    merchantTracks.set("TR_mic", microphone);
    (room as unknown as EventEmitter).emit(RoomEvent.TrackSubscribed);
    microphone.track = {};
    (room as unknown as EventEmitter).emit(RoomEvent.TrackSubscribed);
    expect(await reached).toBe(true);
  });

  it("gives up after the wait, so a press is never stuck", async () => {
    const { room } = roomWith([{ source: TrackSource.SOURCE_MICROPHONE }]);
    expect(await microphoneReached(room, "merchant", 50)).toBe(false);
    expect(await microphoneReached(room, "somebody else", 50)).toBe(false);
  });
});
