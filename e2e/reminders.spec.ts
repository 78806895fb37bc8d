import { expect, type Page, test } from "@playwright/test";
import { createRegisteredShop, signIn, trpcMutation, uniqueSuffix } from "./support/shop-api";

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

  // The customer's name links back to their page.
  await row.getByRole("link", { name: customer.name }).click();
  await expect(page).toHaveURL(new RegExp(`/customers/${customer.id}$`));
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
