import { expect, test } from "@playwright/test";
import { PASSWORD, shopWithCustomers, trpcQuery } from "./support/shop-api";

// The e2e server runs without SMTP_URL, like a shop PC with no email set up: deleting a customer
// is confirmed with the owner's password, and the dialog says why.
test("with no email on the server, the owner deletes a customer by re-entering the password", async ({
  page,
}) => {
  const ids = await shopWithCustomers(page, { "Sunita Devi": 25_000 });
  const customerId = ids["Sunita Devi"] as string;
  await page.goto(`/customers/${customerId}`);
  await page.getByRole("button", { name: "Delete customer" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByRole("button", { name: "Continue" }).click();
  await expect(dialog).toContainText("Email is not set up on this server, so confirm with your password.");

  const password = dialog.getByLabel("Your password");
  await password.fill("not-the-password");
  await dialog.getByRole("button", { name: "Delete for good" }).click();
  await expect(dialog).toContainText("Wrong password. 4 attempts left.");
  const stillThere = await trpcQuery<{ name: string }>(page.request, "customers.get", { id: customerId });
  expect(stillThere.name).toBe("Sunita Devi");

  await password.fill(PASSWORD);
  await dialog.getByRole("button", { name: "Delete for good" }).click();
  await expect(page).toHaveURL(/\/customers$/);
  const erased = await trpcQuery<{ name: string; erasedAt: string | null }>(page.request, "customers.get", {
    id: customerId,
  });
  expect(erased.name).toMatch(/^Deleted customer /);
  expect(erased.erasedAt).not.toBeNull();
});
