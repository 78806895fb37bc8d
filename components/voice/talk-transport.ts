import type { TalkError, TalkEvent } from "./talk-state";

export type TalkDispatch = (event: TalkEvent) => void;

/**
 * One way of carrying a held turn to the command engine. The hook dispatches press, release and
 * cancel itself; a transport reports what happens after (listening, transcript, result, speaking,
 * finished, failed).
 */
export type TalkTransport = {
  kind: "offline" | "livekit";
  /** Open the microphone for a new turn; `stillHeld` says whether the button was released meanwhile. */
  press(clientTurnId: string, stillHeld: () => boolean): void;
  release(): void;
  cancel(): void;
  dispose(): void;
};

export type TransportHooks = {
  dispatch: TalkDispatch;
  /** A turn changed the khata: refetch what the dashboard shows. */
  onTurnStored: () => void;
};

/** Setting up a transport failed in a way the merchant should hear about. */
export class TalkSetupError extends Error {
  constructor(readonly reason: TalkError) {
    super(reason);
  }
}

export const now = () => performance.now();
