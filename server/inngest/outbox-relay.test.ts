import { once } from "node:events";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { db } from "../db";
import { parseEnv } from "../env";
import { createReminder } from "../reminders/create-reminder";
import { backoffMs, relayOutboxOnce } from "../reminders/outbox-relay";
import { ist, reminderShop } from "../reminders/test-reminders";
import { resetOutboundForTests } from "../resilience/outbound-policy";
import { createInngestClient } from "./client";
import { publishWith } from "./outbox-relay-loop";

/** Inngest's event API on loopback: fails the first `failFirst` requests, then accepts, and like
 * Inngest runs an event id only once however often it is sent. */
async function eventApi(failFirst: number) {
  let requests = 0;
  const accepted = new Map<string, number>();
  const reminderOf = new Map<string, string>();
  const server: Server = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk) => {
      body += chunk;
    });
    request.on("end", () => {
      requests += 1;
      if (requests <= failFirst || !request.url?.startsWith("/e/test-event-key")) {
        response
          .writeHead(500, { "content-type": "application/json" })
          .end('{"error":"unavailable","status":500}');
        return;
      }
      const events = JSON.parse(body) as { id: string; name: string; data: { reminderId?: string } }[];
      for (const event of events) {
        accepted.set(event.id, (accepted.get(event.id) ?? 0) + 1);
        if (event.data.reminderId) reminderOf.set(event.id, event.data.reminderId);
      }
      response
        .writeHead(200, { "content-type": "application/json" })
        .end(JSON.stringify({ ids: events.map((event) => event.id), status: 200 }));
    });
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const { port } = server.address() as AddressInfo;
  return { server, url: `http://127.0.0.1:${port}/`, accepted, reminderOf, requests: () => requests };
}

// Other test files leave reminder events in the same outbox: take them all in one batch, so
// this test's rows are never left for a later round.
const ALL = 100_000;
const servers: Server[] = [];
afterEach(() => {
  for (const server of servers.splice(0)) server.close();
});

function clientFor(url: string) {
  const settings = parseEnv({
    ...process.env,
    INNGEST_EVENT_KEY: "test-event-key",
    INNGEST_BASE_URL: url,
    INNGEST_DEV: "0",
  });
  return createInngestClient(settings);
}

async function pendingFor(reminderIds: string[]) {
  const rows = await db().outboxEvent.findMany({ where: { status: "PENDING" } });
  return rows.filter((row) => reminderIds.includes((row.data as { reminderId: string }).reminderId));
}

describe("the outbox relay while Inngest is down and after", () => {
  it("keeps every reminder event through an outage and publishes each exactly once, also across a restart", async () => {
    resetOutboundForTests(50);
    const api = await eventApi(1_000);
    servers.push(api.server);
    const shop = await reminderShop();
    const now = ist("2026-12-02T10:00:00");
    const ids: string[] = [];
    for (const hour of ["11", "12", "13"]) {
      const reminder = await createReminder(
        shop.ownerCtx,
        {
          customerId: shop.rahul.id,
          channel: "WHATSAPP",
          maxOccurrences: 1,
          sendAt: ist(`2026-12-02T${hour}:00:00`),
        },
        now,
      );
      ids.push(reminder.id);
    }
    const publish = publishWith(clientFor(api.url));
    // The relay's clock is the real one (outbox rows are stamped by the database).
    const relayNow = new Date(Date.now() + 1_000);
    // Down: nothing lost, nothing marked published, the next try is pushed back.
    const down = await relayOutboxOnce(db(), publish, { now: relayNow, batch: ALL });
    expect(down.failed).toBeGreaterThanOrEqual(3);
    const waiting = await pendingFor(ids);
    expect(waiting).toHaveLength(3);
    expect(waiting.every((row) => row.attempts === 1 && row.nextAttemptAt > relayNow && row.lastError)).toBe(
      true,
    );

    // The outage opened Inngest's circuit breaker; it lets a call through again after its open
    // period (30 s in production, 50 ms here).
    await new Promise((resolve) => setTimeout(resolve, 60));

    // Back up. A relay that published and then died before marking the rows (a crash) leaves them
    // pending; the restarted relay publishes them again with the same ids.
    const up = await eventApi(0);
    servers.push(up.server);
    const later = new Date(relayNow.getTime() + backoffMs(1) * 2);
    const crashing = async (events: Parameters<typeof publish>[0]) => {
      await publishWith(clientFor(up.url))(events);
      throw new Error("relay process killed");
    };
    await relayOutboxOnce(db(), crashing, { now: later, batch: ALL });
    expect(await pendingFor(ids)).toHaveLength(3);
    const restarted = publishWith(clientFor(up.url));
    const muchLater = new Date(later.getTime() + backoffMs(2) * 2);
    await relayOutboxOnce(db(), restarted, { now: muchLater, batch: ALL });
    expect(await pendingFor(ids)).toHaveLength(0);
    await relayOutboxOnce(db(), restarted, { now: new Date(muchLater.getTime() + 60_000), batch: ALL });

    const outboxIds = (await db().outboxEvent.findMany({ where: { status: "PUBLISHED" } }))
      .filter((row) => ids.includes((row.data as { reminderId: string }).reminderId))
      .map((row) => row.id);
    expect(outboxIds).toHaveLength(3);
    // Each event reached Inngest under its own id, and no other id was ever minted for it.
    for (const id of outboxIds) expect(up.accepted.get(id)).toBe(2);
    const mine = [...up.reminderOf].filter(([, reminderId]) => ids.includes(reminderId)).map(([id]) => id);
    expect(mine.sort()).toEqual([...outboxIds].sort());
  });

  it("backs off exponentially with jitter, capped at ten minutes", () => {
    expect(backoffMs(1, () => 0.5)).toBe(2_000);
    expect(backoffMs(3, () => 0.5)).toBe(8_000);
    expect(backoffMs(30, () => 0.5)).toBe(600_000);
    expect(backoffMs(2, () => 0)).toBe(3_000);
    expect(backoffMs(2, () => 1)).toBe(5_000);
  });
});
