import { readdirSync, readFileSync, readlinkSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { RoomServiceClient } from "livekit-server-sdk";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseEnv } from "../../server/env";
import { freeLiveKitPorts } from "./free-ports";
import { installedLiveKitServer, type LiveKitServer, startLiveKitServer } from "./livekit-server";

const ROOT = path.resolve(import.meta.dirname, "../..");
const binary = installedLiveKitServer(ROOT);
if (!binary) throw new Error("livekit-server is not installed: run bash scripts/livekit/install.sh");

// Every socket the process listens on, as "table address:port" (Linux /proc: "0100007F:1ED2" is
// 127.0.0.1:7890; TCP state 0A is LISTEN; UDP sockets are all listed), found by socket inode.
function listeningSockets(pid: number): string[] {
  const inodes = new Set(
    readdirSync(`/proc/${pid}/fd`)
      .map((fd) => readlinkSync(`/proc/${pid}/fd/${fd}`, { encoding: "utf8" }))
      .map((target) => /^socket:\[(\d+)\]$/.exec(target)?.[1])
      .filter((inode): inode is string => inode !== undefined),
  );
  return (["tcp", "tcp6", "udp", "udp6"] as const).flatMap((table) =>
    readFileSync(`/proc/net/${table}`, "utf8")
      .split("\n")
      .slice(1)
      .map((line) => line.trim().split(/\s+/))
      .filter((fields) => inodes.has(fields[9] ?? ""))
      .filter((fields) => table.startsWith("udp") || fields[3] === "0A")
      .map((fields) => {
        const [address = "", port = "0"] = (fields[1] ?? "").split(":");
        return `${table} ${address}:${Number.parseInt(port, 16)}`;
      }),
  );
}

describe("the local LiveKit server", () => {
  let server: LiveKitServer;
  let ports: Awaited<ReturnType<typeof freeLiveKitPorts>>;
  let configDir: string;

  beforeAll(async () => {
    configDir = await mkdtemp(path.join(tmpdir(), "execora-livekit-"));
    ports = await freeLiveKitPorts();
    server = await startLiveKitServer({ binary, configDir, ports });
  });
  afterAll(async () => {
    await server?.stop();
    await rm(configDir, { recursive: true, force: true });
  });

  it("answers on loopback with this run's own key, which the app's env accepts", async () => {
    expect(server.url).toBe(`ws://127.0.0.1:${ports.signal}`);
    expect(server.apiKey).not.toBe("devkey");
    expect(server.apiSecret.length).toBeGreaterThanOrEqual(32);
    const env = parseEnv({
      DATABASE_URL: "postgresql://localhost/x",
      AUTH_SECRET: "x".repeat(32),
      LIVEKIT_URL: server.url,
      LIVEKIT_API_KEY: server.apiKey,
      LIVEKIT_API_SECRET: server.apiSecret,
    });
    expect(env.LIVEKIT_URL).toBe(server.url);
    const http = `http://127.0.0.1:${ports.signal}`;
    const rooms = new RoomServiceClient(http, server.apiKey, server.apiSecret, { requestTimeout: 5 });
    const room = await rooms.createRoom({ name: "shop-check" });
    expect(room.name).toBe("shop-check");
    expect((await rooms.listRooms()).map((listed) => listed.name)).toContain("shop-check");
  });

  it("refuses the public dev key and another run's secret", async () => {
    const http = `http://127.0.0.1:${ports.signal}`;
    const devDefaults = new RoomServiceClient(http, "devkey", "secret", { requestTimeout: 5 });
    await expect(devDefaults.listRooms()).rejects.toThrow();
    const wrongSecret = new RoomServiceClient(http, server.apiKey, "y".repeat(43), { requestTimeout: 5 });
    await expect(wrongSecret.listRooms()).rejects.toThrow();
  });

  it("listens on 127.0.0.1 only: signalling on its TCP port, media on its UDP port", () => {
    const sockets = listeningSockets(server.process.pid as number);
    expect(sockets.sort()).toEqual([`tcp 0100007F:${ports.signal}`, `udp 0100007F:${ports.rtcUdp}`]);
  });
});

describe("starting and stopping", () => {
  it("stops cleanly and frees its ports", async () => {
    const configDir = await mkdtemp(path.join(tmpdir(), "execora-livekit-"));
    const ports = await freeLiveKitPorts();
    const server = await startLiveKitServer({ binary, configDir, ports });
    await server.stop();
    expect(server.process.exitCode).toBe(0);
    await expect(fetch(`http://127.0.0.1:${ports.signal}/`)).rejects.toThrow();
    await rm(configDir, { recursive: true, force: true });
  });

  it("names the port another program holds instead of starting a second server", async () => {
    const configDir = await mkdtemp(path.join(tmpdir(), "execora-livekit-"));
    const ports = await freeLiveKitPorts();
    const squatter = createServer();
    await new Promise<void>((resolve) => squatter.listen(ports.signal, "127.0.0.1", resolve));
    try {
      await expect(startLiveKitServer({ binary, configDir, ports })).rejects.toThrow(
        `ports already in use on 127.0.0.1: ${ports.signal}/tcp`,
      );
    } finally {
      squatter.close();
      await rm(configDir, { recursive: true, force: true });
    }
  });
});
