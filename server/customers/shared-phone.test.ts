import { TRPCError } from "@trpc/server";
import { getErrorShape } from "@trpc/server/unstable-core-do-not-import";
import { describe, expect, it } from "vitest";
import { appRouter } from "../api/root";
import { db } from "../db";
import { createTestBusiness } from "../test/factories";
import { createCustomer, updateCustomer } from "./mutations";

const namesIn = async (businessId: string) =>
  (await db().customer.findMany({ where: { businessId }, orderBy: { createdAt: "asc" } })).map(
    (customer) => customer.name,
  );

/** What the browser receives for a failed call: the router's errorFormatter output. */
async function clientErrorOf(call: Promise<unknown>) {
  const error = await call.then(
    () => null,
    (caught: unknown) => caught,
  );
  if (!(error instanceof TRPCError)) throw new Error(`expected a TRPCError, got ${String(error)}`);
  return getErrorShape({
    config: appRouter._def._config,
    error,
    type: "mutation",
    path: "customers.create",
    input: undefined,
    ctx: undefined,
  });
}

describe("a mobile number another customer already has", () => {
  it("stops adding a customer and names the one who has it, until the merchant confirms", async () => {
    const shop = await createTestBusiness();
    const priya = await createCustomer(shop.ownerCtx, { name: "Priya Verma", phone: "+919876543210" });

    await expect(
      createCustomer(shop.ownerCtx, { name: "Rohit Verma", phone: "+919876543210" }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      details: { sharedPhoneWith: { id: priya.id, name: "Priya Verma" } },
    });
    expect(await namesIn(shop.businessId)).toEqual(["Priya Verma"]);

    await createCustomer(shop.ownerCtx, {
      name: "Rohit Verma",
      phone: "+919876543210",
      allowSharedPhone: true,
    });
    expect(await namesIn(shop.businessId)).toEqual(["Priya Verma", "Rohit Verma"]);
  });

  it("reaches the browser with the other customer's id and name, and 'add anyway' goes through", async () => {
    const shop = await createTestBusiness();
    const { id } = await shop.staffCaller.customers.create({ name: "Priya Verma", phone: "98765 43210" });

    const shape = await clientErrorOf(
      shop.staffCaller.customers.create({ name: "Rohit Verma", phone: "9876543210" }),
    );
    expect(shape.data).toMatchObject({
      code: "CONFLICT",
      details: { sharedPhoneWith: { id, name: "Priya Verma" } },
    });
    await shop.staffCaller.customers.create({
      name: "Rohit Verma",
      phone: "9876543210",
      allowSharedPhone: true,
    });
    expect(await namesIn(shop.businessId)).toEqual(["Priya Verma", "Rohit Verma"]);
  });

  it("never mentions another shop's customer", async () => {
    const mine = await createTestBusiness();
    const theirs = await createTestBusiness();
    await createCustomer(theirs.ownerCtx, { name: "Secret Customer", phone: "+919811122233" });
    const created = await createCustomer(mine.ownerCtx, { name: "Asha", phone: "+919811122233" });
    expect(created.phone).toBe("+919811122233");
  });

  it("warns when an edit gives a customer someone else's number, not when other fields change", async () => {
    const shop = await createTestBusiness();
    const priya = await createCustomer(shop.ownerCtx, { name: "Priya Verma", phone: "+919876543210" });
    const rohit = await createCustomer(shop.ownerCtx, { name: "Rohit", phone: "+919800000001" });

    await expect(updateCustomer(shop.ownerCtx, rohit.id, { phone: "+919876543210" })).rejects.toMatchObject({
      code: "CONFLICT",
      details: { sharedPhoneWith: { id: priya.id, name: "Priya Verma" } },
    });
    const unchanged = await db().customer.findUniqueOrThrow({ where: { id: rohit.id } });
    expect(unchanged.phone).toBe("+919800000001");

    await updateCustomer(shop.ownerCtx, rohit.id, { phone: "+919876543210", allowSharedPhone: true });
    // The family now shares the number; saving Rohit's other details (same phone) asks nothing.
    const renamed = await updateCustomer(shop.ownerCtx, rohit.id, {
      name: "Rohit Verma",
      phone: "+919876543210",
    });
    expect(renamed).toMatchObject({ name: "Rohit Verma", phone: "+919876543210" });
    // Keeping one's own number is never a conflict.
    await updateCustomer(shop.ownerCtx, priya.id, { phone: "+919876543210", notes: "Rohit's sister" });
  });
});
