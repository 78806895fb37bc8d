import { expect, test } from "@playwright/test";
import { createRegisteredShop, signIn, trpcMutation, uniqueSuffix } from "./support/shop-api";

// The e2e server has no scheduler and quiet hours are off (REMINDER_QUIET_HOURS=none), so the
// bulk reminders are scheduled for now and wait to dispatch on the reminders page.

/** The India date ("YYYY-MM-DD") `days` ago: an opening balance imported "as of" it is that many days old. */
const IST_OFFSET_MS = 330 * 60 * 1000;
const istDaysAgo = (days: number) =>
  new Date(Date.now() + IST_OFFSET_MS - days * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);

test("remind everyone over 30 days overdue: the preview lists only the old debtor, one click schedules their reminder", async ({
  page,
}) => {
  const shop = await createRegisteredShop(page.request);
  await signIn(page, shop.email, shop.password);
  const suffix = uniqueSuffix();
  const oldDebtor = `Purana ${suffix}`;
  const recentDebtor = `Naya ${suffix}`;
  // ₹750 owed since 45 days ago, through the importer's opening balance with its "as of" date.
  const imported = await trpcMutation<{ created: number }>(page.request, "customers.importCsv", {
    csv: [
      "name,phone,opening_balance,opening_balance_date",
      `${oldDebtor},9876500011,750,${istDaysAgo(45)}`,
    ].join("\n"),
  });
  expect(imported.created).toBe(1);
  // ₹300 of udhaar today: owed, but not overdue.
  const recent = await trpcMutation<{ id: string }>(page.request, "customers.create", {
    name: recentDebtor,
    phone: "98765 00022",
  });
  await trpcMutation(page.request, "ledger.recordCredit", {
    customerId: recent.id,
    amountPaise: 30_000,
    idempotencyKey: `e2e-credit-${uniqueSuffix()}`,
  });

  // From Home (the dashboard); the reminders page has the same button.
  await page.goto("/");
  await page.getByRole("button", { name: "Remind everyone over 30 days overdue" }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog.getByRole("radio", { name: "WhatsApp" })).toBeChecked();
  await expect(dialog.getByLabel("Overdue for more than … days")).toHaveValue("30");
  const rows = dialog.getByTestId("bulk-preview-row");
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText(oldDebtor);
  await expect(rows.first()).toContainText("45 days");
  await expect(rows.first()).toContainText("₹750.00");
  await expect(dialog.getByTestId("bulk-preview")).not.toContainText(recentDebtor);
  await expect(dialog.getByTestId("bulk-totals")).toContainText(
    "1 customer gets a reminder for ₹750.00 in all.",
  );

  await dialog.getByRole("button", { name: "Send 1 reminder" }).click();
  await expect(dialog.getByText("1 reminder scheduled.")).toBeVisible();
  await dialog.getByRole("link", { name: "See them on the reminders page" }).click();
  await expect(page).toHaveURL(/\/reminders$/);
  await expect(page.getByRole("dialog")).toBeHidden();
  const row = page.getByTestId("reminder-row").filter({ hasText: oldDebtor });
  await expect(row.getByTestId("reminder-state")).toHaveText("Waiting to dispatch");
  await expect(row).toContainText("Amount: balance at send time");
  await expect(page.getByTestId("reminder-row").filter({ hasText: recentDebtor })).toHaveCount(0);
});
