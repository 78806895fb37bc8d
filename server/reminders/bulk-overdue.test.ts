import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { addIstDays, istDateString } from "@/lib/gst/financial-year";
import { defaultTemplate } from "@/lib/reminders/template";
import type { DomainContext } from "../context";
import { importCustomersCsv } from "../customers/import-export";
import { createCustomer } from "../customers/mutations";
import { db } from "../db";
import { recordPayment } from "../ledger/mutations";
import { daysAgo, postDatedEntry } from "../reports/test-ledger";
import { createTestBusiness } from "../test/factories";
import { createOverdueReminders, previewOverdueReminders } from "./bulk-overdue";
import { createReminder } from "./create-reminder";
import { sendReminderOccurrence } from "./send-occurrence";
import { ist, recordingSender, scheduledEvents } from "./test-reminders";

// 11:00 IST on a Tuesday: outside the quiet hours, so "now" stays now.
const NOW = ist("2025-06-10T11:00:00");
let phoneCounter = 0;
const nextPhone = () => `+9198765${String(10_000 + (phoneCounter++ % 90_000)).padStart(5, "0")}`;

type Debtor = {
  phone?: boolean;
  email?: boolean;
  hindi?: boolean;
  debits: [paise: number, daysAgo: number][];
};

async function debtor(ctx: DomainContext, name: string, spec: Debtor) {
  const customer = await createCustomer(ctx, {
    name,
    phone: spec.phone === false ? null : `${nextPhone()}`,
    email: spec.email ? `${name.toLowerCase()}-${randomUUID().slice(0, 6)}@example.test` : null,
    messageLanguage: spec.hindi ? "HI" : "EN",
  });
  for (const [amountPaise, days] of spec.debits) {
    await postDatedEntry(ctx, { customerId: customer.id, amountPaise, occurredAt: daysAgo(days, NOW) });
  }
  return customer;
}

/** A shop whose debtors between them cover every rule of the bulk send. */
async function overdueShop() {
  const shop = await createTestBusiness();
  const ctx = shop.ownerCtx;
  const asha = await debtor(ctx, "Asha", { debits: [[50_000, 60]] });
  // ₹300 from 45 days ago was paid off (oldest first): what is owed is the ₹200 of 5 days ago.
  const bina = await debtor(ctx, "Bina", {
    debits: [
      [30_000, 45],
      [20_000, 5],
      [-30_000, 1],
    ],
  });
  const chetan = await debtor(ctx, "Chetan", { hindi: true, debits: [[10_000, 31]] });
  const dev = await debtor(ctx, "Dev", { debits: [[10_000, 30]] });
  const esha = await debtor(ctx, "Esha", { phone: false, email: true, debits: [[70_000, 90]] });
  const farid = await debtor(ctx, "Farid", { debits: [[40_000, 40]] });
  await createReminder(
    ctx,
    { customerId: farid.id, channel: "WHATSAPP", sendAt: ist("2025-06-12T10:00:00"), maxOccurrences: 1 },
    NOW,
  );
  const gita = await debtor(ctx, "Gita", { debits: [[25_000, 50]] });
  const sentToGita = await createReminder(
    ctx,
    { customerId: gita.id, channel: "SMS", sendAt: NOW, maxOccurrences: 1 },
    NOW,
  );
  const [event] = await scheduledEvents(sentToGita.id);
  const outcome = await sendReminderOccurrence(
    { db: db(), senderFor: () => recordingSender().sender, now: () => NOW },
    event as NonNullable<typeof event>,
  );
  expect(outcome).toMatchObject({ kind: "sent" });
  const hari = await debtor(ctx, "Hari", { debits: [[90_000, 100]] });
  await db().customer.update({ where: { id: hari.id }, data: { erasedAt: NOW } });
  const jaya = await debtor(ctx, "Jaya", { debits: [[-5_000, 80]] });
  return { shop, ctx, asha, bina, chetan, dev, esha, farid, gita, hari, jaya };
}

const whatsapp = { minDaysOverdue: 30, channel: "WHATSAPP" as const, now: NOW };

