import enPublic from "@/messages/en/public.json";
import hiPublic from "@/messages/hi/public.json";
import type { OutgoingMessage } from "../messaging/message";
import type { ReminderMessage } from "./sender";
import type { ReminderAttachment } from "./statement-pdf-for-reminder";

const WORDS = { EN: enPublic, HI: hiPublic };
const LINK = /(?:https?|upi):\/\/[^\s<>"]+/g;

/** A customer-facing sentence of messages/<lang>/public.json with its {{values}} filled in. */
function sentence(text: string, values: Record<string, string>): string {
  return text.replace(/{{\s*(\w+)\s*}}/g, (_, name: string) => values[name] ?? "");
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** One line as HTML, its statement and UPI links clickable. */
function htmlLine(line: string): string {
  let html = "";
  let last = 0;
  for (const match of line.matchAll(LINK)) {
    const url = match[0];
    html += `${escapeHtml(line.slice(last, match.index))}<a href="${escapeHtml(url)}">${escapeHtml(url)}</a>`;
    last = match.index + url.length;
  }
  return html + escapeHtml(line.slice(last));
}

/**
 * The reminder as an email: the reminder's own text, plus the statement link and the UPI pay link
 * when the merchant's template left them out (an email always carries both), a line saying the
 * statement PDF is attached; the same as HTML with the links clickable.
 */
export function reminderEmail(
  outgoing: OutgoingMessage,
  message: ReminderMessage,
  attachment: ReminderAttachment | null,
): OutgoingMessage {
  const words = WORDS[message.language];
  const { shop, amount, statementLink, upiLink } = message.variables;
  const added: string[] = [];
  if (statementLink && !message.text.includes(statementLink)) {
    added.push(sentence(words.share.viewStatement, { url: statementLink }));
  }
  if (upiLink && !message.text.includes(upiLink)) {
    added.push(sentence(words.share.payUpi, { amount, upi: upiLink }));
  }
  if (attachment) added.push(words.email.attached);
  const paragraphs = [message.text, added.join("\n")].filter((part) => part !== "");
  const html = paragraphs.map((part) => `<p>${part.split("\n").map(htmlLine).join("<br>")}</p>`);
  return {
    ...outgoing,
    subject: sentence(words.email.subject, { shop }),
    text: paragraphs.join("\n\n"),
    html: `<!doctype html><html><body>${html.join("")}</body></html>`,
    ...(attachment ? { attachment } : {}),
  };
}
