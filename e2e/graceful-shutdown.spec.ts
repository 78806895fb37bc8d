import { expect, test } from "@playwright/test";
import { postOnNewConnection } from "./support/raw-post";
import { exited, signedInClient, startSecondInstance } from "./support/second-instance";
import { createRegisteredShop, trpcMutation, trpcQuery, uniqueSuffix } from "./support/shop-api";

const mainURL = `http://localhost:${process.env.E2E_PORT ?? 3100}`;
const secondPort = Number(process.env.E2E_PORT ?? 3100) + 2;
const PAYMENTS = 120;
const CONCURRENCY = 8;
const KILL_AFTER_ACKNOWLEDGED = 20;
const OPENING_PAISE = 100_000;

type Outcome = { key: string; startedAt: number; endedAt: number; status: number | null; error?: string };

test("SIGTERM during writes: requests in flight finish, none acknowledged is lost, none half-written", async ({
  request,
}) => {
  test.setTimeout(150_000);
  const shop = await createRegisteredShop(request);
  const onMain = await signedInClient(mainURL, shop.email, shop.password);
  const customer = await trpcMutation<{ id: string }>(onMain, "customers.create", { name: "Rahul Sharma" });
  await trpcMutation(onMain, "ledger.recordCredit", {
    customerId: customer.id,
    amountPaise: OPENING_PAISE,
    idempotencyKey: `shutdown-credit-${uniqueSuffix()}`,
  });

  const second = await startSecondInstance(secondPort);
  const onSecond = await signedInClient(second.url, shop.email, shop.password);
  const cookie = (await onSecond.storageState()).cookies
    .map(({ name, value }) => `${name}=${value}`)
    .join("; ");
  const run = uniqueSuffix();
  const payment = (key: string) =>
    JSON.stringify({ json: { customerId: customer.id, amountPaise: 100, idempotencyKey: key } });

  const outcomes: Outcome[] = [];
  let next = 0;
  let killedAt: number | null = null;
  async function payer() {
    while (next < PAYMENTS) {
      const key = `shutdown-${run}-${next++}`;
      const startedAt = performance.now();
      const answer = await postOnNewConnection(`${second.url}/api/trpc/ledger.recordPayment`, payment(key), {
        "content-type": "application/json",
        cookie,
      }).catch((error: NodeJS.ErrnoException) => ({ status: null, error: error.code ?? error.message }));
      outcomes.push({ key, startedAt, endedAt: performance.now(), ...answer });
      if (killedAt === null && outcomes.filter((o) => o.status === 200).length >= KILL_AFTER_ACKNOWLEDGED) {
        killedAt = performance.now();
        second.process.kill("SIGTERM");
      }
    }
  }
  await Promise.all(Array.from({ length: CONCURRENCY }, payer));
  // Next's own handler exits 143 (128 + SIGTERM) once the server has closed.
  expect(await exited(second.process), second.output()).toBe(143);
  expect(second.output()).toContain("stopping: finishing requests in flight");

  const acknowledged = outcomes.filter((o) => o.status === 200);
  const answeredOtherwise = outcomes.filter((o) => o.status !== null && o.status !== 200);
  const unanswered = outcomes.filter((o) => o.status === null);
  expect(answeredOtherwise, "no request was answered with an error while draining").toEqual([]);
  const stop = killedAt ?? Number.POSITIVE_INFINITY;
  const inFlightAtStop = acknowledged.filter((o) => o.startedAt < stop && o.endedAt > stop);
  expect(inFlightAtStop.length, "requests in flight at SIGTERM were finished").toBeGreaterThan(0);
  expect(unanswered.length, "requests after SIGTERM were refused, not queued forever").toBeGreaterThan(0);

  // The books hold exactly the acknowledged payments: none lost, none written but unanswered.
  const balance = async () =>
    (await trpcQuery<{ balancePaise: number }>(onMain, "customers.get", { id: customer.id })).balancePaise;
  const payments = async () =>
    (
      await trpcQuery<{ items: { type: string }[] }>(onMain, "ledger.statement", {
        customerId: customer.id,
        limit: 200,
      })
    ).items.filter((entry) => entry.type === "PAYMENT").length;
  expect(await payments()).toBe(acknowledged.length);
  expect(await balance()).toBe(OPENING_PAISE - 100 * acknowledged.length);

  // The client sends the unanswered ones again, to the instance still up, with the same keys;
  // sending every one again writes nothing twice.
  for (const { key } of outcomes) {
    await trpcMutation(onMain, "ledger.recordPayment", {
      customerId: customer.id,
      amountPaise: 100,
      idempotencyKey: key,
    });
  }
  expect(await payments()).toBe(PAYMENTS);
  expect(await balance()).toBe(OPENING_PAISE - 100 * PAYMENTS);
});
