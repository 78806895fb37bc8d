import { TRPCClientError } from "@trpc/client";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { LiveKitHooks } from "./livekit-room-events";
import type { TalkEvent } from "./talk-state";

const trpcError = (code: string) =>
  new TRPCClientError("voice.startSession failed", {
    result: { error: { code: -32_000, message: code, data: { code } } },
  } as unknown as ConstructorParameters<typeof TRPCClientError>[1]);

function hooksRecording(events: TalkEvent[]): LiveKitHooks {
  return {
    dispatch: (event) => events.push(event),
    onTurnStored: () => {},
    audioElement: () => null,
    onClosed: () => {},
  };
}

// The choice is remembered per page (module state): every test gets a fresh page.
const freshPage = async () => (await import("./choose-transport")).chooseTransport;
beforeEach(() => vi.resetModules());

describe("choosing the push-to-talk transport", () => {
  it("uses the offline path when LiveKit is not configured, and asks the server only once per page", async () => {
    const chooseTransport = await freshPage();
    const startSession = vi.fn(() => Promise.reject(trpcError("PRECONDITION_FAILED")));
    const events: TalkEvent[] = [];
    expect((await chooseTransport(startSession, hooksRecording(events)))?.kind).toBe("offline");
    expect((await chooseTransport(startSession, hooksRecording(events)))?.kind).toBe("offline");
    expect(startSession).toHaveBeenCalledTimes(1);
    expect(events).toEqual([]);
  });

  it("says live voice could not start on any other failure, then records offline from the next press", async () => {
    const chooseTransport = await freshPage();
    const startSession = vi.fn(() => Promise.reject(trpcError("TOO_MANY_REQUESTS")));
    const events: TalkEvent[] = [];
    expect(await chooseTransport(startSession, hooksRecording(events))).toBeNull();
    expect(events).toEqual([{ type: "failed", error: "liveUnavailable" }]);
    expect((await chooseTransport(startSession, hooksRecording(events)))?.kind).toBe("offline");
    expect(startSession).toHaveBeenCalledTimes(1);
  });

  it("treats an unreachable server like any other failure", async () => {
    const chooseTransport = await freshPage();
    const events: TalkEvent[] = [];
    const offline = () => Promise.reject(new TypeError("Failed to fetch"));
    expect(await chooseTransport(offline, hooksRecording(events))).toBeNull();
    expect(events).toEqual([{ type: "failed", error: "liveUnavailable" }]);
  });
});