describe("remind everyone over 30 days overdue", () => {
  it("previews who is over 30 days by the oldest unpaid debit (FIFO), most overdue first, with skip reasons", async () => {
    const { ctx, asha, chetan, esha, farid, gita } = await overdueShop();
    // Another shop's old debtor never shows up here.
    const other = await createTestBusiness();
    await debtor(other.ownerCtx, "Ivan", { debits: [[100_000, 200]] });

    const preview = await previewOverdueReminders(ctx, whatsapp);
    expect(preview.customers).toEqual([
      {
        customerId: esha.id,
        name: "Esha",
        hasPhone: false,
        hasEmail: true,
        balancePaise: 70_000,
        daysOverdue: 90,
        skipReason: "NO_CONTACT",
      },
      {
        customerId: asha.id,
        name: "Asha",
        hasPhone: true,
        hasEmail: false,
        balancePaise: 50_000,
        daysOverdue: 60,
        skipReason: null,
      },
      {
        customerId: gita.id,
        name: "Gita",
        hasPhone: true,
        hasEmail: false,
        balancePaise: 25_000,
        daysOverdue: 50,
        skipReason: "REMINDED_TODAY",
      },
      {
        customerId: farid.id,
        name: "Farid",
        hasPhone: true,
        hasEmail: false,
        balancePaise: 40_000,
        daysOverdue: 40,
        skipReason: "ACTIVE_REMINDER",
      },
      {
        customerId: chetan.id,
        name: "Chetan",
        hasPhone: true,
        hasEmail: false,
        balancePaise: 10_000,
        daysOverdue: 31,
        skipReason: null,
      },
    ]);
    // Bina (old debit paid off), Dev (exactly 30 days), Hari (erased), Jaya (paid ahead) are not listed.
    expect(preview.totals).toEqual({ overdue: 5, willRemind: 2, skipped: 3, amountPaise: 60_000 });
    expect(preview.more).toBe(0);

    // By email only Esha can be reached; over 60 days only Esha (90) is left.
    const byEmail = await previewOverdueReminders(ctx, { ...whatsapp, channel: "EMAIL" });
    expect(byEmail.customers.filter((row) => row.skipReason === null).map((row) => row.name)).toEqual([
      "Esha",
    ]);
    expect(byEmail.totals).toMatchObject({ willRemind: 1, amountPaise: 70_000 });
    const over60 = await previewOverdueReminders(ctx, { ...whatsapp, minDaysOverdue: 60 });
    expect(over60.customers.map((row) => row.name)).toEqual(["Esha"]);
  });

  it("creates exactly the eligible reminders with their outbox events and one audit row; a repeated bulkKey creates nothing more", async () => {
    const { shop, ctx, asha, chetan } = await overdueShop();
    const before = await db().reminder.count({ where: { businessId: shop.businessId } });
    const bulkKey = randomUUID();
    const input = { minDaysOverdue: 30, channel: "WHATSAPP" as const, expectedCount: 2, bulkKey };

    const result = await createOverdueReminders(ctx, input, NOW);
    expect(result).toEqual({
      created: 2,
      totalPaise: 60_000,
      sendAt: NOW.toISOString(),
      movedFrom: null,
      minDaysOverdue: 30,
      channel: "WHATSAPP",
      repeated: false,
    });
    const made = await db().reminder.findMany({
      where: {
        businessId: shop.businessId,
        createdAt: { gte: new Date(Date.now() - 60_000) },
        customerId: { in: [asha.id, chetan.id] },
      },
    });
    expect(
      made.map((row) => ({ customerId: row.customerId, language: row.language, template: row.template })),
    ).toEqual(
      expect.arrayContaining([
        { customerId: asha.id, language: "EN", template: defaultTemplate("EN") },
        { customerId: chetan.id, language: "HI", template: defaultTemplate("HI") },
      ]),
    );
    for (const reminder of made) {
      expect(reminder).toMatchObject({
        status: "ACTIVE",
        channel: "WHATSAPP",
        amountPaise: null,
        sendAt: NOW,
        maxOccurrences: 1,
      });
      expect(await scheduledEvents(reminder.id)).toEqual([
        { reminderId: reminder.id, businessId: shop.businessId, occurrence: 1, sendAt: NOW.toISOString() },
      ]);
    }
    expect(await db().reminder.count({ where: { businessId: shop.businessId } })).toBe(before + 2);
    const audits = await db().auditLog.findMany({
      where: { businessId: shop.businessId, action: "reminder.bulk_create" },
    });
    expect(audits).toMatchObject([
      { entityType: "ReminderBulk", entityId: bulkKey, after: { created: 2, totalPaise: 60_000 } },
    ]);

    // The double click: the same answer, nothing new.
    expect(await createOverdueReminders(ctx, input, NOW)).toMatchObject({ created: 2, repeated: true });
    expect(await db().reminder.count({ where: { businessId: shop.businessId } })).toBe(before + 2);
    // Now each of them has an active reminder: nobody is left to remind.
    const after = await previewOverdueReminders(ctx, whatsapp);
    expect(after.totals).toMatchObject({ overdue: 5, willRemind: 0 });
    expect(after.customers.find((row) => row.name === "Asha")?.skipReason).toBe("ACTIVE_REMINDER");
  });

  it("refuses when the list changed since the preview, and creates nothing", async () => {
    const shop = await createTestBusiness();
    const asha = await debtor(shop.ownerCtx, "Asha", { debits: [[50_000, 60]] });
    await debtor(shop.ownerCtx, "Chetan", { debits: [[10_000, 31]] });
    const preview = await previewOverdueReminders(shop.ownerCtx, whatsapp);
    expect(preview.totals.willRemind).toBe(2);
    await recordPayment(shop.ownerCtx, {
      customerId: asha.id,
      amountPaise: 50_000,
      mode: "CASH",
      idempotencyKey: `pay-${asha.id}`,
    });

    const attempt = createOverdueReminders(
      shop.ownerCtx,
      {
        minDaysOverdue: 30,
        channel: "WHATSAPP",
        expectedCount: preview.totals.willRemind,
        bulkKey: randomUUID(),
      },
      NOW,
    );
    await expect(attempt).rejects.toMatchObject({
      code: "PRECONDITION_FAILED",
      message: "The list changed since you saw it. Check it again before sending.",
      details: { count: 1 },
    });
    expect(await db().reminder.count({ where: { businessId: shop.businessId } })).toBe(0);
    expect(await db().outboxEvent.count({ where: { businessId: shop.businessId } })).toBe(0);
  });

  it("asked in the quiet hours, the reminders go out at 09:00", async () => {
    const shop = await createTestBusiness();
    await debtor(shop.ownerCtx, "Asha", { debits: [[50_000, 60]] });
    const lateEvening = ist("2025-06-10T22:15:00");
    const result = await createOverdueReminders(
      shop.ownerCtx,
      { minDaysOverdue: 30, channel: "SMS", expectedCount: 1, bulkKey: randomUUID() },
      lateEvening,
    );
    expect(result).toMatchObject({
      created: 1,
      sendAt: ist("2025-06-11T09:00:00").toISOString(),
      movedFrom: lateEvening.toISOString(),
    });
  });

  it("lists the 500 most overdue and counts the rest (opening balances imported with an 'as of' date)", async () => {
    const shop = await createTestBusiness();
    const asOf = istDateString(addIstDays(new Date(), -45));
    const rows = Array.from({ length: 502 }, (_, index) => `Grahak ${index},100,${asOf}`);
    const imported = await importCustomersCsv(
      shop.ownerCtx,
      ["name,opening_balance,opening_balance_date", ...rows].join("\n"),
    );
    expect(imported).toMatchObject({ created: 502, errors: [] });
    const preview = await previewOverdueReminders(shop.ownerCtx, { minDaysOverdue: 30, channel: "WHATSAPP" });
    expect(preview.customers).toHaveLength(500);
    expect(preview.more).toBe(2);
    // None has a mobile number: all listed, none reminded.
    expect(preview.totals).toEqual({ overdue: 502, willRemind: 0, skipped: 502, amountPaise: 0 });
    expect(preview.customers[0]).toMatchObject({ daysOverdue: 45, skipReason: "NO_CONTACT" });
  });
});
