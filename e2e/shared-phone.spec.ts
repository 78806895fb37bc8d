import { expect, test } from "@playwright/test";
import { createRegisteredShop, signIn, trpcMutation, trpcQuery } from "./support/shop-api";

// Families share a phone: adding a second customer with a number the shop already has asks first,
// naming who has it; the CSV import asks per row.
test("a shared mobile number is named, and added only after the merchant confirms", async ({ page }) => {
  test.setTimeout(90_000);
  const shop = await createRegisteredShop(page.request);
  await signIn(page, shop.email, shop.password);
  const priya = await trpcMutation<{ id: string }>(page.request, "customers.create", {
    name: "Priya Verma",
    phone: "9876543210",
  });

  await test.step("the customer form names Priya and offers to open her", async () => {
    await page.goto("/customers/new");
    await page.getByLabel("Name", { exact: true }).fill("Rohit Verma");
    await page.getByLabel("Mobile number").fill("98765 43210");
    await page.getByRole("button", { name: "Add customer" }).click();
    const warning = page.getByTestId("shared-phone-warning");
    await expect(warning).toContainText("Priya Verma already has this number");
    await expect(warning.getByRole("link", { name: "Open Priya Verma" })).toHaveAttribute(
      "href",
      `/customers/${priya.id}`,
    );
    await warning.getByRole("button", { name: "Add anyway" }).click();
    await expect(page).toHaveURL(/\/customers\/(?!new)[^/]+$/);
  });

  await test.step("the import preview asks per row; unticked rows are skipped and listed", async () => {
    await page.goto("/customers/import");
    await page
      .getByLabel("Or paste CSV text")
      .fill(
        "name,phone,opening_balance,opening_balance_date\nSunil,9876543210,100,01/04/2024\nNew One,9811111111,50,",
      );
    await page.getByRole("button", { name: "Check file" }).click();
    const shared = page.getByTestId("import-shared-phones");
    await expect(shared).toContainText("Row 2: Sunil");
    await expect(shared).toContainText("Priya Verma already has this number.");
    await page.getByRole("button", { name: "Import 1 customer" }).click();
    await expect(page.getByTestId("import-created")).toHaveText("1 customer added");
    await expect(page.getByTestId("import-skipped-shared")).toContainText("Row 2: Sunil");
  });

  const list = await trpcQuery<{ items: { name: string }[] }>(page.request, "customers.find", {
    sort: "name",
  });
  expect(list.items.map((item) => item.name)).toEqual(["New One", "Priya Verma", "Rohit Verma"]);
});
