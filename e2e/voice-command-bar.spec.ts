import { expect, test } from "@playwright/test";
import { createRegisteredShop, signIn, trpcMutation, trpcQuery, uniqueSuffix } from "./support/shop-api";

type Customer = { balancePaise: number };

// The typed command bar runs the same command engine as voice: the khata changes and the reply
// says so; a shared first name is asked about before anything is written.
test("typed commands record a payment and ask which Rahul when the name is shared", async ({ page }) => {
  test.setTimeout(90_000);
  const shop = await createRegisteredShop(page.request);
  await signIn(page, shop.email, shop.password);
  const sharma = await trpcMutation<{ id: string }>(page.request, "customers.create", {
    name: "Rahul Sharma",
  });
  const gupta = await trpcMutation<{ id: string }>(page.request, "customers.create", { name: "Rahul Gupta" });
  await trpcMutation(page.request, "ledger.recordCredit", {
    customerId: sharma.id,
    amountPaise: 170_000,
    idempotencyKey: `e2e-credit-${uniqueSuffix()}`,
  });

  await page.goto("/");
  const bar = page.getByLabel("Tell Execora");
  await bar.fill("Rahul Sharma ne 500 diye");
  await page.getByRole("button", { name: "Go" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Rahul Sharma se ₹500 mile" })).toBeVisible();
  const afterPayment = await trpcQuery<Customer>(page.request, "customers.get", { id: sharma.id });
  expect(afterPayment.balancePaise).toBe(120_000);

  await bar.fill("Rahul ko 200 udhaar diya");
  await page.getByRole("button", { name: "Go" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: /^Rahul (Sharma|Gupta) ya Rahul (Sharma|Gupta)\?$/ }),
  ).toBeVisible();
  expect((await trpcQuery<Customer>(page.request, "customers.get", { id: gupta.id })).balancePaise).toBe(0);
  await page.getByRole("button", { name: "Rahul Gupta" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Rahul Gupta" })).toBeVisible();
  await expect
    .poll(
      async () => (await trpcQuery<Customer>(page.request, "customers.get", { id: gupta.id })).balancePaise,
    )
    .toBe(20_000);
  expect((await trpcQuery<Customer>(page.request, "customers.get", { id: sharma.id })).balancePaise).toBe(
    120_000,
  );
});
