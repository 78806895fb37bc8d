import { expect, test } from "@playwright/test";
import { createCustomerAndInvoice, createRegisteredShop, signIn, trpcMutation } from "./support/shop-api";

type Share = { url: string; linkId: string };
const pathOf = (url: string) => new URL(url).pathname;

// What a customer sees from a shared link: a fresh browser context (no cookies, never signed in)
// opens the bill and the statement, sees the amount and the UPI pay link, and a withdrawn link
// shows only "expired or withdrawn" with the shop's name.
test("a customer opens the bill and statement links without an account", async ({ page, browser }) => {
  test.setTimeout(90_000);
  const shop = await createRegisteredShop(page.request);
  await signIn(page, shop.email, shop.password);
  const { customerId, customerName, invoice } = await createCustomerAndInvoice(page.request);
  const other = await trpcMutation<{ id: string }>(page.request, "customers.create", {
    name: "Bina Elsewhere",
  });
  await trpcMutation(page.request, "ledger.recordCredit", {
    customerId: other.id,
    amountPaise: 77_700,
    idempotencyKey: `e2e-other-${Date.now()}`,
  });
  const bill = await trpcMutation<Share>(page.request, "links.forInvoice", { invoiceId: invoice.id });
  const statement = await trpcMutation<Share>(page.request, "links.forStatement", { customerId });

  const customer = await browser.newContext();
  const visitor = await customer.newPage();
  expect(await customer.cookies()).toEqual([]);

  await test.step("the bill: shop, GSTIN, total, Pay by UPI, PDF, not indexed", async () => {
    await visitor.goto(pathOf(bill.url));
    await expect(visitor).toHaveURL(pathOf(bill.url));
    await expect(visitor.getByTestId("invoice-number")).toHaveText(invoice.number);
    await expect(visitor.getByText(shop.shopName).first()).toBeVisible();
    await expect(visitor.getByText("27AAPFU0939F1ZV").first()).toBeVisible();
    const pay = visitor.getByTestId("public-pay-upi");
    await expect(pay).toHaveText("Pay ₹189.00 by UPI");
    await expect(pay).toHaveAttribute("href", /^upi:\/\/pay\?pa=kirana@okbank&.*am=189\.00/);
    await expect(visitor.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
    await expect(visitor.locator('meta[name="referrer"]')).toHaveAttribute("content", "no-referrer");
    const pdf = await visitor.request.get(
      (await visitor.getByTestId("public-pdf").getAttribute("href")) ?? "",
    );
    expect(pdf.headers()["content-type"]).toBe("application/pdf");
  });

  await test.step("the statement: this customer's entries and amount due, nobody else's", async () => {
    await visitor.goto(pathOf(statement.url));
    await expect(visitor.getByTestId("public-customer")).toContainText(customerName);
    await expect(visitor.getByTestId("public-due")).toHaveText("Amount due: ₹189.00");
    await expect(visitor.getByTestId("public-pay-upi")).toHaveAttribute("href", /tr=KHATA-/);
    await expect(visitor.locator("body")).not.toContainText("Bina");
    await expect(visitor.locator("body")).not.toContainText("777");
  });

  await test.step("withdrawn and tampered links show only that they are gone", async () => {
    await trpcMutation(page.request, "links.revoke", { linkId: bill.linkId });
    await visitor.goto(pathOf(bill.url));
    await expect(
      visitor.getByRole("heading", { name: "This link has expired or was withdrawn" }),
    ).toBeVisible();
    await expect(visitor.getByText(`It was sent by ${shop.shopName}.`)).toBeVisible();
    await expect(visitor.getByTestId("invoice-number")).toHaveCount(0);
    const tampered = `${pathOf(statement.url).slice(0, -1)}${statement.url.endsWith("A") ? "B" : "A"}`;
    const response = await visitor.goto(tampered);
    expect(response?.status()).toBe(404);
    await expect(
      visitor.getByRole("heading", { name: "This link has expired or was withdrawn" }),
    ).toBeVisible();
  });
  await customer.close();
});
