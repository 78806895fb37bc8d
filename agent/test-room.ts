import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import {
  AudioFrame,
  AudioSource,
  AudioStream,
  LocalAudioTrack,
  ParticipantKind,
  type RemoteParticipant,
  type RemoteTrack,
  Room,
  RoomEvent,
  TrackKind,
  TrackPublishOptions,
  TrackSource,
} from "@livekit/rtc-node";
import { freeLiveKitPorts, freePort } from "../scripts/runtime/free-ports";
import { type AgentWorker, startAgentWorker } from "../scripts/runtime/livekit-agent";
import {
  installedLiveKitServer,
  type LiveKitServer,
  startLiveKitServer,
} from "../scripts/runtime/livekit-server";
import { convertToWav } from "../server/voice/offline/convert-audio";
import { spokenClip } from "../server/voice/stt/test-clip";

const ROOT = path.resolve(import.meta.dirname, "..");

/**
 * The real livekit-server and one real agent worker (local STT/TTS, no LLM) on loopback; `base`
 * is the test's database and AUTH_SECRET (and PATH, for espeak-ng and pocketsphinx).
 */
export async function startRoomStack(
  agentName: string,
  base: { PATH?: string; HOME?: string; DATABASE_URL?: string; AUTH_SECRET?: string },
  /** More of the worker's environment (AGENT_MAX_TURN_SECONDS, LOG_LEVEL, …). */
  extra: Record<string, string> = {},
) {
  const binary = installedLiveKitServer(ROOT);
  if (!binary) throw new Error("livekit-server is not installed: run bash scripts/livekit/install.sh");
  const configDir = await mkdtemp(path.join(tmpdir(), "execora-room-"));
  const server: LiveKitServer = await startLiveKitServer({
    binary,
    configDir,
    ports: await freeLiveKitPorts(),
  });
  const log: string[] = [];
  const launch = async () => {
    const started: AgentWorker = startAgentWorker({
      root: ROOT,
      env: {
        NODE_ENV: "test",
        ...base,
        LOG_LEVEL: "info",
        LIVEKIT_URL: server.url,
        LIVEKIT_API_KEY: server.apiKey,
        LIVEKIT_API_SECRET: server.apiSecret,
        LIVEKIT_AGENT_NAME: agentName,
        AGENT_HTTP_HOST: "127.0.0.1",
        AGENT_HTTP_PORT: String(await freePort()),
        AGENT_IDLE_PROCESSES: "1",
        // Several room tests and helpers share two cores: never refuse a session for load.
        AGENT_LOAD_THRESHOLD: "none",
        ...extra,
      },
      onOutput: (chunk) => log.push(chunk.toString("utf8")),
    });
    if (!(await started.registered))
      throw new Error(`agent worker did not register:\n${log.join("").slice(-3000)}`);
    return started;
  };
  let worker = await launch();
  return {
    server,
    log,
    /** The running worker (its process is the group leader of its job processes). */
    get worker() {
      return worker;
    },
    /** A new worker with the same name and environment, after the old one is gone. */
    async restartWorker() {
      worker = await launch();
      return worker;
    },
    async stop() {
      await worker.stop();
      await server.stop();
      await rm(configDir, { recursive: true, force: true });
    },
  };
}

/** A merchant's microphone in the room: joins with the app's token and speaks espeak-ng WAVs. */
export async function joinAsMerchant(url: string, token: string) {
  const room = new Room();
  const packets: unknown[] = [];
  const agentAudio = { frames: 0, loudFrames: 0 };
  room.on(RoomEvent.DataReceived, (payload, _participant, _kind, topic) => {
    if (topic === "execora.turn") packets.push(JSON.parse(new TextDecoder().decode(payload)));
  });
  room.on(RoomEvent.TrackSubscribed, (track: RemoteTrack, _publication, participant: RemoteParticipant) => {
    if (track.kind !== TrackKind.KIND_AUDIO || participant.kind !== ParticipantKind.AGENT) return;
    void (async () => {
      const reader = new AudioStream(track, { sampleRate: 48_000, numChannels: 1 }).getReader();
      for (;;) {
        const { done, value: frame } = await reader.read();
        if (done) return;
        agentAudio.frames++;
        if (frame.data.some((sample) => Math.abs(sample) > 1000)) agentAudio.loudFrames++;
      }
    })();
  });
  await room.connect(url, token, { autoSubscribe: true, dynacast: false });
  // A 40 ms queue, like a browser's microphone: captureFrame returns as the audio goes out (with
  // the default 1 s queue, "released after the last word" would really be a second early).
  const source = new AudioSource(16_000, 1, 40);
  const track = LocalAudioTrack.createAudioTrack("microphone", source);
  const options = new TrackPublishOptions();
  options.source = TrackSource.SOURCE_MICROPHONE;
  await room.localParticipant?.publishTrack(track, options);

  const agentIdentity = async (timeoutMs = 30_000) => {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const agent = [...room.remoteParticipants.values()].find((p) => p.kind === ParticipantKind.AGENT);
      if (agent) return agent.identity;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error("no agent joined the room");
  };
  const rpc = async (method: string) => {
    const destinationIdentity = await agentIdentity();
    return JSON.parse(
      (await room.localParticipant?.performRpc({
        destinationIdentity,
        method,
        payload: "",
        responseTimeout: 30_000,
      })) ?? "null",
    ) as { state: string };
  };
  /** A held button with a quiet microphone: `ms` of silence in real time. */
  const silence = async (ms: number) => {
    for (let sent = 0; sent < ms; sent += 10) {
      await source.captureFrame(new AudioFrame(new Int16Array(160), 16_000, 1, 160));
    }
    await source.waitForPlayout();
  };
  /** Speaks `sentence` in real time (10 ms frames, paced by the audio source). */
  const speak = async (sentence: string) => {
    const { wav } = await convertToWav(spokenClip(sentence));
    const pcm = new Int16Array(wav.buffer.slice(wav.byteOffset + 44, wav.byteOffset + wav.length));
    for (let start = 0; start < pcm.length; start += 160) {
      const samples = new Int16Array(160);
      samples.set(pcm.subarray(start, Math.min(pcm.length, start + 160)));
      await source.captureFrame(new AudioFrame(samples, 16_000, 1, 160));
    }
    await source.waitForPlayout();
  };
  return { room, packets, agentAudio, rpc, speak, silence, agentIdentity };
}
