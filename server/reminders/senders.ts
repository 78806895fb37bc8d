import type { ReminderChannel } from "@/generated/prisma/enums";
import type { Tx } from "../db";
import { env } from "../env";
import { statementUrlForCustomer } from "../links/statement-link-for-system";
import { type Channels, channelsFromEnv } from "../messaging/channels-from-env";
import type { ChannelKind, OutgoingMessage } from "../messaging/message";
import { developmentSender, type ReminderMessage, type SenderFor } from "./sender";

const KIND: Record<ReminderChannel, ChannelKind> = { WHATSAPP: "whatsapp", SMS: "sms", EMAIL: "email" };

/** A reminder as the message channels take it: the approved template's variables and the full text. */
export function outgoingReminder(message: ReminderMessage, templateName: string): OutgoingMessage {
  const { name, amount, shop, statementLink, upiLink } = message.variables;
  const hindi = message.language === "HI";
  return {
    to: message.to,
    language: hindi ? "hi" : "en",
    template: { name: templateName, parameters: [name, amount, shop, statementLink ?? upiLink ?? shop] },
    text: message.text,
    subject: hindi ? `${shop}: भुगतान का रिमाइंडर` : `${shop}: payment reminder`,
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
    return {
      via: kind,
      send: (message, options) => provider.send(outgoingReminder(message, templateName), options),
    };
  };
}

/** {statement_link}: the customer's public statement page (server/links), minted or reused. */
export function statementLinkForReminder(tx: Tx, target: { businessId: string; customerId: string }) {
  return statementUrlForCustomer(tx, target);
}
