import { createConnection, createServer, type Server, type Socket } from "node:net";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { resetEnvForTests } from "../../env";
import { createTestBusiness } from "../../test/factories";
import { readiness } from "./health";
import { POST as trpc } from "./trpc";

// The app's pool, pointed through a TCP proxy that can freeze: connections stay open but no byte
// passes either way, which is what a stalled disk or a network partition looks like to the app.
const state = vi.hoisted(() => ({ userId: null as string | null, frozenDb: null as unknown }));
vi.mock("@/server/http/auth", () => ({
  auth: async () => (state.userId ? { user: { id: state.userId } } : null),
}));
vi.mock("@/server/db", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/server/db")>();
  return { ...real, db: () => (state.frozenDb ?? real.db()) as ReturnType<typeof real.db> };
});

let proxy: Server;
let frozen = false;
const sockets: Socket[] = [];

beforeAll(async () => {
  const target = new URL(process.env.DATABASE_URL as string);
  proxy = createServer((client) => {
    const upstream = createConnection(Number(target.port || 5432), target.hostname);
    sockets.push(client, upstream);
    for (const [from, to] of [
      [client, upstream],
      [upstream, client],
    ] as const) {
      from.on("data", (chunk) => {
        if (!frozen) to.write(chunk);
      });
      from.on("error", () => to.destroy());
      from.on("close", () => to.destroy());
    }
  });
  await new Promise<void>((resolve) => proxy.listen(0, "127.0.0.1", resolve));
  const port = (proxy.address() as { port: number }).port;
  Object.assign(process.env, { DB_STATEMENT_TIMEOUT_MS: "1000", DB_CONNECT_TIMEOUT_MS: "1000" });
  resetEnvForTests();
  const { createDb, poolSettingsFromEnv } = await import("../../db");
  const url = new URL(target);
  url.host = `127.0.0.1:${port}`;
  state.frozenDb = createDb(url.toString(), poolSettingsFromEnv());
});

afterAll(async () => {
  delete process.env.DB_STATEMENT_TIMEOUT_MS;
  delete process.env.DB_CONNECT_TIMEOUT_MS;
  resetEnvForTests();
  for (const socket of sockets) socket.destroy();
  await new Promise<void>((resolve) => proxy.close(() => resolve()));
});

const trpcGet = (procedure: string, input: unknown) =>
  trpc(
    new Request(
      `http://localhost:3000/api/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify({ json: input }))}`,
      { headers: { "x-request-id": "req-frozen" } },
    ),
  );

async function timed(answer: () => Promise<Response>) {
  const started = performance.now();
  const response = await answer();
  return { response, seconds: (performance.now() - started) / 1000 };
}

describe("a database that stops answering", () => {
  it("costs a request about DB_STATEMENT_TIMEOUT_MS, then 503 with a plain sentence; readiness says so", async () => {
    const shop = await createTestBusiness();
    state.userId = shop.owner.id;
    // Connected and working through the proxy first.
    expect((await trpcGet("customers.find", { search: "Sunita" })).status).toBe(200);
    frozen = true;
    const query = await timed(() => trpcGet("customers.find", { search: "Sunita" }));
    expect(query.response.status).toBe(503);
    expect(await query.response.text()).toContain("The database is not reachable. Try again in a moment.");
    // 1 s statement timeout + 1 s for the client-side one: answered in seconds, not 20.
    expect(query.seconds).toBeLessThan(6);
    const ready = await timed(() => readiness(new Request("http://localhost:3000/api/health/ready")));
    expect(ready.response.status).toBe(503);
    expect(ready.seconds).toBeLessThan(6);
    frozen = false;
  });
});
