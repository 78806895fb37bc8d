import { expect, test } from "@playwright/test";
import { createRegisteredShop, signIn } from "./support/shop-api";

// A copied session cookie stops working the moment its session ends: signing out, or "sign out
// everywhere" from another device (once, the JWT stayed valid for 30 days after sign-out).
const meStatus = async (request: import("@playwright/test").APIRequestContext) =>
  (await request.get("/api/trpc/auth.me")).status();

test("signing out ends the session: its cookie, replayed, is refused", async ({ page, browser }) => {
  const shop = await createRegisteredShop(page.request);
  await signIn(page, shop.email, shop.password);
  const copied = await page.context().storageState();
  expect(await meStatus(page.request)).toBe(200);

  await page.goto("/");
  await page.getByRole("button", { name: "Sign out" }).first().click();
  await expect(page).toHaveURL(/\/sign-in/);

  const thief = await browser.newContext({ storageState: copied });
  expect(await meStatus(thief.request)).toBe(401);
  const stolen = await thief.newPage();
  await stolen.goto("/");
  await expect(stolen).toHaveURL(/\/sign-in/);
  await thief.close();
});

test("sign out everywhere, from settings, signs out the other device too", async ({ page, browser }) => {
  const shop = await createRegisteredShop(page.request);
  const laptop = await browser.newContext();
  const laptopPage = await laptop.newPage();
  await signIn(laptopPage, shop.email, shop.password);
  await signIn(page, shop.email, shop.password);
  expect(await meStatus(laptop.request)).toBe(200);

  await page.goto("/settings");
  await page.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  expect(await meStatus(laptop.request)).toBe(401);
  expect(await meStatus(page.request)).toBe(401);
  // Signing in again works as before.
  await signIn(page, shop.email, shop.password);
  expect(await meStatus(page.request)).toBe(200);
  await laptop.close();
});

test("changing the password in settings signs out the other device; this one carries on", async ({
  page,
  browser,
}) => {
  const shop = await createRegisteredShop(page.request);
  const laptop = await browser.newContext();
  await signIn(await laptop.newPage(), shop.email, shop.password);
  await signIn(page, shop.email, shop.password);

  await page.goto("/settings");
  const card = page.getByRole("region", { name: "Password" });
  await card.getByLabel("Current password").fill(shop.password);
  await card.getByLabel("New password").fill("password123");
  await card.getByRole("button", { name: "Change password" }).click();
  await expect(card.getByText("This password is too common. Choose another.")).toBeVisible();

  await card.getByLabel("New password").fill("ek-naya-lamba-password");
  await card.getByRole("button", { name: "Change password" }).click();
  await expect(card.getByText("Password changed. Other devices are signed out.")).toBeVisible();
  expect(await meStatus(laptop.request)).toBe(401);
  expect(await meStatus(page.request)).toBe(200);
  await laptop.close();
});
