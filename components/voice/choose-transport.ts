import { errorCode } from "../trpc/errors";
import type { LiveKitHooks } from "./livekit-room-events";
import type { LiveKitSession } from "./livekit-transport";
import { createOfflineTransport } from "./offline-transport";
import { TalkSetupError, type TalkTransport } from "./talk-transport";

// Once LiveKit is known to be off (or broken) for this page, every later turn goes offline.
let offlineForThisPage = false;

/**
 * voice.startSession decides: a LiveKit session → the room with the agent; PRECONDITION_FAILED (not
 * configured) → the offline path; anything else → an error the merchant sees, and the offline path
 * from the next press. Returns null when the turn cannot go ahead.
 */
export async function chooseTransport(
  startSession: () => Promise<LiveKitSession>,
  hooks: LiveKitHooks,
): Promise<TalkTransport | null> {
  if (!offlineForThisPage) {
    try {
      const session = await startSession();
      // livekit-client is loaded only when a session exists: the offline path never downloads it.
      const { connectLiveKitTransport } = await import("./livekit-transport");
      return await connectLiveKitTransport(session, hooks);
    } catch (error) {
      if (error instanceof TalkSetupError && error.reason === "micDenied") {
        hooks.dispatch({ type: "failed", error: "micDenied" });
        return null;
      }
      offlineForThisPage = true;
      if (errorCode(error) !== "PRECONDITION_FAILED") {
        hooks.dispatch({ type: "failed", error: "liveUnavailable" });
        return null;
      }
    }
  }
  return createOfflineTransport(hooks);
}
