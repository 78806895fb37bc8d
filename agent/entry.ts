import { AutoSubscribe, type JobContext, type VAD, voice } from "@livekit/agents";
import { db } from "../server/db";
import { logger } from "../server/logger";
import { voiceKeyterms } from "../server/voice/engine/keyterms";
import { voiceDomainContext } from "../server/voice/livekit/agent-participant";
import { sttHints } from "../server/voice/offline/stt-hints";
import { sessionComponents } from "./components";
import { agentConfig } from "./config";
import { ExecoraAgent } from "./execora-agent";
import { InFlight } from "./in-flight";
import { microphoneReached } from "./merchant-microphone";
import { admitParticipant } from "./participant-gate";
import { turnPublisher } from "./turn-packet";
import { registerTurnRpc } from "./turn-rpc";

/**
 * One LiveKit job = one merchant's push-to-talk session: admit the participant by its signed
 * attributes, start a manual-turn AgentSession, register the turn RPCs.
 */
export async function runVoiceJob(job: JobContext) {
  const config = agentConfig();
  const database = db();
  const inFlight = new InFlight();
  // Shutdown (room closed, or the worker draining on SIGTERM): finish the turn being written,
  // then release the database connections. Job processes run one job and exit.
  job.addShutdownCallback(async () => {
    await inFlight.settled();
    await database.$disconnect();
  });
  await job.connect(undefined, AutoSubscribe.AUDIO_ONLY);
  const admitted = await admitParticipant({
    waitForParticipant: () => job.waitForParticipant(),
    shutdown: (reason) => job.shutdown(reason),
  });
  if (!admitted) return;
  const { identity, participant } = admitted;
  const firstCtx = await voiceDomainContext(database, participant, null);
  const keyterms = await voiceKeyterms(firstCtx);
  const localParticipant = job.room.localParticipant;
  if (!localParticipant) throw new Error("The agent is not connected to the room");
  const onPublishError = (error: unknown) =>
    logger.warn({ event: "voice_turn_packet_failed", err: error }, "turn packet not sent");
  let takeReleasedAt: () => number | null = () => null;
  // Wall-clock moments of each turn at debug level, no content: the room benchmark lines them up
  // with the participant's own clock (scripts/bench/voice-room.ts).
  const mark = (name: string) => logger.debug({ event: "voice_turn_mark", mark: name, at: Date.now() });
  const publishTurn = turnPublisher(localParticipant, identity, onPublishError);
  const agent = new ExecoraAgent({
    domainContext: (requestId) => voiceDomainContext(database, participant, requestId),
    publishTurn: (packet) => {
      mark("engine_done");
      publishTurn(packet);
    },
    inFlight,
    hasLlm: config.llm !== null,
    sttMs: () => {
      const releasedAt = takeReleasedAt();
      return releasedAt === null ? null : Math.round(performance.now() - releasedAt);
    },
  });
  const components = sessionComponents(config, {
    vad: job.proc.userData.vad as VAD,
    keyterms,
    hints: async () => sttHints(await voiceDomainContext(database, participant, null)),
  });
  const session = new voice.AgentSession({
    ...components.options,
    turnHandling: { turnDetection: "manual" },
  });
  await session.start({
    agent,
    room: job.room,
    // 16 kHz from the room: the rate the whole-turn recognisers take, so no second resampling.
    inputOptions: { participantIdentity: identity, audioSampleRate: 16_000 },
  });
  session.on(voice.AgentSessionEventTypes.AgentStateChanged, (event) => {
    if (event.newState === "speaking") mark("first_tts_frame");
  });
  const control = registerTurnRpc(localParticipant, session, identity, {
    transcriber: components.turnStt,
    maxTurnMs: config.maxTurnMs,
    onMark: mark,
    microphoneReached: () => microphoneReached(job.room, identity),
  });
  takeReleasedAt = () => control.takeReleasedAt();
  logger.info({ event: "voice_session_started", keyterms: keyterms.length }, "voice session started");
}
