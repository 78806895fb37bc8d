import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DomainContext } from "../context";
import { db } from "../db";
import { resetEnvForTests } from "../env";
import { invoiceDocument } from "../invoices/document";
import { issueInvoice as issueParsed } from "../invoices/issue-invoice";
import { issueInvoiceInput } from "../invoices/schema";
import { invoiceShop, key } from "../invoices/test-fixtures";
import { recordPayment } from "../ledger/mutations";
import { startTestSmtpServer } from "../mail/test-smtp-server";
import { anonymousCaller, createTestBusiness } from "../test/factories";
import { runVoiceCommand } from "../voice/engine/run-voice-command";
import { confirmCustomerDeletion, requestCustomerDeletion } from "./deletion";
import { findCustomers, getCustomer } from "./queries";

const issueInvoice = (ctx: DomainContext, raw: unknown) => issueParsed(ctx, issueInvoiceInput.parse(raw));

let smtp: Awaited<ReturnType<typeof startTestSmtpServer>>;
beforeAll(async () => {
  smtp = await startTestSmtpServer();
  process.env.SMTP_URL = smtp.url;
  resetEnvForTests();
});
afterAll(async () => {
  delete process.env.SMTP_URL;
  resetEnvForTests();
  await smtp.close();
});

/** The code from the last email sent to `to` (it is in the subject line). */
function codeSentTo(to: string): string {
  const mail = smtp.received.findLast((message) => message.to.includes(to));
  const code = /^Subject: (\d{6}) /m.exec(mail?.raw ?? "")?.[1];
  if (!code) throw new Error(`no code mailed to ${to}`);
  return code;
}
const wrong = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, "0");

