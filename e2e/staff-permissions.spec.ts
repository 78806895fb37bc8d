import { expect, test } from "@playwright/test";
import {
  createCustomerAndInvoice,
  createRegisteredShop,
  PASSWORD,
  signIn,
  TrpcCallError,
  trpcMutation,
  uniqueSuffix,
} from "./support/shop-api";

// Cancelling an invoice is the owner's call: staff neither see the button nor get past the server.
test("staff cannot cancel an invoice; the owner can", async ({ browser }) => {
  test.setTimeout(90_000);
  const ownerContext = await browser.newContext();
  const staffContext = await browser.newContext();
  const owner = await ownerContext.newPage();
  const staff = await staffContext.newPage();

  const shop = await createRegisteredShop(owner.request);
  await signIn(owner, shop.email, shop.password);
  const { invoice } = await createCustomerAndInvoice(owner.request);

  // The owner's invite flow, over the same endpoints the settings page and invite link use.
  const { code } = await trpcMutation<{ code: string }>(owner.request, "staff.invite", {});
  const staffEmail = `staff-${uniqueSuffix()}@example.com`;
  await trpcMutation(staff.request, "staff.acceptInvitation", {
    code,
    name: "Mohan Staff",
    email: staffEmail,
    password: PASSWORD,
  });
  await signIn(staff, staffEmail, PASSWORD);

  await test.step("staff see the invoice and can take a payment, but no cancel button", async () => {
    await staff.goto(`/invoices/${invoice.id}`);
    await expect(staff.getByTestId("invoice-number")).toHaveText(invoice.number);
    await expect(staff.getByRole("button", { name: "You got payment" })).toBeVisible();
    await expect(staff.getByRole("button", { name: "Cancel invoice" })).toHaveCount(0);
  });

  await test.step("the server refuses a staff cancel request and nothing changes", async () => {
    const attempt = trpcMutation(staff.request, "invoices.cancel", {
      invoiceId: invoice.id,
      reason: "trying anyway",
      idempotencyKey: `e2e-cancel-${uniqueSuffix()}`,
    });
    await expect(attempt).rejects.toThrow(TrpcCallError);
    await attempt.catch((error: TrpcCallError) => {
      expect(error.status).toBe(403);
      expect(error.trpcCode).toBe("FORBIDDEN");
    });
    await staff.reload();
    await expect(staff.getByTestId("invoice-status")).toHaveText("Unpaid");
  });

  await test.step("the owner cancels it with a reason", async () => {
    await owner.goto(`/invoices/${invoice.id}`);
    await owner.getByRole("button", { name: "Cancel invoice" }).click();
    const dialog = owner.getByRole("dialog");
    await dialog.getByLabel(/Why cancel/).fill("Wrong items billed");
    await dialog.getByRole("button", { name: "Cancel invoice" }).click();
    await expect(owner.getByText("Invoice cancelled")).toBeVisible();
    await expect(owner.getByTestId("invoice-status")).toHaveText("Cancelled");
    await expect(owner.locator("#invoice-document")).toContainText("Reason: Wrong items billed");
  });

  await ownerContext.close();
  await staffContext.close();
});
