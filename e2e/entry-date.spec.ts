import { expect, test } from "@playwright/test";
import { addIstDays, istDateString } from "../lib/gst/financial-year";
import { createRegisteredShop, signIn, trpcMutation, uniqueSuffix } from "./support/shop-api";

// "You got" dated yesterday: the khata shows the day it happened (not the day it was typed in),
// with the note, and when it was recorded in small text.
test("a payment dated yesterday shows on yesterday in the khata, with its note", async ({ page }) => {
  const shop = await createRegisteredShop(page.request);
  await signIn(page, shop.email, shop.password);
  const customer = await trpcMutation<{ id: string }>(page.request, "customers.create", {
    name: `Geeta ${uniqueSuffix()}`,
  });
  const now = new Date();
  const today = istDateString(now);
  const yesterday = istDateString(addIstDays(now, -1));
  const shown = (day: string) =>
    new Intl.DateTimeFormat("en-IN", { dateStyle: "medium", timeZone: "Asia/Kolkata" }).format(
      new Date(`${day}T12:00:00+05:30`),
    );

  await page.goto(`/customers/${customer.id}`);
  await page.getByRole("button", { name: "You got ₹" }).click();
  const dialog = page.getByRole("dialog");
  const date = dialog.getByLabel("Date");
  await expect(date).toHaveValue(today);
  await expect(date).toHaveAttribute("max", today);
  await expect(date).toHaveAttribute("min", istDateString(addIstDays(now, -365)));
  await dialog.getByLabel("Amount").fill("250");
  await date.fill(yesterday);
  await dialog.getByLabel(/Note/).fill("paid at the mela");
  await dialog.getByRole("button", { name: "Save: you got" }).click();
  await expect(page.getByText("Saved: you got ₹250.00")).toBeVisible();

  const row = page.getByRole("listitem").filter({ hasText: "paid at the mela" });
  await expect(row).toContainText(shown(yesterday));
  await expect(row).toContainText(`recorded ${shown(today)}`);
  await expect(row).toContainText("₹250.00");
});