describe("customer deletion with an emailed one-time code", () => {
  it("erases personal data but keeps invoices, entries and the balance", async () => {
    const shop = await invoiceShop("REGULAR", "27");
    const ctx = shop.ownerCtx;
    const customerId = shop.customer.id;
    await db().customer.update({
      where: { id: customerId },
      data: { email: "rahul@example.test", notes: "lives near temple" },
    });
    const invoice = await issueInvoice(ctx, {
      customerId,
      items: [{ productId: shop.rice.id, quantity: "2" }],
      idempotencyKey: key(),
    });
    await recordPayment(ctx, { customerId, amountPaise: 5_000, mode: "CASH", idempotencyKey: key() });
    const customerName = (await getCustomer(ctx, customerId)).name;
    const spoken = await runVoiceCommand(ctx, {
      text: `${customerName} ka kitna baaki hai`,
      channel: "TYPED",
    });
    expect(spoken.reply).toContain(customerName);
    const before = await getCustomer(ctx, customerId);
    const entriesBefore = await db().ledgerEntry.count({ where: { customerId } });

    const request = await requestCustomerDeletion(ctx, { customerId });
    expect(request).toMatchObject({
      delivered: true,
      sentTo: expect.stringMatching(/^o\*\*\*@example\.test$/),
    });
    const result = await confirmCustomerDeletion(ctx, {
      requestId: request.requestId,
      code: codeSentTo(shop.owner.email),
    });
    expect(result).toEqual({ customerId, erased: true });

    const after = await getCustomer(ctx, customerId);
    expect(after).toMatchObject({
      phone: null,
      email: null,
      gstin: null,
      notes: null,
      balancePaise: before.balancePaise,
    });
    expect(after.name).toMatch(/^Deleted customer [A-Z0-9-]{4}$/);
    expect(after.erasedAt).toBeInstanceOf(Date);
    const stored = await db().customer.findUniqueOrThrow({ where: { id: customerId } });
    expect(`${stored.searchName} ${stored.phoneticKey}`).not.toMatch(/rahul/i);
    // The invoice still renders, under the placeholder name.
    const document = await invoiceDocument(ctx, invoice.id);
    expect(document.customer).toMatchObject({ name: after.name, phone: null });
    expect(await db().ledgerEntry.count({ where: { customerId } })).toBe(entriesBefore);
    // Gone from the list and from search.
    const list = await findCustomers(ctx, { sort: "balance", cursor: 0, limit: 25 });
    expect(list.items.map((item) => item.id)).not.toContain(customerId);
    expect(
      (await findCustomers(ctx, { search: "Rahul", sort: "balance", cursor: 0, limit: 25 })).items,
    ).toEqual([]);
    // The audit trail says what happened without the personal values.
    const audit = await db().auditLog.findFirstOrThrow({
      where: { entityId: customerId, action: "customer.erase" },
    });
    expect(JSON.stringify(audit)).not.toMatch(/Rahul|9876543210|rahul@example|temple/);
    // What the owner said about them by voice is scrubbed too.
    const turn = await db().voiceTurn.findUniqueOrThrow({ where: { id: spoken.turnId } });
    expect(JSON.stringify(turn)).not.toContain(customerName);
    expect(turn.transcript).toBe("[erased]");
    // A used code cannot be used again.
    await expect(
      confirmCustomerDeletion(ctx, { requestId: request.requestId, code: codeSentTo(shop.owner.email) }),
    ).rejects.toMatchObject({ code: "PRECONDITION_FAILED" });
  });

  it("locks after 5 wrong codes, saying how many attempts are left", async () => {
    const shop = await createTestBusiness();
    const { id: customerId } = await shop.ownerCaller.customers.create({
      name: "Mohan",
      phone: "9876500001",
    });
    const { requestId } = await shop.ownerCaller.customers.requestDeletion({ customerId });
    const code = codeSentTo(shop.owner.email);
    const messages: string[] = [];
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const error = await shop.ownerCaller.customers
        .confirmDeletion({ requestId, code: wrong(code) })
        .catch((e) => e);
      expect(error).toMatchObject({ code: "BAD_REQUEST" });
      messages.push(error.message);
    }
    expect(messages).toEqual([
      "Wrong code. 4 attempts left.",
      "Wrong code. 3 attempts left.",
      "Wrong code. 2 attempts left.",
      "Wrong code. 1 attempt left.",
      "Wrong code. No attempts left: ask for a new code.",
    ]);
    await expect(shop.ownerCaller.customers.confirmDeletion({ requestId, code })).rejects.toMatchObject({
      code: "TOO_MANY_REQUESTS",
    });
    expect((await shop.ownerCaller.customers.get({ id: customerId })).name).toBe("Mohan");
  });

  it("with mail set up, the server asks for the code and refuses the owner's password instead", async () => {
    const shop = await createTestBusiness();
    const { id: customerId } = await shop.ownerCaller.customers.create({ name: "Sunita" });
    const request = await shop.ownerCaller.customers.requestDeletion({ customerId });
    expect(request).toMatchObject({ factor: "EMAIL_CODE", delivered: true });
    await expect(
      shop.ownerCaller.customers.confirmDeletion({ requestId: request.requestId, password: "password123" }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", message: "Enter the 6-digit code from the email" });
    await expect(
      confirmCustomerDeletion(shop.ownerCtx, { requestId: request.requestId, password: "password123" }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect((await shop.ownerCaller.customers.get({ id: customerId })).erasedAt).toBeNull();
    // The emailed code still works after the refused password.
    await shop.ownerCaller.customers.confirmDeletion({
      requestId: request.requestId,
      code: codeSentTo(shop.owner.email),
    });
    expect((await shop.ownerCaller.customers.get({ id: customerId })).erasedAt).toBeInstanceOf(Date);
  });

  it("rejects an expired code", async () => {
    const shop = await createTestBusiness();
    const { id: customerId } = await shop.ownerCaller.customers.create({ name: "Geeta" });
    const request = await requestCustomerDeletion(shop.ownerCtx, { customerId });
    const later = new Date(Date.now() + 10 * 60 * 1000 + 1_000);
    await expect(
      confirmCustomerDeletion(
        shop.ownerCtx,
        { requestId: request.requestId, code: codeSentTo(shop.owner.email) },
        later,
      ),
    ).rejects.toMatchObject({ code: "PRECONDITION_FAILED", message: expect.stringContaining("expired") });
    expect((await getCustomer(shop.ownerCtx, customerId)).erasedAt).toBeNull();
  });

  it("limits how many codes can wait at once", async () => {
    const shop = await createTestBusiness();
    const { id: customerId } = await shop.ownerCaller.customers.create({ name: "Hari" });
    for (let i = 0; i < 3; i += 1) await shop.ownerCaller.customers.requestDeletion({ customerId });
    await expect(shop.ownerCaller.customers.requestDeletion({ customerId })).rejects.toMatchObject({
      code: "TOO_MANY_REQUESTS",
    });
  });

  it("is owner only, needs a session, and never reaches another business", async () => {
    const shop = await createTestBusiness();
    const other = await createTestBusiness();
    const { id: customerId } = await shop.ownerCaller.customers.create({ name: "Ravi" });
    await expect(anonymousCaller().customers.requestDeletion({ customerId })).rejects.toMatchObject({
      code: "UNAUTHORIZED",
    });
    await expect(
      anonymousCaller().customers.confirmDeletion({ requestId: "x", code: "123456" }),
    ).rejects.toMatchObject({
      code: "UNAUTHORIZED",
    });
    await expect(shop.staffCaller.customers.requestDeletion({ customerId })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(
      shop.staffCaller.customers.confirmDeletion({ requestId: "x", code: "123456" }),
    ).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(other.ownerCaller.customers.requestDeletion({ customerId })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    const { requestId } = await shop.ownerCaller.customers.requestDeletion({ customerId });
    await expect(
      other.ownerCaller.customers.confirmDeletion({ requestId, code: codeSentTo(shop.owner.email) }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      shop.ownerCaller.customers.confirmDeletion({ requestId, code: "12ab" }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    expect((await shop.ownerCaller.customers.get({ id: customerId })).name).toBe("Ravi");
  });

  it("tells the owner when the code could not be emailed", async () => {
    const shop = await createTestBusiness();
    const { id: customerId } = await shop.ownerCaller.customers.create({ name: "Kiran" });
    process.env.SMTP_URL = "smtp://127.0.0.1:1";
    resetEnvForTests();
    try {
      await expect(shop.ownerCaller.customers.requestDeletion({ customerId })).rejects.toMatchObject({
        code: "PRECONDITION_FAILED",
      });
    } finally {
      process.env.SMTP_URL = smtp.url;
      resetEnvForTests();
    }
  });
});
