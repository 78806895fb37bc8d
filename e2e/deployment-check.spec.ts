import { expect, test } from "@playwright/test";
import { createRegisteredShop, PASSWORD, signIn, trpcMutation, uniqueSuffix } from "./support/shop-api";

// Settings → Deployment check: the owner sees the production checklist of the running e2e
// server, probed over HTTP at its own APP_URL; staff never reach it.
test("the owner runs the deployment check from settings; staff get not found", async ({ page, browser }) => {
  const shop = await createRegisteredShop(page.request);
  await signIn(page, shop.email, shop.password);
  await page.goto("/settings");
  await page.getByRole("link", { name: "Run the deployment check" }).click();
  await expect(page).toHaveURL(/\/settings\/deployment$/);

  const checks = page.getByRole("list", { name: "Deployment check" });
  const line = (title: string) => checks.getByRole("listitem", { name: title });
  // The real server: it refuses strangers, sends its headers and has every migration applied.
  await expect(line("Auth is enforced")).toContainText("Pass");
  await expect(line("Security headers are sent")).toContainText("Pass");
  await expect(line("Migrations are applied")).toContainText("Pass");
  await expect(line("Readiness is green")).toContainText("Pass");
  // A fresh e2e database has never been backed up; the fix says how.
  await expect(line("A recent backup exists")).toContainText("Fail");
  await expect(line("A recent backup exists")).toContainText("npm run db:backup");
  await expect(line("Served over HTTPS")).toContainText("Warning");

  const staffContext = await browser.newContext();
  const staff = await staffContext.newPage();
  const { code } = await trpcMutation<{ code: string }>(page.request, "staff.invite", {});
  const staffEmail = `staff-${uniqueSuffix()}@example.com`;
  await trpcMutation(staff.request, "staff.acceptInvitation", {
    code,
    name: "Mohan Staff",
    email: staffEmail,
    password: PASSWORD,
  });
  await signIn(staff, staffEmail, PASSWORD);
  await staff.goto("/settings/deployment");
  await expect(staff.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await expect(staff.getByRole("list", { name: "Deployment check" })).toHaveCount(0);
  expect((await staff.request.get("/api/trpc/deployment.check")).status()).toBe(403);
  await staffContext.close();
});
