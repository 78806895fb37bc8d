import type { VoiceResult } from "../server/voice/engine/types";

/** Data-channel topic of the per-turn packet (a contract with the browser client). */
export const TURN_TOPIC = "execora.turn";

/** What the browser shows after every turn, and its cue to refresh the dashboard. */
export type TurnPacket = {
  turnId: string;
  status: string;
  intent: string;
  transcript: string;
  reply: string;
  language: string;
  /** Set while the turn asks yes/no or "which Rahul?": the browser answers it with voice.confirm. */
  confirmTurnId: string | null;
  candidates: { id: string; name: string }[];
};

export type PublishTurn = (packet: TurnPacket) => void;

export function turnPacket(result: VoiceResult, transcript: string): TurnPacket {
  return {
    turnId: result.turnId,
    status: result.status,
    intent: result.intent,
    transcript,
    reply: result.reply,
    language: result.language,
    confirmTurnId: result.confirmTurnId,
    candidates: result.candidates,
  };
}

/** Minimal room surface for publishing, so tests need no room. */
export interface DataPublisher {
  publishData(
    data: Uint8Array,
    options: { reliable?: boolean; topic?: string; destination_identities?: string[] },
  ): Promise<void>;
}

/** Reliable, only to the merchant whose turn it was (the transcript is theirs). */
export function turnPublisher(publisher: DataPublisher, identity: string, onError: (error: unknown) => void) {
  const encoder = new TextEncoder();
  return (packet: TurnPacket) => {
    publisher
      .publishData(encoder.encode(JSON.stringify(packet)), {
        reliable: true,
        topic: TURN_TOPIC,
        destination_identities: [identity],
      })
      .catch(onError);
  };
}
