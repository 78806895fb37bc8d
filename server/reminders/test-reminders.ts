import { createCustomer } from "../customers/mutations";
import { db } from "../db";
import { recordCredit } from "../ledger/mutations";
import { createTestBusiness } from "../test/factories";
import type { ReminderScheduledData } from "./events";
import type { ReminderMessage, ReminderSender } from "./sender";

export const ist = (text: string) => new Date(`${text}+05:30`);

/** A shop with Rahul Sharma owing `owesPaise` (phone +919876543210). */
export async function reminderShop(owesPaise = 120_000) {
  const shop = await createTestBusiness();
  const rahul = await createCustomer(shop.ownerCtx, { name: "Rahul Sharma", phone: "+919876543210" });
  if (owesPaise > 0) {
    await recordCredit(shop.ownerCtx, {
      customerId: rahul.id,
      amountPaise: owesPaise,
      idempotencyKey: `owes-${rahul.id}`,
    });
  }
  return { ...shop, rahul };
}

/** A channel standing in for a provider: records what it was asked to send; fails as told. */
export function recordingSender(failures: unknown[] = []) {
  const sent: { message: ReminderMessage; idempotencyKey: string }[] = [];
  let calls = 0;
  const sender: ReminderSender = {
    via: "recording",
    send: async (message, { idempotencyKey }) => {
      calls += 1;
      const failure = failures.shift();
      if (failure) throw failure;
      sent.push({ message, idempotencyKey });
      return { providerMessageId: `wamid.${calls}.${idempotencyKey}` };
    },
  };
  return { sender, sent, calls: () => calls };
}

/** The reminder/scheduled events waiting in the outbox for `reminderId`, oldest first. */
export async function scheduledEvents(reminderId: string): Promise<ReminderScheduledData[]> {
  const rows = await db().outboxEvent.findMany({
    where: { name: "reminder/scheduled" },
    orderBy: { createdAt: "asc" },
  });
  return rows
    .map((row) => row.data as ReminderScheduledData)
    .filter((data) => data.reminderId === reminderId);
}
