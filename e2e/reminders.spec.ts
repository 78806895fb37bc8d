import { expect, type Page, test } from "@playwright/test";
import { createRegisteredShop, signIn, trpcMutation, trpcQuery, uniqueSuffix } from "./support/shop-api";

// The e2e server has no scheduler (no INNGEST_* variables) and no message provider, so reminders
// wait in the outbox and "Send now" runs the send step through the development channel; quiet
// hours are off there (REMINDER_QUIET_HOURS=none), so this passes at any hour.

/** A signed-in shop with one customer who has a mobile number and owes ₹500. */
async function customerWhoOwes(page: Page) {
  const shop = await createRegisteredShop(page.request);
  await signIn(page, shop.email, shop.password);
  const name = `Rahul ${uniqueSuffix()}`;
  const customer = await trpcMutation<{ id: string }>(page.request, "customers.create", {
    name,
    phone: "98765 43210",
  });
  await trpcMutation(page.request, "ledger.recordCredit", {
    customerId: customer.id,
    amountPaise: 50_000,
    idempotencyKey: `e2e-credit-${uniqueSuffix()}`,
  });
  return { id: customer.id, name };
}

test("a reminder made on the customer's page waits to dispatch, then Send now sends it with the amount", async ({
  page,
  browser,
}) => {
  const customer = await customerWhoOwes(page);
  await page.goto(`/customers/${customer.id}`);
  await page.getByRole("button", { name: "Remind", exact: true }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog.getByRole("radio", { name: "WhatsApp" })).toBeChecked();
  await dialog.getByRole("button", { name: "Schedule reminder" }).click();
  await expect(page.getByText(/^Reminder scheduled for /)).toBeVisible();
  await expect(page.getByTestId("reminder-state")).toHaveText("Waiting to dispatch");

  await page.goto("/reminders");
  await expect(page.getByText(/Reminders wait here until a scheduler \(Inngest\) is set up/)).toBeVisible();
  const row = page.getByTestId("reminder-row").filter({ hasText: customer.name });
  await expect(row.getByTestId("reminder-state")).toHaveText("Waiting to dispatch");
  await expect(row).toContainText("Amount: balance at send time");
  await expect(row).toContainText("Once");

  await row.getByRole("button", { name: "Send now" }).click();
  await expect(row.getByText("Reminder sent.")).toBeVisible();
  await expect(row.getByTestId("reminder-state")).toHaveText("Sent");
  await expect(row.getByRole("button", { name: "Send now" })).toHaveCount(0);
  const delivery = row.getByTestId("reminder-delivery");
  await expect(delivery).toContainText("kept here (development channel)");
  await delivery.getByText("Show the message").click();
  await expect(delivery).toContainText("To: +91 98765 43210");
  await expect(delivery.getByTestId("reminder-body")).toContainText(
    `Namaste ${customer.name}, ₹500.00 is due`,
  );

  // The link the message carries opens the customer's statement with no account.
  const body = (await delivery.getByTestId("reminder-body").textContent()) ?? "";
  const statementUrl = /https?:\/\/\S+\/s\/\S+/.exec(body)?.[0];
  expect(statementUrl, body).toBeDefined();
  const fresh = await browser.newContext();
  const visitor = await fresh.newPage();
  await visitor.goto(new URL(statementUrl as string).pathname);
  await expect(visitor.getByTestId("public-customer")).toContainText(customer.name);
  await expect(visitor.getByTestId("public-due")).toHaveText("Amount due: ₹500.00");
  await expect(visitor.getByTestId("public-pay-upi")).toHaveText("Pay ₹500.00 by UPI");
  await expect(visitor.getByTestId("public-pay-upi")).toHaveAttribute(
    "href",
    /^upi:\/\/pay\?pa=kirana@okbank&.*am=500\.00/,
  );
  await fresh.close();

  // The customer's name links back to their page.
  await row.getByRole("link", { name: customer.name }).click();
  await expect(page).toHaveURL(new RegExp(`/customers/${customer.id}$`));
});

test("a typed “Rahul ko kal reminder bhejo” is read back and scheduled only after haan", async ({ page }) => {
  const shop = await createRegisteredShop(page.request);
  await signIn(page, shop.email, shop.password);
  const rahul = await trpcMutation<{ id: string }>(page.request, "customers.create", {
    name: "Rahul Sharma",
    phone: "98765 43210",
  });
  await trpcMutation(page.request, "ledger.recordCredit", {
    customerId: rahul.id,
    amountPaise: 120_000,
    idempotencyKey: `e2e-credit-${uniqueSuffix()}`,
  });
  await page.goto("/");
  const bar = page.getByLabel("Tell Execora");
  await bar.fill("Rahul ko kal reminder bhejo");
  await page.getByRole("button", { name: "Go" }).click();
  await expect(
    page.getByRole("status").filter({
      hasText:
        /^Rahul Sharma ko \d{1,2} \w{3} subah 10 baje ₹1,200 ka reminder WhatsApp par bhejun\? Haan ya nahi\?$/,
    }),
  ).toBeVisible();
  const before = await trpcQuery<{ items: unknown[] }>(page.request, "reminders.list", {
    customerId: rahul.id,
  });
  expect(before.items).toHaveLength(0);

  await bar.fill("haan");
  await page.getByRole("button", { name: "Go" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Send now" })).toBeVisible();
  await page.goto(`/customers/${rahul.id}`);
  await expect(page.getByTestId("reminder-state")).toHaveText("Waiting to dispatch");
  await expect(page.getByTestId("reminder-row")).toContainText("Amount: balance at send time");
});

test("the Remind form names a missing email and asks before asking for more than the balance", async ({
  page,
}) => {
  const customer = await customerWhoOwes(page);
  await page.goto(`/customers/${customer.id}`);
  await page.getByRole("button", { name: "Remind", exact: true }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByText("Email", { exact: true }).click();
  await expect(dialog).toContainText("This customer has no email address. Add one to send by email.");
  await expect(dialog.getByRole("button", { name: "Schedule reminder" })).toBeDisabled();

  await dialog.getByText("SMS", { exact: true }).click();
  await dialog.getByLabel("Amount").fill("800");
  await dialog.getByLabel("Repeat every … days").fill("3");
  await dialog.getByLabel("Up to … times").fill("5");
  await dialog.getByRole("button", { name: "Schedule reminder" }).click();
  await expect(dialog).toContainText("₹800.00 is more than the balance due, ₹500.00. Remind anyway?");
  await dialog.getByRole("button", { name: "Remind anyway" }).click();

  await expect(dialog).toBeHidden();
  const row = page.getByTestId("reminder-row");
  await expect(row).toHaveCount(1);
  await expect(row).toContainText("Amount: ₹800.00");
  await expect(row).toContainText("Every 3 days, 0 of 5 sent");

  await row.getByRole("button", { name: "Cancel reminder" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Yes, cancel it" }).click();
  await expect(row.getByTestId("reminder-state")).toHaveText("Cancelled");
  await expect(row).toContainText("cancelled in the app");
});
