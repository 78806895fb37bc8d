import { createSocket } from "node:dgram";
import { createServer } from "node:net";

function tcpFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once("error", () => resolve(false));
    server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
  });
}

function udpFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createSocket("udp4");
    socket.once("error", () => resolve(false));
    socket.bind(port, "127.0.0.1", () => socket.close(() => resolve(true)));
  });
}

/** Which of the LiveKit ports something else already holds on 127.0.0.1 ("7890/tcp", …). */
export async function portsInUse(ports: { signal: number; rtcUdp: number }) {
  const checks = await Promise.all([
    tcpFree(ports.signal).then((free) => (free ? null : `${ports.signal}/tcp`)),
    udpFree(ports.rtcUdp).then((free) => (free ? null : `${ports.rtcUdp}/udp`)),
  ]);
  return checks.filter((entry): entry is string => entry !== null);
}

/** A TCP port on 127.0.0.1 the kernel hands out now. */
export function freePort(): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Two ports the kernel hands out now (for tests that run beside `npm start`). */
export async function freeLiveKitPorts() {
  const pick = freePort;
  for (;;) {
    const ports = { signal: await pick(), rtcUdp: await pick() };
    const distinct = ports.signal !== ports.rtcUdp;
    if (distinct && (await portsInUse(ports)).length === 0) return ports;
  }
}
