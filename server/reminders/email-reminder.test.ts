import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCustomer, updateCustomer } from "../customers/mutations";
import { db } from "../db";
import { parseEnv, resetEnvForTests } from "../env";
import { recordCredit, recordPayment } from "../ledger/mutations";
import { publicPdf } from "../links/public-pdf";
import { statementUrlForCustomer } from "../links/statement-link-for-system";
import { pdfLatinText, tokenOf } from "../links/test-fixtures";
import { startTestSmtpServer } from "../mail/test-smtp-server";
import { channelsFromEnv } from "../messaging/channels-from-env";
import { messageIdFor } from "../messaging/email-channel";
import { closedPortUrl } from "../messaging/test-stand-in";
import { createReminder } from "./create-reminder";
import { sendReminderOccurrence } from "./send-occurrence";
import type { ReminderMessage } from "./sender";
import { reminderSenderFor, statementLinkForReminder } from "./senders";
import { statementFilename, statementPdfForReminder } from "./statement-pdf-for-reminder";
import { decodedHeader, partOf, readMime } from "./test-mime";
import { ist, reminderShop, scheduledEvents } from "./test-reminders";

let smtp: Awaited<ReturnType<typeof startTestSmtpServer>>;
beforeAll(async () => {
  smtp = await startTestSmtpServer();
  // Erasure below is confirmed with the owner's password, which it asks for only without SMTP.
  delete process.env.SMTP_URL;
  resetEnvForTests();
});
afterAll(() => smtp.close());

/** The email channel as the environment configures it (SMTP_URL, MAIL_FROM), as in production. */
const emailAt = (smtpUrl: string) =>
  reminderSenderFor(
    channelsFromEnv(parseEnv({ ...process.env, SMTP_URL: smtpUrl, MAIL_FROM: "Shop <shop@example.test>" })),
  );

/** An email reminder for `customerId`, due now, and the one send-step run of it. */
async function emailReminder(ctx: Parameters<typeof createReminder>[0], customerId: string) {
  const now = ist("2026-12-02T11:00:00");
  const reminder = await createReminder(
    ctx,
    { customerId, channel: "EMAIL", maxOccurrences: 1, sendAt: now },
    now,
  );
  const [event] = await scheduledEvents(reminder.id);
  if (!event) throw new Error("no event");
  const send = (smtpUrl = smtp.url) =>
    sendReminderOccurrence(
      { db: db(), senderFor: emailAt(smtpUrl), statementLink: statementLinkForReminder, now: () => now },
      event,
    );
  return { reminder, send };
}

/** The last email the SMTP server got for `to`, read: subject, text, HTML and the PDF. */
function received(to: string) {
  const mail = smtp.received.findLast((one) => one.to.includes(to));
  if (!mail) throw new Error(`no email for ${to}`);
  const mime = readMime(mail.raw);
  const pdf = partOf(mime, "application/pdf");
  return {
    subject: decodedHeader(mime.headers.get("subject") ?? ""),
    messageId: mime.headers.get("message-id"),
    text: partOf(mime, "text/plain")?.body.toString("utf8") ?? "",
    html: partOf(mime, "text/html")?.body.toString("utf8") ?? "",
    pdf: pdf?.body,
    pdfDisposition: pdf?.headers.get("content-disposition") ?? "",
  };
}

const STATEMENT_LINK = /https?:\/\/[^\s]+\/s\/[A-Za-z0-9_-]+/;

