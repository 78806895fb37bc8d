import { expect, test } from "@playwright/test";
import {
  createCustomerAndInvoice,
  createRegisteredShop,
  expectNoHorizontalScroll,
  signIn,
} from "./support/shop-api";

test.use({ viewport: { width: 360, height: 780 }, isMobile: true, hasTouch: true });

// A shopkeeper on a small phone, reading Hindi.
test("Hindi UI on a 360 px phone: translated headings, nothing scrolls sideways", async ({ page }) => {
  test.setTimeout(90_000);
  const shop = await createRegisteredShop(page.request);
  await signIn(page, shop.email, shop.password);
  const { invoice } = await createCustomerAndInvoice(page.request);

  await test.step("switch the language to Hindi from the phone menu", async () => {
    await page.goto("/invoices");
    await expect(page.getByRole("heading", { level: 1, name: "Invoices" })).toBeVisible();
    await page.getByText("Menu", { exact: true }).click();
    await page.getByRole("button", { name: "हिन्दी" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "बिल" })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "hi");
  });

  const pages: [string, string][] = [
    ["/invoices", "बिल"],
    ["/invoices/new", "नया बिल"],
    [`/invoices/${invoice.id}`, "टैक्स इनवॉइस"],
    [`/invoices/${invoice.id}/print`, "टैक्स इनवॉइस"],
    ["/products", "सामान"],
    ["/products/new", "नया सामान"],
    ["/reports", "रिपोर्ट"],
    ["/customers/import", "ग्राहक इम्पोर्ट करें"],
  ];
  for (const [path, heading] of pages) {
    await test.step(`${path} in Hindi at 360 px`, async () => {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
      await expectNoHorizontalScroll(page);
    });
  }

  await test.step("a bill being made stays within the screen, in Hindi", async () => {
    await page.goto("/invoices/new");
    await page.getByRole("button", { name: "सूची से बाहर का सामान जोड़ें" }).click();
    const line = page.getByTestId("invoice-line").first();
    await line.getByLabel(/सामान का नाम/).fill("चीनी");
    await line.getByLabel("मात्रा").fill("2.5");
    await line.getByLabel("दाम").fill("44");
    await expect(line).toContainText("रकम ₹110.00");
    await expect(page.getByRole("button", { name: "बिल बनाएं" })).toBeVisible();
    await expectNoHorizontalScroll(page);
  });

  await test.step("report tabs in Hindi", async () => {
    await page.goto("/reports?tab=aging");
    await expect(page.getByRole("tab", { name: "कितने दिन से बाकी" })).toHaveAttribute("aria-selected", "true");
    await expect(page.getByText("कुल बाकी")).toBeVisible();
    await page.getByRole("tab", { name: "GST सारांश" }).click();
    await expect(page.getByRole("heading", { name: "GST दर के हिसाब से" })).toBeVisible();
    await expectNoHorizontalScroll(page);
  });
});
