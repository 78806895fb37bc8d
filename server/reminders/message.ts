import { formatInr } from "@/lib/money/paise";
import { renderTemplate } from "@/lib/reminders/template";
import { upiPaymentLink } from "@/lib/share-links";
import type { ReminderMessage } from "./sender";

type MessageParts = {
  reminder: {
    id: string;
    channel: ReminderMessage["channel"];
    language: ReminderMessage["language"];
    template: string;
  };
  customer: { id: string; name: string; phone: string | null; email: string | null };
  business: { name: string; upiVpa: string | null };
  amountPaise: number;
  statementLink: string | null;
};

/** The recipient for the channel, or null when the customer has none (removed since). */
export function recipientFor(channel: ReminderMessage["channel"], customer: MessageParts["customer"]) {
  return channel === "EMAIL" ? customer.email : customer.phone;
}

/** The reminder's text with the amount due, the shop, a UPI pay link and the statement link. */
export function reminderMessage(parts: MessageParts, to: string): ReminderMessage {
  const { reminder, customer, business, amountPaise } = parts;
  const upiLink = business.upiVpa
    ? upiPaymentLink({
        vpa: business.upiVpa,
        payeeName: business.name,
        amountPaise,
        // Identifies the customer in the shop's UPI statement.
        invoiceNumber: `KHATA-${customer.id}`.slice(0, 35),
      })
    : null;
  const variables = {
    name: customer.name,
    amount: formatInr(amountPaise),
    shop: business.name,
    upiLink,
    statementLink: parts.statementLink,
  };
  const text = renderTemplate(reminder.template, {
    name: variables.name,
    amount: variables.amount,
    shop: variables.shop,
    upi_link: upiLink ?? undefined,
    statement_link: parts.statementLink ?? undefined,
  });
  return { channel: reminder.channel, to, language: reminder.language, text, variables };
}
