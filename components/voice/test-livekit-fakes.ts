import { EventEmitter } from "node:events";
import { vi } from "vitest";

/**
 * In-memory stand-ins for the parts of livekit-client the transport uses (there is no LiveKit
 * server in tests). Use with:
 *   vi.mock("livekit-client", async (actual) => ({ ...(await actual()), ...(await import("./test-livekit-fakes")).fakeLiveKit }));
 * The real enums and RpcError stay; Room and createLocalAudioTrack are replaced.
 */
const { RoomEvent } = await vi.importActual<typeof import("livekit-client")>("livekit-client");

export type FakeParticipant = { identity: string; isAgent: boolean };
export type RpcCall = { destinationIdentity: string; method: string; payload: string };
type TextHandler = (reader: FakeTextStream, from: { identity: string }) => void;

export const MERCHANT_IDENTITY = "merchant-b1-u1";
export const MERCHANT_MIC_SID = "TR_merchant_mic";
export const agentParticipant = (identity = "agent-AJ_x1"): FakeParticipant => ({ identity, isAgent: true });

export class FakeMic {
  muted = false;
  stopped = false;
  mute = vi.fn(async () => {
    this.muted = true;
  });
  unmute = vi.fn(async () => {
    this.muted = false;
  });
  stop = vi.fn(() => {
    this.stopped = true;
  });
}

export class FakeRoom extends EventEmitter {
  connected = false;
  remoteParticipants = new Map<string, FakeParticipant>();
  textHandlers = new Map<string, TextHandler>();
  /** What the microphone looked like when it was published. */
  published: { mutedWhenPublished: boolean; source: unknown }[] = [];
  rpcCalls: RpcCall[] = [];
  /** How the agent answers each RPC; tests replace it. */
  answerRpc: (call: RpcCall) => Promise<string> = async () => '{"state":"listening"}';
  localParticipant = {
    identity: MERCHANT_IDENTITY,
    trackPublications: new Map<string, unknown>(),
    publishTrack: async (track: FakeMic, options: { source: unknown }) => {
      this.published.push({ mutedWhenPublished: track.muted, source: options.source });
      this.localParticipant.trackPublications.set(MERCHANT_MIC_SID, { track });
    },
    performRpc: (call: RpcCall) => {
      this.rpcCalls.push(call);
      return this.answerRpc(call);
    },
  };
  connect = vi.fn(async () => {
    this.connected = true;
  });
  disconnect = vi.fn(async () => {
    if (!this.connected) return;
    this.connected = false;
    this.emit(RoomEvent.Disconnected);
  });
  startAudio = vi.fn(async () => {});

  constructor() {
    super();
    rooms.push(this);
  }

  registerTextStreamHandler(topic: string, handler: TextHandler) {
    this.textHandlers.set(topic, handler);
  }

  unregisterTextStreamHandler(topic: string) {
    this.textHandlers.delete(topic);
  }

  join(participant: FakeParticipant) {
    this.remoteParticipants.set(participant.identity, participant);
    this.emit(RoomEvent.ParticipantConnected, participant);
  }

  leave(participant: FakeParticipant) {
    this.remoteParticipants.delete(participant.identity);
    this.emit(RoomEvent.ParticipantDisconnected, participant);
  }

  /** A text stream arriving on `topic` from `identity`. */
  sendText(topic: string, identity: string, stream: FakeTextStream) {
    this.textHandlers.get(topic)?.(stream, { identity });
  }

  /** The methods called on the agent so far, in order. */
  methods() {
    return this.rpcCalls.map((call) => call.method);
  }
}

export type FakeTextStream = ReturnType<typeof textStream>;

export function textStream(chunks: string[], attributes: Record<string, string>, id = "stream-1") {
  return {
    info: { id, topic: "lk.transcription", attributes },
    readAll: async () => chunks.join(""),
    async *[Symbol.asyncIterator]() {
      yield* chunks;
    },
  };
}

export const rooms: FakeRoom[] = [];
export const mics: FakeMic[] = [];

export const fakeLiveKit = {
  Room: FakeRoom,
  createLocalAudioTrack: vi.fn(async () => {
    const mic = new FakeMic();
    mics.push(mic);
    return mic;
  }),
};

export function resetFakeLiveKit() {
  rooms.length = 0;
  mics.length = 0;
}
