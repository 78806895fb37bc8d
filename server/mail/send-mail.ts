import nodemailer, { type Transporter } from "nodemailer";
import SMTPTransport from "nodemailer/lib/smtp-transport";
import { env } from "../env";
import { logger } from "../logger";

export type MailMessage = {
  /** Which template produced it: logged instead of the content. */
  template: string;
  to: string;
  subject: string;
  text: string;
  /**
   * A secret the recipient needs (a one-time code, an invite link). Without SMTP it is logged in
   * development and test only, so a local user can still finish the flow; never in production.
   */
  devOnly?: Record<string, string>;
};

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
  await transportFor(SMTP_URL).sendMail({
    from: MAIL_FROM,
    to: message.to,
    subject: message.subject,
    text: message.text,
  });
  logger.info(meta, "mail sent");
  return { delivered: true };
}

/** The error's code (ETIMEDOUT, EAUTH, …) without its message, which may quote an address. */
export function smtpErrorCode(error: unknown): string {
  const code = typeof error === "object" && error !== null ? (error as { code?: unknown }).code : undefined;
  return typeof code === "string" ? code : "UNKNOWN";
}
