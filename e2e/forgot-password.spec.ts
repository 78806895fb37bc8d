import { expect, test } from "@playwright/test";

// The e2e server runs in production mode without SMTP_URL (a shop PC with no email set up), so
// "forgot password" points to the owner; the mailed link itself is covered against a loopback
// SMTP server in server/auth/password-reset.test.ts.
test("forgot password, with no email on the server, says to ask the shop owner", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByRole("link", { name: "Forgot password?" }).click();
  await expect(page).toHaveURL(/\/forgot-password$/);
  await expect(page.getByRole("heading", { name: "Forgot password" })).toBeVisible();
  await expect(page.getByRole("status")).toHaveText(
    "Email is not set up here. Ask your shop owner to set a new password for you (Settings → Staff).",
  );
  await expect(page.getByRole("textbox", { name: "Email" })).toHaveCount(0);
});

test("a used or made-up reset link says so and offers a new one, changing nothing", async ({ page }) => {
  await page.goto(`/reset-password?token=${"x".repeat(32)}`);
  await page.getByLabel("New password").fill("naya-password-2026");
  await page.getByRole("button", { name: "Save and sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: /\S/ })).toHaveText(
    "This reset link has expired or was used already. Ask for a new one.",
  );
  await expect(page.getByRole("link", { name: "Forgot password?" })).toBeVisible();
  await expect(page).toHaveURL(/\/reset-password/);

  await page.goto("/reset-password");
  await expect(page.getByRole("alert").filter({ hasText: /\S/ })).toHaveText(
    "This page needs the link from the email. Ask for a new one.",
  );
});
