import { createHash } from "node:crypto";
import { smtpErrorCode, transmitMail } from "../mail/send-mail";
import { ChannelError, type ChannelFailureReason } from "./channel-error";
import { checkedMessage, type MessageChannel, type OutgoingMessage } from "./message";
import { DEFAULT_SEND_TIMEOUT_MS, policyStop } from "./policy-stop";

export type EmailSettings = { smtpUrl: string; from: string; timeoutMs?: number };

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
// nodemailer's codes for a server that could not be reached or went away mid-conversation.
const CONNECTION_CODES = new Set([
  "ECONNECTION",
  "ETIMEDOUT",
  "ESOCKET",
  "EDNS",
  "ECONNREFUSED",
  "ECONNRESET",
]);

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** The text as HTML paragraphs, for a message that brings no HTML of its own. */
export function htmlFromText(text: string): string {
  const paragraphs = text
    .split(/\n{2,}/)
    .map((block) => `<p>${escapeHtml(block).replace(/\n/g, "<br>")}</p>`);
  return `<!doctype html><html><body>${paragraphs.join("")}</body></html>`;
}

/** The same Message-ID for every try of one message, so mail systems can spot a duplicate. */
export function messageIdFor(idempotencyKey: string): string {
  return `<${createHash("sha256").update(idempotencyKey).digest("hex").slice(0, 32)}@messages.execora>`;
}

/** SMTP's own rule: 5xx replies are permanent, 4xx transient; a lost connection is transient. */
function smtpFailure(error: unknown): ChannelError {
  const responseCode = (error as { responseCode?: unknown } | null)?.responseCode;
  const code = smtpErrorCode(error);
  let reason: ChannelFailureReason = "provider_unavailable";
  if (typeof responseCode === "number") {
    if (responseCode >= 500) reason = code === "EAUTH" ? "unauthorized" : "rejected";
  } else if (CONNECTION_CODES.has(code)) reason = "connection_failed";
  // Refused by nodemailer before any server reply: an address or message it cannot send.
  else if (code === "EENVELOPE" || code === "EMESSAGE") reason = "rejected";
  else if (code === "EAUTH") reason = "unauthorized";
  const status = typeof responseCode === "number" ? responseCode : undefined;
  return new ChannelError("email", reason, `SMTP ${status ?? code}`, {
    status,
    providerCode: code,
    cause: error,
  });
}

function mailOf(message: OutgoingMessage, idempotencyKey: string) {
  if (!EMAIL.test(message.to))
    throw new ChannelError("email", "invalid_message", "recipient is not an email address");
  if (!message.subject) throw new ChannelError("email", "invalid_message", "an email needs a subject");
  return {
    template: message.template.name,
    to: message.to,
    subject: message.subject,
    text: message.text,
    html: message.html ?? htmlFromText(message.text),
    messageId: messageIdFor(idempotencyKey),
    attachments: message.attachment
      ? [
          {
            filename: message.attachment.filename,
            content: message.attachment.content,
            contentType: "application/pdf",
          },
        ]
      : undefined,
  };
}

/** Email over SMTP (server/mail), HTML and text, with the bill or statement PDF attached. */
export function emailChannel(settings: EmailSettings): MessageChannel {
  return {
    kind: "email",
    async send(input, options) {
      const mail = mailOf(checkedMessage("email", input), options.idempotencyKey);
      const timeoutMs = settings.timeoutMs ?? DEFAULT_SEND_TIMEOUT_MS;
      try {
        const { messageId } = await transmitMail(mail, {
          smtpUrl: settings.smtpUrl,
          from: settings.from,
          signal: options.signal,
          timeoutMs,
        });
        return { providerMessageId: messageId || mail.messageId };
      } catch (error) {
        throw policyStop("email", error, timeoutMs, options.signal) ?? smtpFailure(error);
      }
    },
  };
}
