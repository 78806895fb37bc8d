import nodemailer, { type Transporter } from "nodemailer";
import SMTPTransport from "nodemailer/lib/smtp-transport";
import { env } from "../env";
import { logger } from "../logger";
import { callOutbound } from "../resilience/outbound-policy";

export type MailMessage = {
  /** Which template produced it: logged instead of the content. */
  template: string;
  to: string;
  subject: string;
  text: string;
  /** An HTML alternative to the text. */
  html?: string;
  /** Files sent with the mail (a bill or statement PDF). */
  attachments?: MailAttachment[];
  /** A Message-ID of our own ("<…@…>"), so a retried send carries the same one. */
  messageId?: string;
  /**
   * A secret the recipient needs (a one-time code, an invite link). Without SMTP it is logged in
   * development and test only, so a local user can still finish the flow; never in production.
   */
  devOnly?: Record<string, string>;
};

export type MailAttachment = { filename: string; content: Uint8Array; contentType: string };

export type MailResult = { delivered: boolean };

// Every external call has a timeout: a dead SMTP server fails the send in seconds, not minutes.
const SMTP_TIMEOUT_MS = 10_000;

const transports = new Map<string, Transporter>();

function transportFor(url: string): Transporter {
  let transport = transports.get(url);
  if (!transport) {
    // SMTPTransport merges the URL with these options; createTransport({ url }) would drop them.
    transport = nodemailer.createTransport(
      new SMTPTransport({
        url,
        connectionTimeout: SMTP_TIMEOUT_MS,
        greetingTimeout: SMTP_TIMEOUT_MS,
        socketTimeout: SMTP_TIMEOUT_MS,
      }),
    );
    transports.set(url, transport);
  }
  return transport;
}

function recipientDomain(address: string): string {
  return address.split("@")[1]?.toLowerCase() ?? "unknown";
}

/** True when mail actually leaves the machine (SMTP_URL is set). */
export function isMailConfigured(): boolean {
  return Boolean(env().SMTP_URL);
}

/** Send one mail through SMTP_URL, or log that it would have been sent when SMTP is not set up. */
export async function sendMail(message: MailMessage): Promise<MailResult> {
  const { SMTP_URL, MAIL_FROM, NODE_ENV } = env();
  const meta = { template: message.template, recipientDomain: recipientDomain(message.to) };
  if (!SMTP_URL) {
    const devOnly = NODE_ENV === "production" ? undefined : message.devOnly;
    logger.info({ ...meta, ...(devOnly ? { devOnly } : {}) }, "SMTP_URL not set: mail not sent");
    return { delivered: false };
  }
  await transmitMail(message, { smtpUrl: SMTP_URL, from: MAIL_FROM });
  logger.info(meta, "mail sent");
  return { delivered: true };
}

/**
 * Hand one mail to the SMTP server and return its Message-ID, under the outbound policy (a mail
 * is not idempotent: it is sent again only when the connection was refused). Throws nodemailer's
 * error (with `responseCode` when the server refused), the policy's timeout or open-circuit
 * error, or the signal's reason. Nothing is logged: the caller knows what the mail was.
 */
export function transmitMail(
  message: MailMessage,
  options: { smtpUrl: string; from: string; signal?: AbortSignal | undefined; timeoutMs?: number },
): Promise<{ messageId: string }> {
  return callOutbound(
    "smtp",
    {
      timeoutMs: options.timeoutMs ?? SMTP_TIMEOUT_MS,
      idempotent: false,
      signal: options.signal,
      transient: smtpServiceFailing,
    },
    (signal) => transmitOnce(message, { ...options, signal }),
  );
}

/** A 5xx reply or a refused address is about this mail; anything else says the server is failing. */
function smtpServiceFailing(error: unknown): boolean {
  const responseCode = (error as { responseCode?: unknown } | null)?.responseCode;
  if (typeof responseCode === "number") return responseCode < 500;
  return !["EENVELOPE", "EMESSAGE", "EAUTH"].includes(smtpErrorCode(error));
}

async function transmitOnce(
  message: MailMessage,
  options: { smtpUrl: string; from: string; signal: AbortSignal },
): Promise<{ messageId: string }> {
  const sending = transportFor(options.smtpUrl).sendMail({
    from: options.from,
    to: message.to,
    subject: message.subject,
    text: message.text,
    ...(message.html ? { html: message.html } : {}),
    ...(message.messageId ? { messageId: message.messageId } : {}),
    ...(message.attachments
      ? {
          attachments: message.attachments.map((file) => ({
            filename: file.filename,
            content: Buffer.from(file.content.buffer, file.content.byteOffset, file.content.byteLength),
            contentType: file.contentType,
          })),
        }
      : {}),
  });
  const info = await raceSignal(sending, options.signal);
  return { messageId: String(info.messageId ?? message.messageId ?? "") };
}

// nodemailer takes no AbortSignal: stop waiting when it fires (the transport's own socket
// timeouts end the connection).
function raceSignal<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) {
    work.catch(() => {});
    return Promise.reject(signal.reason);
  }
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => {
      work.catch(() => {});
      reject(signal.reason);
    };
    signal.addEventListener("abort", onAbort, { once: true });
    work.then(
      (value) => {
        signal.removeEventListener("abort", onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener("abort", onAbort);
        reject(error);
      },
    );
  });
}

/** The error's code (ETIMEDOUT, EAUTH, …) without its message, which may quote an address. */
export function smtpErrorCode(error: unknown): string {
  const code = typeof error === "object" && error !== null ? (error as { code?: unknown }).code : undefined;
  return typeof code === "string" ? code : "UNKNOWN";
}