describe("an email reminder through a real SMTP server", () => {
  it("arrives with subject, text and HTML carrying the statement and UPI links, and the statement PDF the link's page gives", async () => {
    const shop = await reminderShop(75_000);
    await updateCustomer(shop.ownerCtx, shop.rahul.id, { email: "rahul@example.test" });
    const { reminder, send } = await emailReminder(shop.ownerCtx, shop.rahul.id);

    expect(await send()).toMatchObject({ kind: "sent" });
    const mail = received("rahul@example.test");
    const shopName = (await db().business.findUniqueOrThrow({ where: { id: shop.businessId } })).name;
    expect(mail.subject).toBe(`${shopName}: payment reminder`);
    expect(mail.messageId).toBe(messageIdFor(`${reminder.id}:1`));
    expect(mail.text).toContain("Namaste Rahul Sharma, ₹750.00 is due at");
    expect(mail.text).toContain("Pay by UPI: upi://pay?pa=shop@upi&pn=");
    expect(mail.text).toContain("Your statement is attached as a PDF.");
    const link = STATEMENT_LINK.exec(mail.text)?.[0] ?? "";
    expect(link).not.toBe("");
    expect(mail.html).toContain(`<a href="${link}">${link}</a>`);
    expect(mail.html).toMatch(/<a href="upi:\/\/pay\?pa=shop@upi&#38;pn=/);

    expect(mail.pdfDisposition).toMatch(/^attachment/);
    expect(mail.pdfDisposition).toMatch(/filename="?statement-Test-Kirana-[a-z0-9]+-\d{4}-\d{2}-\d{2}\.pdf/);
    const pdf = mail.pdf ?? Buffer.alloc(0);
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const printed = pdfLatinText(pdf);
    expect(printed).toContain("Customer: Rahul Sharma");
    expect(printed).toContain("Amount due today: Rs. 750.00");
    // The same document as the link's own "Download PDF".
    const download = await publicPdf(db(), { kind: "STATEMENT", token: tokenOf(link) });
    if (download.state !== "LIVE") throw new Error("the emailed link is not live");
    expect(printed).toBe(pdfLatinText(download.data.pdf));

    expect(
      await db().reminderDelivery.findFirstOrThrow({ where: { reminderId: reminder.id } }),
    ).toMatchObject({
      status: "SENT",
      sentVia: "email",
      providerMessageId: messageIdFor(`${reminder.id}:1`),
    });
  });

  it("a customer whose messages are in Hindi gets the Hindi email", async () => {
    const shop = await reminderShop(0);
    const sunita = await createCustomer(shop.ownerCtx, {
      name: "सुनीता देवी",
      email: "sunita@example.test",
      messageLanguage: "HI",
    });
    await recordCredit(shop.ownerCtx, {
      customerId: sunita.id,
      amountPaise: 120_000,
      idempotencyKey: `owes-${sunita.id}`,
    });
    const { send } = await emailReminder(shop.ownerCtx, sunita.id);

    expect(await send()).toMatchObject({ kind: "sent" });
    const mail = received("sunita@example.test");
    expect(mail.subject).toMatch(/: भुगतान का रिमाइंडर$/);
    expect(mail.text).toContain("नमस्ते सुनीता देवी");
    expect(mail.text).toContain("₹1,200.00 बाकी है।");
    expect(mail.text).toContain("खाता देखें: ");
    expect(mail.text).toContain("आपके खाते का हिसाब PDF में साथ लगा है।");
    expect(mail.html).toContain("नमस्ते सुनीता देवी");
    expect(pdfLatinText(mail.pdf ?? Buffer.alloc(0))).toContain("Amount due today: Rs. 1,200.00");
  });

  it("a send that failed is retried with the PDF made again, showing the balance at the retry", async () => {
    const shop = await reminderShop(75_000);
    await updateCustomer(shop.ownerCtx, shop.rahul.id, { email: "rahul.retry@example.test" });
    const { send } = await emailReminder(shop.ownerCtx, shop.rahul.id);
    const down = (await closedPortUrl()).replace("http:", "smtp:");
    await expect(send(down)).rejects.toMatchObject({ reason: "connection_failed", retryable: true });

    await recordPayment(shop.ownerCtx, {
      customerId: shop.rahul.id,
      amountPaise: 25_000,
      mode: "CASH",
      idempotencyKey: `paid-${shop.rahul.id}`,
    });
    expect(await send()).toMatchObject({ kind: "sent" });
    const mail = received("rahul.retry@example.test");
    expect(mail.text).toContain("₹500.00 is due");
    expect(pdfLatinText(mail.pdf ?? Buffer.alloc(0))).toContain("Amount due today: Rs. 500.00");
  });
});

describe("the statement PDF for a reminder", () => {
  it("is never made for an erased customer, even from a link handed out before the erasure", async () => {
    const shop = await reminderShop(75_000);
    const link = await db().$transaction((tx) =>
      statementUrlForCustomer(tx, { businessId: shop.businessId, customerId: shop.rahul.id }),
    );
    const message: ReminderMessage = {
      channel: "EMAIL",
      to: "rahul@example.test",
      language: "EN",
      text: "₹750.00 is due",
      variables: {
        name: "Rahul Sharma",
        amount: "₹750.00",
        shop: "Gupta Store",
        upiLink: null,
        statementLink: link,
      },
    };
    expect(await statementPdfForReminder(db(), message)).toMatchObject({
      filename: expect.stringMatching(/^statement-Gupta-Store-\d{4}-\d{2}-\d{2}\.pdf$/),
    });

    const request = await shop.ownerCaller.customers.requestDeletion({ customerId: shop.rahul.id });
    await shop.ownerCaller.customers.confirmDeletion({
      requestId: request.requestId,
      password: "password123",
    });
    expect(await statementPdfForReminder(db(), message)).toBeNull();
    expect(
      await statementPdfForReminder(db(), {
        ...message,
        variables: { ...message.variables, statementLink: null },
      }),
    ).toBeNull();
  });

  it("is named after the shop in the characters mail keeps", () => {
    expect(statementFilename("Gupta & Sons (Kirana)", "2026-12-02")).toBe(
      "statement-Gupta-Sons-Kirana-2026-12-02.pdf",
    );
    expect(statementFilename("गुप्ता स्टोर", "2026-12-02")).toMatch(/^statement-[a-z]+-[a-z]+-2026-12-02\.pdf$/);
    expect(statementFilename("!!!", "2026-12-02")).toBe("statement-shop-2026-12-02.pdf");
    expect(statementFilename("x".repeat(200), "2026-12-02").length).toBeLessThanOrEqual(124);
  });
});
