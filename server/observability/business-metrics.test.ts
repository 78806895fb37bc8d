import { describe, expect, it } from "vitest";
import { GET as scrape } from "@/app/api/metrics/route";
import { createCustomer } from "../customers/mutations";
import { db } from "../db";
import { recordPayment } from "../ledger/mutations";
import { createReminder } from "../reminders/create-reminder";
import { outboxLagSeconds } from "../reminders/outbox-lag";
import { ist, reminderShop } from "../reminders/test-reminders";
import { createTestBusiness } from "../test/factories";
import { businessMetrics } from "./business-metrics";

const paymentsFrom = async (source: string) =>
  (await businessMetrics().payments.get()).values.find((value) => value.labels.source === source)?.value ?? 0;

describe("business metrics", () => {
  it("count a recorded payment once, however often the same request is repeated", async () => {
    const shop = await createTestBusiness();
    const customer = await createCustomer(shop.ownerCtx, { name: "Asha" });
    const before = await paymentsFrom(shop.ownerCtx.source);
    const payment = {
      customerId: customer.id,
      amountPaise: 50_000,
      mode: "CASH" as const,
      idempotencyKey: "pay-metric-1",
    };
    await recordPayment(shop.ownerCtx, payment);
    await recordPayment(shop.ownerCtx, payment);
    expect((await paymentsFrom(shop.ownerCtx.source)) - before).toBe(1);
  });

  it("report how long the oldest reminder event has waited in the outbox, at scrape", async () => {
    const shop = await reminderShop();
    const now = ist("2026-12-02T10:00:00");
    await createReminder(
      shop.ownerCtx,
      {
        customerId: shop.rahul.id,
        channel: "WHATSAPP",
        maxOccurrences: 1,
        sendAt: ist("2026-12-02T11:00:00"),
      },
      now,
    );
    expect(await outboxLagSeconds(db(), new Date(Date.now() + 60_000))).toBeGreaterThanOrEqual(60);
    const body = await (await scrape(new Request("http://localhost/api/metrics"))).text();
    const lag = Number(body.match(/^execora_outbox_lag_seconds (\S+)$/m)?.[1]);
    expect(lag).toBeGreaterThanOrEqual(0);
    expect(body).toMatch(/^execora_payments_recorded_total/m);
  });
});
