import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { AgentDispatchClient, RoomServiceClient } from "livekit-server-sdk";
import { afterEach, describe, expect, it, vi } from "vitest";
import { freeLiveKitPorts } from "./free-ports";
import { INSTALL_HINT, type LocalVoiceRoom, startLocalVoiceRoom } from "./livekit-room";

const ROOT = path.resolve(import.meta.dirname, "../..");
let room: LocalVoiceRoom | undefined;
let dataDir: string;
afterEach(async (context) => {
  await room?.stop();
  if (context.task.result?.state === "fail") {
    const log = path.join(dataDir, "livekit", "agent.log");
    if (existsSync(log)) console.error(readFileSync(log, "utf8").slice(-4000));
  }
  room = undefined;
  vi.restoreAllMocks();
  await rm(dataDir, { recursive: true, force: true });
});

describe("npm start's voice room", () => {
  it("starts the server and an agent worker that registers with it, and stops both", async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), "execora-room-"));
    const lines: string[] = [];
    vi.spyOn(console, "log").mockImplementation((line: string) => lines.push(line));
    room = await startLocalVoiceRoom({
      root: ROOT,
      dataDir,
      env: process.env,
      ports: await freeLiveKitPorts(),
    });
    if (!room) throw new Error(`no room: ${lines.join(" | ")}`);
    const http = room.env.LIVEKIT_URL.replace(/^ws/, "http");
    const { LIVEKIT_API_KEY: key, LIVEKIT_API_SECRET: secret } = room.env;
    // The worker registers under our agent name; a dispatch to it is accepted.
    await expect
      .poll(() => lines.some((line) => line.startsWith("Voice agent worker registered")), {
        timeout: 60_000,
        interval: 250,
      })
      .toBe(true);
    await new RoomServiceClient(http, key, secret, { requestTimeout: 5 }).createRoom({ name: "shop-room" });
    const dispatch = await new AgentDispatchClient(http, key, secret).createDispatch(
      "shop-room",
      "execora-voice",
    );
    expect(dispatch.agentName).toBe("execora-voice");
    const stopped = room;
    room = undefined;
    await stopped.stop();
    await expect(fetch(`${http}/`)).rejects.toThrow();
    expect(readFileSync(path.join(dataDir, "livekit", "agent.log"), "utf8")).toContain("registered worker");
    expect(lines.some((line) => line.startsWith("The voice agent worker stopped"))).toBe(false);
  }, 90_000);

  it("without the binary: the offline clip path, and one line saying how to get the room", async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), "execora-room-"));
    const bare = path.join(dataDir, "checkout");
    mkdirSync(path.join(bare, "scripts", "livekit"), { recursive: true });
    writeFileSync(path.join(bare, "scripts", "livekit", "version"), "v1.13.5\n");
    const lines: string[] = [];
    vi.spyOn(console, "log").mockImplementation((line: string) => lines.push(line));
    expect(await startLocalVoiceRoom({ root: bare, dataDir, env: process.env })).toBeUndefined();
    expect(lines).toEqual([INSTALL_HINT]);
    expect(INSTALL_HINT).toContain("bash scripts/livekit/install.sh");
  });
});
