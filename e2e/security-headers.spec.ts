import { expect, test } from "@playwright/test";
import { createCustomerAndInvoice, createRegisteredShop, signIn, trpcMutation } from "./support/shop-api";

// Every response carries the security headers; a page's scripts run only with its own nonce,
// and no other site can frame a page (the sign-in page once could be framed cross-origin).
const expectSecurityHeaders = (headers: Record<string, string>) => {
  const csp = headers["content-security-policy"] ?? "";
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{20,}' 'strict-dynamic'/);
  expect(csp).toContain("object-src 'none'");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["permissions-policy"]).toContain("microphone=(self)");
  expect(headers["referrer-policy"]).toBeTruthy();
  // Served over plain http here: HSTS would be ignored, so it is not sent.
  expect(headers["strict-transport-security"]).toBeUndefined();
};

test("a page, an API route and the public link pages carry the security headers", async ({
  page,
  request,
}) => {
  const signInPage = await request.get("/sign-in");
  expectSecurityHeaders(signInPage.headers());
  const first = signInPage.headers()["content-security-policy"];
  expect((await request.get("/sign-in")).headers()["content-security-policy"]).not.toBe(first);
  expectSecurityHeaders((await request.get("/api/health/ready")).headers());
  expectSecurityHeaders((await request.get("/api/trpc/auth.me")).headers());

  const shop = await createRegisteredShop(page.request);
  await signIn(page, shop.email, shop.password);
  const { customerId, invoice } = await createCustomerAndInvoice(page.request);
  const bill = await trpcMutation<{ url: string }>(page.request, "links.forInvoice", {
    invoiceId: invoice.id,
  });
  const statement = await trpcMutation<{ url: string }>(page.request, "links.forStatement", { customerId });
  for (const url of [bill.url, statement.url]) {
    const response = await request.get(new URL(url).pathname);
    expect(response.status()).toBe(200);
    expectSecurityHeaders(response.headers());
    // The link is the secret: it never leaves as a referrer.
    expect(response.headers()["referrer-policy"]).toBe("no-referrer");
  }
});

test("the app still runs under its policy, and a cross-origin frame of the sign-in page is refused", async ({
  page,
}) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  const shop = await createRegisteredShop(page.request);
  await signIn(page, shop.email, shop.password);
  await page.goto("/");
  // Hydrated: a client-side navigation works.
  await page.getByRole("link", { name: "Customers" }).first().click();
  await expect(page).toHaveURL(/\/customers$/);
  expect(violations).toEqual([]);

  // Another origin (a data: page is opaque) tries to frame the sign-in page: the frame stays empty.
  const origin = new URL(page.url()).origin;
  await page.goto(`data:text/html,<iframe id="f" src="${origin}/sign-in"></iframe>`);
  await page.waitForTimeout(1_500);
  const framed = page.frames().find((frame) => frame.url().includes("/sign-in"));
  const framedText = framed
    ? await framed.evaluate(() => document.body?.innerText ?? "").catch(() => "")
    : "";
  expect(framedText).not.toMatch(/sign in/i);
});
