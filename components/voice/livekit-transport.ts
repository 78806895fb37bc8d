import {
  createLocalAudioTrack,
  type LocalAudioTrack,
  type RemoteParticipant,
  Room,
  RoomEvent,
  RpcError,
  Track,
} from "livekit-client";
import { isAgentParticipant, type LiveKitHooks, listenToAgent } from "./livekit-room-events";
import { TalkSetupError, type TalkTransport, type TransportHooks } from "./talk-transport";

export type LiveKitSession = { serverUrl: string; participantToken: string };

const CONNECT_TIMEOUT_MS = 10_000;
const AGENT_JOIN_TIMEOUT_MS = 15_000;
const RPC_TIMEOUT_MS = 8_000;
// end_turn answers once the turn is transcribed, which the agent allows up to 20 s
// (agent/turn-control.ts TRANSCRIBE_LIMIT_MS): wait longer than that, or a slow but good turn
// reads as a failure while it is being recorded.
const END_TURN_TIMEOUT_MS = 25_000;
// The agent joins the room before it registers its turn RPCs (after admitting the merchant and
// loading the shop's words): a first press may arrive in between, seconds long on a busy worker.
const NOT_READY_RETRIES = 25;
const NOT_READY_DELAY_MS = 300;
// The agent keeps listening about 300 ms after end_turn so the last word is not clipped; keep
// sending audio a little longer than that before muting.
const RELEASE_TAIL_MS = 400;

function withTimeout<T>(promise: Promise<T>, ms: number, reason: TalkSetupError["reason"]): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new TalkSetupError(reason)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

function waitForAgent(room: Room): Promise<RemoteParticipant> {
  const present = [...room.remoteParticipants.values()].find(isAgentParticipant);
  if (present) return Promise.resolve(present);
  const joined = new Promise<RemoteParticipant>((resolve) => {
    const onJoin = (participant: RemoteParticipant) => {
      if (!isAgentParticipant(participant)) return;
      room.off(RoomEvent.ParticipantConnected, onJoin);
      resolve(participant);
    };
    room.on(RoomEvent.ParticipantConnected, onJoin);
  });
  return withTimeout(joined, AGENT_JOIN_TIMEOUT_MS, "liveUnavailable");
}

async function openMutedMicrophone(): Promise<LocalAudioTrack> {
  try {
    const mic = await createLocalAudioTrack({
      echoCancellation: true,
      noiseSuppression: true,
      autoGainControl: true,
    });
    // Muted before it is published: nothing reaches the room until the button is held.
    await mic.mute();
    return mic;
  } catch {
    throw new TalkSetupError("micDenied");
  }
}

/**
 * The production path: a LiveKit room with the agent. The microphone is published muted; holding
 * unmutes it and calls start_turn on the agent, releasing calls end_turn and mutes after the tail.
 * Transcript, reply, state and audio come back through the room (livekit-room-events.ts).
 */
export async function connectLiveKitTransport(
  session: LiveKitSession,
  hooks: LiveKitHooks,
): Promise<TalkTransport> {
  const room = new Room();
  const events = listenToAgent(room, hooks);
  let disposing = false;
  room.on(RoomEvent.Disconnected, () => {
    if (!disposing) hooks.onClosed();
  });
  // This room's agent job is gone (its worker crashed or was restarted): no one will answer here,
  // so the session is over; the next press starts a new one, which is dispatched a new agent.
  const closeSession = () => {
    if (disposing) return;
    disposing = true;
    void room.disconnect();
    hooks.onClosed();
  };
  room.on(RoomEvent.ParticipantDisconnected, (participant: RemoteParticipant) => {
    if (isAgentParticipant(participant)) closeSession();
  });
  let mic: LocalAudioTrack | null = null;
  try {
    await withTimeout(
      room.connect(session.serverUrl, session.participantToken),
      CONNECT_TIMEOUT_MS,
      "liveUnavailable",
    );
    mic = await openMutedMicrophone();
    await room.localParticipant.publishTrack(mic, { source: Track.Source.Microphone });
    const agent = await waitForAgent(room);
    return pushToTalkOverRoom(room, mic, agent, hooks, events, {
      markDisposing: () => {
        disposing = true;
      },
      closeSession,
    });
  } catch (error) {
    disposing = true;
    mic?.stop();
    await room.disconnect();
    throw error instanceof TalkSetupError ? error : new TalkSetupError("liveUnavailable");
  }
}

