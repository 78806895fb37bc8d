import { z } from "zod";
import { ChannelError, type ChannelKind } from "./channel-error";

export type { ChannelKind } from "./channel-error";

const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

/** One message to one person, in what every channel needs (each uses the parts it can send). */
export const outgoingMessageSchema = z.object({
  /** E.164 mobile ("+919876543210") for WhatsApp and SMS, an email address for email. */
  to: z.string().trim().min(3).max(320),
  language: z.enum(["en", "hi"]),
  /**
   * An approved template and its variables in order ({{1}}, {{2}} … on WhatsApp; ##var1##,
   * ##var2## … in the MSG91 template).
   */
  template: z.object({
    name: z.string().regex(/^[a-z0-9_]{1,512}$/, "must be lowercase letters, digits and _"),
    parameters: z.array(z.string().trim().min(1).max(1024)).max(20),
  }),
  /** The whole message as free text (email body; the development channel shows it). */
  text: z.string().trim().min(1).max(20_000),
  /** Email only. */
  subject: z.string().trim().min(1).max(200).optional(),
  /** Email only; without it the text is sent as simple HTML too. */
  html: z.string().min(1).max(500_000).optional(),
  /** Email only (a bill or statement PDF). */
  attachment: z
    .object({
      filename: z.string().regex(/^[\w .()-]{1,120}\.pdf$/i, "must be a .pdf file name"),
      content: z.instanceof(Uint8Array).refine((bytes) => bytes.byteLength > 0, "must not be empty"),
    })
    .refine((file) => file.content.byteLength <= MAX_ATTACHMENT_BYTES, "must be at most 10 MB")
    .optional(),
});

export type OutgoingMessage = z.infer<typeof outgoingMessageSchema>;

export type SendOptions = {
  /** Stable per message occurrence (reminder id + occurrence); a retry passes the same key. */
  idempotencyKey: string;
  /** The caller's own cancellation; the channel's timeout applies as well. */
  signal?: AbortSignal;
};

export type SendResult = { providerMessageId: string };

/** A way of sending messages. Every failure is a ChannelError that says whether to retry. */
export interface MessageChannel {
  readonly kind: ChannelKind;
  send(message: OutgoingMessage, options: SendOptions): Promise<SendResult>;
}

const E164 = /^\+[1-9]\d{7,14}$/;

/** The message checked against the schema, or a permanent ChannelError naming the bad fields. */
export function checkedMessage(kind: ChannelKind, message: OutgoingMessage): OutgoingMessage {
  const parsed = outgoingMessageSchema.safeParse(message);
  if (!parsed.success) {
    const fields = [...new Set(parsed.error.issues.map((issue) => issue.path.join(".") || "message"))];
    throw new ChannelError(kind, "invalid_message", `invalid message (${fields.join(", ")})`);
  }
  return parsed.data;
}

/** "+919876543210" → "919876543210" (what Graph API and MSG91 take), or a permanent error. */
export function phoneDigits(kind: ChannelKind, to: string): string {
  if (!E164.test(to))
    throw new ChannelError(kind, "invalid_message", "recipient is not an E.164 phone number");
  return to.slice(1);
}
