import { TURN_PACKET_TOPIC, type TurnPacket } from "@/lib/voice/turn-packet";
import { isUndoable } from "@/lib/voice/undoable";
import type { VoiceResult } from "../server/voice/engine/types";

export type { TurnPacket };

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
    undoable: isUndoable(result),
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
        topic: TURN_PACKET_TOPIC,
        destination_identities: [identity],
      })
      .catch(onError);
  };
}
