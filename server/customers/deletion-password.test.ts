import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../db";
import { resetEnvForTests } from "../env";
import { createTestBusiness } from "../test/factories";
import { confirmCustomerDeletion, requestCustomerDeletion } from "./deletion";
import { getCustomer } from "./queries";

// The factories sign every owner up with this password.
const OWNER_PASSWORD = "password123";

// A machine with no mail transport: the owner's password is the second factor.
beforeAll(() => {
  delete process.env.SMTP_URL;
  resetEnvForTests();
});

async function shopWithCustomer(name: string) {
  const shop = await createTestBusiness();
  const { id: customerId } = await shop.ownerCaller.customers.create({ name, phone: "9876500002" });
  return { shop, customerId };
}

describe("customer deletion without email: confirmed with the owner's password", () => {
  it("the server says the password is the factor, and the right password erases the customer", async () => {
    const { shop, customerId } = await shopWithCustomer("Sunita");
    const request = await shop.ownerCaller.customers.requestDeletion({ customerId });
    expect(request).toMatchObject({ factor: "PASSWORD" });
    const result = await shop.ownerCaller.customers.confirmDeletion({
      requestId: request.requestId,
      password: OWNER_PASSWORD,
    });
    expect(result).toEqual({ customerId, erased: true });
    const after = await shop.ownerCaller.customers.get({ id: customerId });
    expect(after).toMatchObject({ phone: null, erasedAt: expect.any(Date) });
    expect(after.name).toMatch(/^Deleted customer /);
  });

  it("works through the domain function too", async () => {
    const { shop, customerId } = await shopWithCustomer("Lata");
    const request = await requestCustomerDeletion(shop.ownerCtx, { customerId });
    expect(request.factor).toBe("PASSWORD");
    await confirmCustomerDeletion(shop.ownerCtx, { requestId: request.requestId, password: OWNER_PASSWORD });
    expect((await getCustomer(shop.ownerCtx, customerId)).erasedAt).toBeInstanceOf(Date);
  });

  it("refuses a wrong password with a clear message, locks after 5 and erases nothing", async () => {
    const { shop, customerId } = await shopWithCustomer("Mohan");
    const { requestId } = await shop.ownerCaller.customers.requestDeletion({ customerId });
    const messages: string[] = [];
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const error = await shop.ownerCaller.customers
        .confirmDeletion({ requestId, password: "not-my-password" })
        .catch((e) => e);
      expect(error).toMatchObject({ code: "BAD_REQUEST" });
      messages.push(error.message);
    }
    expect(messages).toEqual([
      "Wrong password. 4 attempts left.",
      "Wrong password. 3 attempts left.",
      "Wrong password. 2 attempts left.",
      "Wrong password. 1 attempt left.",
      "Wrong password. No attempts left: start the deletion again.",
    ]);
    // Even the right password is refused once the attempts are used up.
    await expect(
      shop.ownerCaller.customers.confirmDeletion({ requestId, password: OWNER_PASSWORD }),
    ).rejects.toMatchObject({ code: "TOO_MANY_REQUESTS" });
    const customer = await shop.ownerCaller.customers.get({ id: customerId });
    expect(customer).toMatchObject({ name: "Mohan", phone: "+919876500002", erasedAt: null });
  });

  it("refuses a code: no code was sent, so none can confirm", async () => {
    const { shop, customerId } = await shopWithCustomer("Geeta");
    const { requestId } = await shop.ownerCaller.customers.requestDeletion({ customerId });
    const error = await shop.ownerCaller.customers
      .confirmDeletion({ requestId, code: "123456" })
      .catch((e) => e);
    expect(error).toMatchObject({
      code: "BAD_REQUEST",
      message: "Email is not set up on this server, so confirm with your password.",
    });
    expect((await shop.ownerCaller.customers.get({ id: customerId })).erasedAt).toBeNull();
    // Nothing was mailed or logged to guess from: the stored hash matches no 6-digit code.
    const stored = await db().customerDeletionRequest.findUniqueOrThrow({ where: { id: requestId } });
    expect(stored.attempts).toBe(0);
  });

  it("another shop's owner, with the same password, never reaches the request", async () => {
    const { shop, customerId } = await shopWithCustomer("Ravi");
    // Every test owner has the same password, so only the tenant check can refuse this.
    const other = await createTestBusiness();
    const { requestId } = await shop.ownerCaller.customers.requestDeletion({ customerId });
    await expect(
      other.ownerCaller.customers.confirmDeletion({ requestId, password: OWNER_PASSWORD }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(other.ownerCaller.customers.requestDeletion({ customerId })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect((await shop.ownerCaller.customers.get({ id: customerId })).erasedAt).toBeNull();
  });

  it("staff cannot ask for deletion or confirm it, even with the owner's password", async () => {
    const { shop, customerId } = await shopWithCustomer("Kiran");
    await expect(shop.staffCaller.customers.requestDeletion({ customerId })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    const { requestId } = await shop.ownerCaller.customers.requestDeletion({ customerId });
    await expect(
      shop.staffCaller.customers.confirmDeletion({ requestId, password: OWNER_PASSWORD }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await shop.ownerCaller.customers.get({ id: customerId })).erasedAt).toBeNull();
  });
});
