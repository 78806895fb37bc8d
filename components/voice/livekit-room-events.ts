import {
  type Participant,
  type RemoteParticipant,
  type RemoteTrack,
  type Room,
  RoomEvent,
  type TextStreamReader,
  Track,
} from "livekit-client";
import { parseTurnPacket, STT_UNAVAILABLE_STATUS, TURN_PACKET_TOPIC } from "@/lib/voice/turn-packet";
import { questionOf } from "./talk-state";
import { now, type TransportHooks } from "./talk-transport";

export type LiveKitHooks = TransportHooks & {
  audioElement: () => HTMLAudioElement | null;
  /** The room went away on its own (server, network); the next press starts a new session. */
  onClosed: () => void;
};

// agents-js 1.x: transcripts as text streams, the agent's state as a participant attribute.
const TRANSCRIPTION_TOPIC = "lk.transcription";
const SEGMENT_ID = "lk.segment_id";
const TRANSCRIBED_TRACK = "lk.transcribed_track_id";
const AGENT_STATE = "lk.agent.state";

/** The agent joins with kind AGENT (and, by our worker's convention, an identity starting "agent"). */
export function isAgentParticipant(participant: Participant): boolean {
  return participant.isAgent || participant.identity.startsWith("agent");
}

/**
 * Turns what the agent sends into turn events: the live transcript (the merchant's words, sent on
 * their behalf), the streamed reply text, the `execora.turn` packet, speaking/listening, and its
 * audio track on the page's <audio> element.
 */
export function listenToAgent(room: Room, { dispatch, onTurnStored, audioElement }: LiveKitHooks) {
  // Per turn, segment id → text; a turn's transcript can arrive as several segments.
  let heard = new Map<string, string>();
  let said = new Map<string, string>();
  let agentState = "";
  const joined = (segments: Map<string, string>) => [...segments.values()].join(" ").trim();

  async function onTranscription(reader: TextStreamReader, from: { identity: string }) {
    const segment = reader.info.attributes?.[SEGMENT_ID] ?? reader.info.id;
    const track = reader.info.attributes?.[TRANSCRIBED_TRACK];
    const local = room.localParticipant;
    if (from.identity === local.identity || (track && local.trackPublications.has(track))) {
      // The merchant's words: each stream carries the segment's latest full text.
      const segments = heard;
      segments.set(segment, await reader.readAll());
      if (segments === heard) dispatch({ type: "transcript", text: joined(segments) });
      return;
    }
    // The agent's reply: a stream of deltas.
    const segments = said;
    let text = "";
    for await (const delta of reader) {
      text += delta;
      segments.set(segment, text);
      if (segments === said) dispatch({ type: "replyText", text: joined(segments) });
    }
  }

  const onData = (payload: Uint8Array, participant?: RemoteParticipant, _kind?: unknown, topic?: string) => {
    if (topic !== TURN_PACKET_TOPIC || !participant || !isAgentParticipant(participant)) return;
    const packet = parseTurnPacket(payload);
    if (!packet) return;
    if (packet.status === STT_UNAVAILABLE_STATUS) {
      dispatch({ type: "failed", error: "sttUnavailable" });
      return;
    }
    dispatch({ type: "result", ...packet, question: questionOf(packet) });
    onTurnStored();
  };

  const onAttributes = (changed: Record<string, string>, participant: Participant) => {
    const state = changed[AGENT_STATE];
    if (state === undefined || !isAgentParticipant(participant)) return;
    const previous = agentState;
    agentState = state;
    if (state === "speaking") dispatch({ type: "speaking", at: now() });
    else if (
      (state === "listening" || state === "idle") &&
      (previous === "speaking" || previous === "thinking")
    )
      dispatch({ type: "finished" });
  };

  const onTrack = (track: RemoteTrack, _publication: unknown, participant: RemoteParticipant) => {
    const element = audioElement();
    if (track.kind === Track.Kind.Audio && isAgentParticipant(participant) && element) track.attach(element);
  };

  room.registerTextStreamHandler(TRANSCRIPTION_TOPIC, (reader, from) => void onTranscription(reader, from));
  room.on(RoomEvent.DataReceived, onData);
  room.on(RoomEvent.ParticipantAttributesChanged, onAttributes);
  room.on(RoomEvent.TrackSubscribed, onTrack);

  return {
    newTurn() {
      heard = new Map();
      said = new Map();
    },
    stop() {
      room.unregisterTextStreamHandler(TRANSCRIPTION_TOPIC);
      room.off(RoomEvent.DataReceived, onData);
      room.off(RoomEvent.ParticipantAttributesChanged, onAttributes);
      room.off(RoomEvent.TrackSubscribed, onTrack);
    },
  };
}
