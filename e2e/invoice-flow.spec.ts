import { expect, test } from "@playwright/test";
import {
  createCustomerAndInvoice,
  createRegisteredShop,
  PASSWORD,
  signIn,
  uniqueSuffix,
} from "./support/shop-api";

// The merchant's main path, all through the UI: a GST-registered shop bills a customer, gets paid
// in two parts, and the khata, the invoice status and the printable bill's UPI QR follow along.
test("sign up, add a customer and a product, issue a GST invoice, record payments", async ({ page }) => {
  test.setTimeout(120_000);
  const suffix = uniqueSuffix();
  const customerName = `Rahul Verma ${suffix}`;
  const productName = `Basmati Rice ${suffix}`;

  await test.step("sign up a GST-registered shop", async () => {
    await page.goto("/sign-up");
    await page.getByLabel("Shop name").fill(`Sharma Kirana ${suffix}`);
    await page.getByLabel("State").selectOption("27");
    await page.getByLabel(/Regular GST/).check();
    await page.getByLabel("GSTIN").fill("27AAPFU0939F1ZV");
    await page.getByLabel(/UPI ID/).fill("sharmakirana@okbank");
    await page.getByLabel("Your name").fill("Suresh Sharma");
    await page.getByLabel("Email").fill(`owner-${suffix}@example.com`);
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Create shop" }).click();
    await expect(page).toHaveURL(/\/$/, { timeout: 30_000 });
  });

  await test.step("add a customer", async () => {
    await page.goto("/customers/new");
    await page.getByLabel("Name", { exact: true }).fill(customerName);
    await page.getByLabel(/Mobile number/).fill("9876543210");
    await page.getByRole("button", { name: "Add customer" }).click();
    await expect(page.getByRole("heading", { name: customerName })).toBeVisible();
  });

  await test.step("add a product with another name, GST rate and HSN", async () => {
    await page.goto("/products/new");
    await page.getByLabel("Product name").fill(productName);
    await page.getByLabel(/Other names/).fill("chawal, चावल");
    await page.getByLabel("Selling price").fill("120");
    await page.getByLabel("Unit").selectOption("kg");
    await page.getByLabel("GST rate").selectOption({ label: "5%" });
    await page.getByLabel(/HSN code/).fill("1006");
    await page.getByLabel(/Stock in hand/).fill("50");
    await page.getByRole("button", { name: "Save product" }).click();
    await expect(page).toHaveURL(/\/products$/);
    await expect(page.getByRole("link", { name: new RegExp(productName) })).toContainText("Stock: 50 kg");
  });

  await test.step("issue a tax invoice: the preview is what gets issued", async () => {
    await page.goto("/invoices/new");
    await expect(page.getByText("Your shop issues a Tax Invoice.")).toBeVisible();
    await page.getByLabel("Find customer").fill(customerName);
    await page.getByRole("button", { name: new RegExp(customerName) }).click();
    await expect(page.getByTestId("picked-customer")).toHaveText(customerName);

    // Found by its Hindi-transliterated other name.
    await page.getByLabel("Add from catalogue").fill("chawal");
    await page.getByRole("button", { name: new RegExp(productName) }).click();
    const rice = page.getByTestId("invoice-line").nth(0);
    await rice.getByLabel("Quantity").fill("1.5");
    await expect(rice).toContainText("Amount ₹189.00");

    await page.getByRole("button", { name: "Add item not in the catalogue" }).click();
    const delivery = page.getByTestId("invoice-line").nth(1);
    await delivery.getByLabel(/Item name/).fill("Home delivery");
    await delivery.getByLabel("Rate").fill("30");
    await delivery.getByLabel("GST").selectOption({ label: "18%" });

    // 180 + 4.50 + 4.50 (5%) and 30 + 2.70 + 2.70 (18%) = 224.40, rounded to ₹224.
    const preview = page.getByRole("region", { name: "Bill preview" });
    await expect(preview.getByTestId("amount-cgst")).toContainText("₹7.20");
    await expect(preview.getByTestId("amount-roundOff")).toContainText("−₹0.40");
    await expect(preview.getByTestId("amount-total")).toContainText("₹224.00");
    await page.getByRole("button", { name: "Issue invoice" }).click();

    await expect(page).toHaveURL(/\/invoices\/(?!new)[^/]+$/);
    const document = page.locator("#invoice-document");
    await expect(document.getByRole("heading", { name: "Tax Invoice" })).toBeVisible();
    await expect(document.getByTestId("invoice-number")).toHaveText(/^INV\/\d{4}-\d{2}\/0001$/);
    await expect(document).toContainText("GSTIN: 27AAPFU0939F1ZV");
    await expect(document).toContainText("1006");
    await expect(document.getByTestId("amount-roundOff")).toContainText("−₹0.40");
    await expect(document.getByTestId("amount-total")).toContainText("₹224.00");
    await expect(document.getByTestId("amount-in-words")).toHaveText("Rupees Two Hundred Twenty Four Only");
    await expect(page.getByTestId("invoice-status")).toHaveText("Unpaid");
    await expect(document.getByTestId("upi-qr")).toBeVisible();
  });

  const invoiceUrl = page.url();

  await test.step("the printable page shows just the bill with the UPI QR for the amount due", async () => {
    await page.goto(`${invoiceUrl}/print`);
    await expect(page.getByRole("navigation")).toHaveCount(0);
    const qr = page.getByTestId("upi-qr");
    await expect(qr).toBeVisible();
    await expect(qr).toHaveAttribute("src", /^data:image\/png;base64,/);
    await expect(page.getByText("Scan to pay ₹224.00").first()).toBeVisible();
    await expect(page.getByText("UPI: sharmakirana@okbank")).toBeVisible();
  });

  await test.step("a part payment: status, due and the customer's balance follow", async () => {
    await page.goto(invoiceUrl);
    await page.getByRole("button", { name: "You got payment" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("Amount").fill("100");
    await dialog.getByRole("button", { name: "Save: you got" }).click();
    await expect(page.getByText("Saved: you got ₹100.00")).toBeVisible();
    await expect(page.getByTestId("invoice-status")).toHaveText("Part paid");
    await expect(page.getByTestId("invoice-due")).toContainText("₹124.00");

    await page.goto(`${invoiceUrl}/print`);
    await expect(page.getByText("Scan to pay ₹124.00").first()).toBeVisible();

    await page.goto(invoiceUrl);
    await page.getByRole("link", { name: "Open customer" }).click();
    await expect(page.getByText("You'll get ₹124.00").first()).toBeVisible();
  });

  await test.step("paying the rest marks the invoice paid and the QR goes away", async () => {
    await page.goto(invoiceUrl);
    await page.getByRole("button", { name: "You got payment" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("Amount").fill("124");
    await dialog.getByRole("button", { name: "Save: you got" }).click();
    await expect(page.getByTestId("invoice-status")).toHaveText("Paid");
    await expect(page.getByTestId("invoice-due")).toContainText("₹0.00");
    await expect(page.getByRole("button", { name: "You got payment" })).toHaveCount(0);
    await expect(page.getByTestId("upi-qr")).toHaveCount(0);

    await page.goto("/invoices");
    await page.locator("label", { hasText: /^Paid$/ }).click();
    await expect(page.getByLabel("Paid", { exact: true })).toBeChecked();
    await expect(page.getByRole("list", { name: "Invoice list" })).toContainText(customerName);
  });
});

// A cancelled bill is never offered for payment: no QR, no "you got", and the WhatsApp message
// says it was cancelled (cancelling sets what is due to zero, which once read "Fully paid").
test("a cancelled bill is shared as cancelled, never as payable", async ({ page }) => {
  test.setTimeout(60_000);
  const shop = await createRegisteredShop(page.request);
  await signIn(page, shop.email, shop.password);
  const { invoice } = await createCustomerAndInvoice(page.request);
  await page.goto(`/invoices/${invoice.id}`);
  await expect(page.getByTestId("upi-qr")).toBeVisible();
  await expect(page.getByTestId("invoice-whatsapp")).toHaveText("Share on WhatsApp");

  await page.getByRole("button", { name: "Cancel invoice" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel(/Why cancel/).fill("Billed twice");
  await dialog.getByRole("button", { name: "Cancel invoice" }).click();
  await expect(page.getByTestId("invoice-status")).toHaveText("Cancelled");
  await expect(page.getByTestId("upi-qr")).toHaveCount(0);
  await expect(page.getByRole("button", { name: "You got payment" })).toHaveCount(0);
  const share = page.getByTestId("invoice-whatsapp");
  await expect(share).toHaveText("Share cancellation on WhatsApp");
  const text = new URL((await share.getAttribute("href")) ?? "").searchParams.get("text") ?? "";
  expect(text).toContain(`${invoice.number} for ₹189.00 was cancelled on`);
  expect(text).not.toMatch(/paid|Amount due|upi:/i);

  await page.goto(`/invoices/${invoice.id}/print`);
  await expect(page.getByTestId("upi-qr")).toHaveCount(0);
});
