import { type APIRequestContext, expect, type Page } from "@playwright/test";

// Set-up through the same HTTP endpoints the app uses (tRPC with superjson, Auth.js credentials),
// so each spec makes its own shop and only drives the UI it is testing.

let counter = 0;

/** Unique per call, per worker, per run: specs never share data. */
export function uniqueSuffix(): string {
  counter += 1;
  return `${Date.now().toString(36)}${process.pid.toString(36)}${counter}`;
}

type TrpcError = { message: string; code: number; data: { code: string; httpStatus: number } };

export class TrpcCallError extends Error {
  constructor(
    readonly path: string,
    readonly status: number,
    readonly trpcCode: string,
    message: string,
  ) {
    super(`${path} failed: ${status} ${trpcCode} ${message}`);
  }
}

async function unwrap<T>(path: string, response: Awaited<ReturnType<APIRequestContext["get"]>>): Promise<T> {
  const body = (await response.json()) as { result?: { data: { json: T } }; error?: { json: TrpcError } };
  if (body.error || !body.result) {
    const error = body.error?.json;
    throw new TrpcCallError(path, response.status(), error?.data.code ?? "UNKNOWN", error?.message ?? "");
  }
  return body.result.data.json;
}

export async function trpcMutation<T = unknown>(
  request: APIRequestContext,
  path: string,
  input: unknown,
): Promise<T> {
  const response = await request.post(`/api/trpc/${path}`, {
    data: JSON.stringify({ json: input }),
    headers: { "content-type": "application/json" },
  });
  return unwrap<T>(path, response);
}

export async function trpcQuery<T = unknown>(
  request: APIRequestContext,
  path: string,
  input?: unknown,
): Promise<T> {
  const query = input === undefined ? "" : `?input=${encodeURIComponent(JSON.stringify({ json: input }))}`;
  return unwrap<T>(path, await request.get(`/api/trpc/${path}${query}`));
}

/** Auth.js credentials sign-in; the session cookie lands in the page's browser context. */
export async function signIn(page: Page, email: string, password: string) {
  const csrf = (await (await page.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  await page.request.post("/api/auth/callback/credentials", {
    form: { email, password, csrfToken: csrf.csrfToken, callbackUrl: "/" },
  });
  const session = (await (await page.request.get("/api/auth/session")).json()) as {
    user?: { id?: string };
  } | null;
  expect(session?.user?.id, `signed in as ${email}`).toBeTruthy();
}

export const PASSWORD = "correct-horse-battery-staple";

export type Shop = { email: string; password: string; shopName: string };

/** A GST-registered shop in Maharashtra (27) with a UPI ID, created through auth.signUp. */
export async function createRegisteredShop(request: APIRequestContext): Promise<Shop> {
  const suffix = uniqueSuffix();
  const shop = { email: `owner-${suffix}@example.com`, password: PASSWORD, shopName: `Kirana ${suffix}` };
  await trpcMutation(request, "auth.signUp", {
    businessName: shop.shopName,
    stateCode: "27",
    gstScheme: "REGULAR",
    gstin: "27AAPFU0939F1ZV",
    upiVpa: "kirana@okbank",
    name: "Suresh Owner",
    email: shop.email,
    password: shop.password,
  });
  return shop;
}

/** One customer and one tax invoice (₹189: 1.5 kg at ₹120, 5% GST) for the signed-in owner. */
export async function createCustomerAndInvoice(request: APIRequestContext) {
  const suffix = uniqueSuffix();
  const customer = await trpcMutation<{ id: string }>(request, "customers.create", {
    name: `Ramesh ${suffix}`,
  });
  const invoice = await trpcMutation<{ id: string; number: string }>(request, "invoices.issue", {
    customerId: customer.id,
    items: [{ description: "Basmati rice", quantity: "1.5", unit: "kg", ratePaise: 12000, gstRateBp: 500 }],
    idempotencyKey: `e2e-${suffix}`,
  });
  return { customerId: customer.id, customerName: `Ramesh ${suffix}`, invoice };
}

/** A page's root does not scroll sideways (the layout fits the viewport). */
export async function expectNoHorizontalScroll(page: Page) {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(
    scrollWidth,
    `${page.url()} is ${scrollWidth}px wide in a ${clientWidth}px viewport`,
  ).toBeLessThanOrEqual(clientWidth);
}

/** A fresh shop's owner, signed in on `page`, whose customers owe what `owed` says; their ids by name. */
/**
 * `quickMode`: spoken payments under the limit are written at once (Settings → quick mode), for
 * specs about how a turn travels; by default every spoken entry is read back for a yes first.
 */
export async function shopWithCustomers(
  page: Page,
  owed: Record<string, number>,
  { quickMode = false }: { quickMode?: boolean } = {},
) {
  const shop = await createRegisteredShop(page.request);
  await signIn(page, shop.email, shop.password);
  if (quickMode) await trpcMutation(page.request, "business.update", { voiceQuickMode: true });
  const ids: Record<string, string> = {};
  for (const [name, paise] of Object.entries(owed)) {
    const customer = await trpcMutation<{ id: string }>(page.request, "customers.create", { name });
    ids[name] = customer.id;
    if (paise > 0) {
      await trpcMutation(page.request, "ledger.recordCredit", {
        customerId: customer.id,
        amountPaise: paise,
        idempotencyKey: `e2e-credit-${uniqueSuffix()}`,
      });
    }
  }
  return ids;
}

export const balanceOf = async (page: Page, customerId: string) =>
  (await trpcQuery<{ balancePaise: number }>(page.request, "customers.get", { id: customerId })).balancePaise;
