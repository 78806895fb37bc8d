import type { MessageLanguage, ReminderChannel } from "@/generated/prisma/enums";

/** One reminder message, ready for a channel. */
export type ReminderMessage = {
  channel: ReminderChannel;
  /** E.164 mobile for WhatsApp and SMS, an email address for email. */
  to: string;
  language: MessageLanguage;
  text: string;
  /** The filled-in variables, for channels that send approved templates (WhatsApp, DLT SMS). */
  variables: {
    name: string;
    amount: string;
    shop: string;
    upiLink: string | null;
    statementLink: string | null;
  };
};

export type ReminderSender = {
  /** What ReminderDelivery.sentVia records: "whatsapp", "sms", "email" or "development". */
  via: string;
  send(
    message: ReminderMessage,
    options: { idempotencyKey: string },
  ): Promise<{ providerMessageId: string | null }>;
};

export type SenderFor = (channel: ReminderChannel) => ReminderSender;

/**
 * The development channel: the message is kept in ReminderDelivery (body, recipient) and shown
 * in the app, nothing leaves the machine. Used for every channel with no provider configured.
 */
export const developmentSender: ReminderSender = {
  via: "development",
  send: async () => ({ providerMessageId: null }),
};

/** A send failure a retry cannot fix (a provider's 4xx): classified by the channel that threw it. */
export function isPermanentSendFailure(error: unknown): boolean {
  return (
    typeof error === "object" && error !== null && (error as { retryable?: unknown }).retryable === false
  );
}

/** True when the channel refused to try at all (its provider's circuit is open): nothing went out. */
export function nothingWasSent(error: unknown): boolean {
  return (
    typeof error === "object" && error !== null && (error as { reason?: unknown }).reason === "circuit_open"
  );
}

/** How long the provider asked us to wait (429 Retry-After), when it did. */
export function retryAfterMsOf(error: unknown): number | null {
  const value =
    typeof error === "object" && error !== null ? (error as { retryAfterMs?: unknown }).retryAfterMs : null;
  return typeof value === "number" && Number.isFinite(value) && value > 0 ? value : null;
}

/** A short reason for the delivery row: never the message, the number or a provider's full reply. */
export function failureReasonOf(error: unknown): string {
  const reason = typeof error === "object" && error !== null ? (error as { reason?: unknown }).reason : null;
  if (typeof reason === "string" && reason.length > 0) return reason.slice(0, 200);
  return error instanceof Error ? error.name : "send failed";
}
