// What Meta's webhook POSTs, as the vitest and Playwright specs send it (a WhatsApp Business
// Account "messages" change). Pure: no server imports, so e2e specs can use it too.

const accountChange = (value: Record<string, unknown>) =>
  JSON.stringify({
    object: "whatsapp_business_account",
    entry: [{ changes: [{ field: "messages", value }] }],
  });

/** A customer's text reply: `from` is the number without "+" ("919876543210"). */
export function whatsAppReplyPayload(reply: { id: string; from: string; text: string; at: Date }): string {
  return accountChange({
    messages: [
      {
        from: reply.from,
        id: reply.id,
        timestamp: String(Math.floor(reply.at.getTime() / 1000)),
        type: "text",
        text: { body: reply.text },
      },
    ],
  });
}

/** A delivery status (sent, delivered, read, failed) for the message `id`. */
export function whatsAppStatusPayload(id: string, status: string, recipient = "919876543210"): string {
  return accountChange({ statuses: [{ id, status, recipient_id: recipient }] });
}
