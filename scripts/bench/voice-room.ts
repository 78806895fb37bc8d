// Release-to-first-audio through the real room on loopback (livekit-server + one agent worker,
// local pocketsphinx + espeak-ng, no LLM), split by stage, beside the offline clip path, and the
// worker's memory. Needs BENCH_DATABASE_URL (a migrated database: a small shop is added to it) and
// the livekit-server binary (bash scripts/livekit/install.sh). Not a test: it prints numbers.
import { readdirSync, readFileSync } from "node:fs";

const url = process.env.BENCH_DATABASE_URL;
if (!url) {
  console.log("voice room: skipped (set BENCH_DATABASE_URL to a migrated database)");
  process.exit(0);
}
// The domain code reads its database from the environment it validates: this run's database.
process.env.DATABASE_URL = url;
process.env.AUTH_SECRET ??= "bench-secret-bench-secret-bench-secret-0123";
const base = {
  PATH: process.env.PATH,
  HOME: process.env.HOME,
  DATABASE_URL: url,
  AUTH_SECRET: process.env.AUTH_SECRET,
};
const TURNS = Number(process.env.BENCH_TURNS ?? 20);

const { startRoomStack, joinAsMerchant } = await import("../../agent/test-room");
const { voiceShop } = await import("../../server/voice/engine/test-shop");
const { liveKitConfig } = await import("../../server/voice/livekit/config");
const { startVoiceSession } = await import("../../server/voice/livekit/session-token");
const { runOfflineTurn } = await import("../../server/voice/offline/run-offline-turn");
const { spokenClip } = await import("../../server/voice/stt/test-clip");
const { speechToTextFrom } = await import("../../server/voice/stt/provider");
const { env } = await import("../../server/env");

const SENTENCES = ["Rahul ne five hundred rupees diye", "Rahul ka kitna baaki hai"];
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Resident memory of the worker and its job processes (its process group), in MB. */
function groupRssMb(leader: number): number {
  let kb = 0;
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const pgid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[2]);
      if (pgid !== leader) continue;
      const rss = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${entry}/status`, "utf8"));
      kb += Number(rss?.[1] ?? 0);
    } catch {
      // gone meanwhile
    }
  }
  return Math.round(kb / 1024);
}

const agentName = `execora-bench-${Date.now()}`;
const stack = await startRoomStack(agentName, base, { LOG_LEVEL: "debug" });
const shop = await voiceShop({ "Rahul Sharma": 10_000_000 });
const config = liveKitConfig({
  LIVEKIT_URL: stack.server.url,
  LIVEKIT_API_KEY: stack.server.apiKey,
  LIVEKIT_API_SECRET: stack.server.apiSecret,
  LIVEKIT_AGENT_NAME: agentName,
});
const session = await startVoiceSession(shop.ownerCtx, config);
const merchant = await joinAsMerchant(session.serverUrl, session.participantToken);
await merchant.agentIdentity(60_000);
for (let ready = false; !ready; await sleep(200)) {
  ready = (await merchant.rpc("cancel_turn").catch(() => null))?.state === "idle";
}
const leader = stack.worker.process.pid as number;
await sleep(2_000);
const idleRss = groupRssMb(leader);

/** Agent marks logged after `since` (wall clock, same machine). */
function marksAfter(since: number): Record<string, number> {
  const found: Record<string, number> = {};
  for (const line of stack.log.join("").split("\n")) {
    if (!line.includes('"voice_turn_mark"')) continue;
    const { mark, at } = JSON.parse(line) as { mark: string; at: number };
    if (at >= since && found[mark] === undefined) found[mark] = at;
  }
  return found;
}

type Split = Record<string, number>;
const room: Split[] = [];
let turnRss = 0;
for (let turn = 0; turn <= TURNS; turn++) {
  const before = merchant.packets.length;
  await merchant.rpc("start_turn");
  await merchant.speak(SENTENCES[turn % SENTENCES.length] as string);
  const released = Date.now();
  const sampler = setInterval(() => {
    turnRss = Math.max(turnRss, groupRssMb(leader));
  }, 100);
  const loudBefore = merchant.agentAudio.loudFrames;
  await merchant.rpc("end_turn");
  const endAnswered = Date.now();
  while (merchant.packets.length === before) await sleep(5);
  const packetAt = Date.now();
  while (merchant.agentAudio.loudFrames === loudBefore && Date.now() - released < 30_000) await sleep(5);
  const heardAt = Date.now();
  clearInterval(sampler);
  await sleep(2_500); // the reply finishes before the next press
  const marks = marksAfter(released - 1_000);
  if (turn === 0) continue; // warm-up
  const from = (at: number | undefined) => (at === undefined ? Number.NaN : at - released);
  room.push({
    "end_turn handled": from(marks.end_turn),
    "transcript final": from(marks.transcript),
    "engine done": from(marks.engine_done),
    "first TTS frame sent": from(marks.first_tts_frame),
    "first audio received": heardAt - released,
    "(end_turn answered)": endAnswered - released,
    "(packet received)": packetAt - released,
  });
}

// The offline clip path, same sentences: the server side of POST /api/voice/turn (ffmpeg, local
// STT, engine); the browser then speaks the reply itself, so there is no TTS frame to time.
const stt = speechToTextFrom(env());
const offline: Split[] = [];
for (let turn = 0; turn <= TURNS; turn++) {
  const clip = spokenClip(SENTENCES[turn % SENTENCES.length] as string);
  const started = Date.now();
  const result = await runOfflineTurn(shop.ownerCtx, { clip, stt });
  const total = Date.now() - started;
  if (turn === 0) continue;
  offline.push({ "transcript final": result.sttMs ?? Number.NaN, "engine done": total });
}

const pct = (values: number[], fraction: number) => {
  const sorted = values.filter((v) => !Number.isNaN(v)).sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) * fraction)] ?? Number.NaN;
};
const report = (name: string, splits: Split[]) => {
  console.log(`${name} (${splits.length} turns, ms from release, p50 / p95):`);
  for (const stage of Object.keys(splits[0] ?? {})) {
    const values = splits.map((split) => split[stage] as number);
    console.log(`  ${stage.padEnd(24)} ${String(pct(values, 0.5)).padStart(6)} / ${pct(values, 0.95)}`);
  }
};
report("room path", room);
report("offline clip path (server side; transcript = sttMs after ffmpeg)", offline);
console.log(
  `agent worker RSS (worker + job processes): idle ${idleRss} MB, during turns up to ${turnRss} MB`,
);
await merchant.room.disconnect();
await stack.stop();
await shop.ownerCtx.db.$disconnect();
process.exit(0);