const AGENT_GONE: number[] = [
  RpcError.ErrorCode.CONNECTION_TIMEOUT,
  RpcError.ErrorCode.RESPONSE_TIMEOUT,
  RpcError.ErrorCode.RECIPIENT_DISCONNECTED,
];
const agentGone = (error: unknown) => error instanceof RpcError && AGENT_GONE.includes(error.code);

function pushToTalkOverRoom(
  room: Room,
  mic: LocalAudioTrack,
  agent: RemoteParticipant,
  { dispatch }: TransportHooks,
  events: ReturnType<typeof listenToAgent>,
  session: { markDisposing: () => void; closeSession: () => void },
): TalkTransport {
  let clientTurnId: string | null = null;
  let pressing: Promise<void> = Promise.resolve();
  let muteTimer: ReturnType<typeof setTimeout> | undefined;

  const rpc = async (method: "start_turn" | "end_turn" | "cancel_turn", turnId: string) => {
    for (let attempt = 0; ; attempt++) {
      try {
        return await room.localParticipant.performRpc({
          destinationIdentity: agent.identity,
          method,
          payload: JSON.stringify({ clientTurnId: turnId }),
          responseTimeout: method === "end_turn" ? END_TURN_TIMEOUT_MS : RPC_TIMEOUT_MS,
        });
      } catch (error) {
        const notReady = error instanceof RpcError && error.code === RpcError.ErrorCode.UNSUPPORTED_METHOD;
        if (!notReady || attempt >= NOT_READY_RETRIES) throw error;
        await new Promise((resolve) => setTimeout(resolve, NOT_READY_DELAY_MS));
      }
    }
  };
  // An agent that crashed is still in the room until the server times it out (seconds): its
  // silence is the first sign. Close this session so the next press is dispatched a new agent.
  const failed = (error?: unknown) => {
    if (agentGone(error)) session.closeSession();
    else dispatch({ type: "failed", error: "failed" });
  };

  async function start(turnId: string, stillHeld: () => boolean) {
    clearTimeout(muteTimer);
    events.newTurn();
    // Played only after a user gesture in most browsers: the press is one.
    void room.startAudio().catch(() => {});
    await Promise.all([mic.unmute(), rpc("start_turn", turnId)]);
    // Cancelled while the agent was being told: the cancel has muted, keep it that way.
    if (clientTurnId !== turnId) return void mic.mute();
    dispatch({ type: "listening" });
    if (!stillHeld()) await finish(turnId);
  }

  async function finish(turnId: string) {
    if (clientTurnId !== turnId) return;
    clientTurnId = null;
    muteTimer = setTimeout(() => void mic.mute(), RELEASE_TAIL_MS);
    await rpc("end_turn", turnId);
  }

  return {
    kind: "livekit",
    press(turnId, stillHeld) {
      clientTurnId = turnId;
      // After the previous turn's start and cancel have settled: the agent ignores the payload, so a
      // late cancel_turn would drop this turn, and the old start's mute would silence it.
      pressing = pressing
        .then(() => start(turnId, stillHeld))
        .catch((error: unknown) => {
          // The agent never heard start_turn: nothing may reach the room for this turn.
          if (clientTurnId === turnId) clientTurnId = null;
          void mic.mute();
          failed(error);
        });
    },
    release() {
      const turnId = clientTurnId;
      if (turnId) void pressing.then(() => finish(turnId)).catch(failed);
    },
    cancel() {
      const turnId = clientTurnId;
      clientTurnId = null;
      clearTimeout(muteTimer);
      void mic.mute();
      if (!turnId) return;
      pressing = pressing
        .then(async () => {
          await rpc("cancel_turn", turnId);
        })
        .catch(() => {});
    },
    dispose() {
      session.markDisposing();
      clearTimeout(muteTimer);
      events.stop();
      mic.stop();
      void room.disconnect();
    },
  };
}
