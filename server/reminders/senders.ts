import type { ReminderChannel } from "@/generated/prisma/enums";
import { db, type Tx } from "../db";
import { env } from "../env";
import { statementUrlForCustomer } from "../links/statement-link-for-system";
import { type Channels, channelsFromEnv } from "../messaging/channels-from-env";
import type { ChannelKind, OutgoingMessage } from "../messaging/message";
import { reminderEmail } from "./email-reminder";
import { developmentSender, type ReminderMessage, type SenderFor } from "./sender";
import { statementPdfForReminder } from "./statement-pdf-for-reminder";

const KIND: Record<ReminderChannel, ChannelKind> = { WHATSAPP: "whatsapp", SMS: "sms", EMAIL: "email" };

/** A reminder as the message channels take it: the approved template's variables and the full text. */
export function outgoingReminder(message: ReminderMessage, templateName: string): OutgoingMessage {
  const { name, amount, shop, statementLink, upiLink } = message.variables;
  return {
    to: message.to,
    language: message.language === "HI" ? "hi" : "en",
    template: { name: templateName, parameters: [name, amount, shop, statementLink ?? upiLink ?? shop] },
    text: message.text,
  };
}

/**
 * The channel each reminder goes out on: the configured provider for its channel, else the
 * development channel (kept in the database, shown in the app, nothing leaves the machine).
 */
export function reminderSenderFor(channels: Channels = channelsFromEnv()): SenderFor {
  const templateName = env().WHATSAPP_REMINDER_TEMPLATE;
  return (channel) => {
    const kind = KIND[channel];
    if (!channels.isConfigured(kind)) return developmentSender;
    const provider = channels.get(kind);
    if (kind !== "email") {
      return {
        via: kind,
        send: (message, options) => provider.send(outgoingReminder(message, templateName), options),
      };
    }
    return {
      via: kind,
      // The PDF is made here, in the send step, so a retried send rebuilds it.
      send: async (message, options) => {
        const attachment = await statementPdfForReminder(db(), message);
        return provider.send(
          reminderEmail(outgoingReminder(message, templateName), message, attachment),
          options,
        );
      },
    };
  };
}

/** {statement_link}: the customer's public statement page (server/links), minted or reused. */
export function statementLinkForReminder(tx: Tx, target: { businessId: string; customerId: string }) {
  return statementUrlForCustomer(tx, target);
}
