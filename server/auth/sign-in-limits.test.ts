import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { recordFailedSignIn, recordSignIn, signInWaitSeconds } from "./sign-in-limits";

const fail = async (email: string, address: string, times: number) => {
  for (let attempt = 0; attempt < times; attempt++) await recordFailedSignIn(email, address);
};

describe("failed sign-ins back off", () => {
  it("five wrong passwords from one address make it wait; the owner elsewhere is not locked out", async () => {
    const owner = `owner-${randomUUID()}@example.test`;
    const stranger = `10.0.${Math.floor(Math.random() * 250)}.1-${randomUUID()}`;
    await fail(owner, stranger, 4);
    expect(await signInWaitSeconds(owner, stranger)).toBe(0);
    await fail(owner, stranger, 1);
    const wait = await signInWaitSeconds(owner, stranger);
    expect(wait).toBeGreaterThan(25);
    expect(wait).toBeLessThanOrEqual(30);
    // The owner's own phone, and another account from the stranger's address, may still try.
    expect(await signInWaitSeconds(owner, `home-${randomUUID()}`)).toBe(0);
    expect(await signInWaitSeconds(`other-${randomUUID()}@example.test`, stranger)).toBe(0);
  });

  it("a right password starts the address afresh for that account", async () => {
    const email = `owner-${randomUUID()}@example.test`;
    const address = `shop-${randomUUID()}`;
    await fail(email, address, 4);
    await recordSignIn(email, address);
    await fail(email, address, 4);
    expect(await signInWaitSeconds(email, address)).toBe(0);
  });

  it("one address spraying guesses over many accounts is stopped for every account", async () => {
    const address = `sprayer-${randomUUID()}`;
    for (let account = 0; account < 50; account++)
      await recordFailedSignIn(`victim-${account}@example.test`, address);
    expect(await signInWaitSeconds(`fresh-${randomUUID()}@example.test`, address)).toBeGreaterThan(0);
  });
});
