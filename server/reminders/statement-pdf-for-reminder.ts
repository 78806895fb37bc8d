import { istDateString } from "@/lib/gst/financial-year";
import type { Db } from "../db";
import { publicPdf } from "../links/public-pdf";
import type { OutgoingMessage } from "../messaging/message";
import { devanagariToLatin } from "../search/transliterate";
import type { ReminderMessage } from "./sender";

export type ReminderAttachment = NonNullable<OutgoingMessage["attachment"]>;

// How a statement link ends (server/links/url.ts): /s/<token>.
const STATEMENT_TOKEN = /\/s\/([A-Za-z0-9_-]+)$/;

/**
 * "statement-<shop>-<yyyy-mm-dd>.pdf" in the characters every mail client keeps (and the message
 * schema allows): a Hindi shop name is transliterated, anything else becomes "-".
 */
export function statementFilename(shop: string, day: string): string {
  const name = devanagariToLatin(shop)
    .normalize("NFD")
    .replace(/[^A-Za-z0-9]+/g, "-")
    .slice(0, 80)
    .replace(/^-+|-+$/g, "");
  return `statement-${name || "shop"}-${day}.pdf`;
}

/**
 * The PDF of the very statement link the email carries, made by the public link's own PDF code
 * (what "Download PDF" on that page gives), so the attachment and the page agree. Built at send
 * time, so a retried send attaches today's figures. Null without a statement link or once that
 * link is not live (withdrawn, expired, or the customer erased): an erased customer's statement
 * is never sent.
 */
export async function statementPdfForReminder(
  db: Db,
  message: ReminderMessage,
  now = new Date(),
): Promise<ReminderAttachment | null> {
  const token = message.variables.statementLink?.match(STATEMENT_TOKEN)?.[1];
  if (!token) return null;
  const page = await publicPdf(db, { kind: "STATEMENT", token }, now);
  if (page.state !== "LIVE") return null;
  return {
    filename: statementFilename(message.variables.shop, istDateString(now)),
    content: new Uint8Array(page.data.pdf),
  };
}
