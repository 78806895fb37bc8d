import { createHmac } from "node:crypto";
import { expect, type Page, test } from "@playwright/test";
import { whatsAppReplyPayload } from "../server/messaging/test-whatsapp-payloads";
import { createRegisteredShop, signIn, trpcMutation, uniqueSuffix } from "./support/shop-api";

// A customer answers a reminder on WhatsApp with "aaj de dunga" (I'll pay today). The reply comes
// in through the signed webhook, the customer's page offers the promise, Accept moves the
// reminder to tomorrow, and Home counts the customer as promised to pay today. The e2e server
// signs webhooks with WHATSAPP_APP_SECRET=e2e-whatsapp-secret (scripts/e2e-server.ts), has no
// scheduler (Send now runs the development channel) and no quiet hours, so any hour works; the
// browser is in Los Angeles on purpose, so every day below is counted on the IST calendar.

const APP_SECRET = "e2e-whatsapp-secret";
const IST_OFFSET_MS = 330 * 60_000;
const DAY_MS = 24 * 60 * 60_000;

/** "YYYY-MM-DD" of the IST day `days` after today. */
const istDay = (days = 0) => new Date(Date.now() + IST_OFFSET_MS + days * DAY_MS).toISOString().slice(0, 10);
const format = (day: string, options: Intl.DateTimeFormatOptions) =>
  new Intl.DateTimeFormat("en-IN", { ...options, timeZone: "Asia/Kolkata" }).format(
    new Date(`${day}T00:00:00+05:30`),
  );

/** "Today" must not turn into tomorrow halfway through: start again after IST midnight if it is close. */
async function clearOfIstMidnight(page: Page) {
  const untilMidnight = DAY_MS - ((Date.now() + IST_OFFSET_MS) % DAY_MS);
  if (untilMidnight < 3 * 60_000) {
    test.setTimeout(untilMidnight + 90_000);
    await page.waitForTimeout(untilMidnight + 2_000);
  }
}

/** A mobile number no other spec's customer has: replies are matched to the shop by number. */
function uniqueMobile(): string {
  const digits = String((Date.now() * 100 + (process.pid % 100)) % 1_000_000_000).padStart(9, "0");
  return `9${digits}`;
}

const replyWebhook = (mobile: string, text: string) =>
  whatsAppReplyPayload({ id: `wamid.e2e.${uniqueSuffix()}`, from: `91${mobile}`, text, at: new Date() });

test("a WhatsApp reply promising to pay today: Accept moves the reminder to tomorrow and Home counts it", async ({
  page,
}) => {
  await clearOfIstMidnight(page);
  const shop = await createRegisteredShop(page.request);
  await signIn(page, shop.email, shop.password);
  const name = `Rahul ${uniqueSuffix()}`;
  const mobile = uniqueMobile();
  const customer = await trpcMutation<{ id: string }>(page.request, "customers.create", {
    name,
    phone: mobile,
  });
  await trpcMutation(page.request, "ledger.recordCredit", {
    customerId: customer.id,
    amountPaise: 50_000,
    idempotencyKey: `e2e-credit-${uniqueSuffix()}`,
  });
  // Weekly, so after this first send it stays active with its next send a week away.
  const reminder = await trpcMutation<{ id: string }>(page.request, "reminders.create", {
    customerId: customer.id,
    channel: "WHATSAPP",
    sendAt: new Date().toISOString(),
    everyDays: 7,
    maxOccurrences: 3,
  });
  await trpcMutation(page.request, "reminders.sendNow", { id: reminder.id });

  const body = replyWebhook(mobile, "aaj de dunga");
  const unsigned = await page.request.post("/api/webhooks/whatsapp", {
    data: body,
    headers: { "content-type": "application/json" },
  });
  expect(unsigned.status()).toBe(401);
  const signature = `sha256=${createHmac("sha256", APP_SECRET).update(body).digest("hex")}`;
  const received = await page.request.post("/api/webhooks/whatsapp", {
    data: body,
    headers: { "content-type": "application/json", "x-hub-signature-256": signature },
  });
  expect(received.status()).toBe(200);
  expect(await received.json()).toEqual({ statuses: 0, replies: 1 });

  const today = istDay();
  const tomorrow = istDay(1);
  await page.goto(`/customers/${customer.id}`);
  const reminderRow = page.getByTestId("reminder-row");
  await expect(reminderRow).toContainText(`Next send: ${format(istDay(7), { dateStyle: "medium" })},`);
  const reply = page.getByTestId("customer-reply");
  await expect(reply).toHaveCount(1);
  await expect(reply).toContainText("aaj de dunga");
  await expect(reply).toContainText(/Received \d/);
  const weekdayToday = format(today, { weekday: "short", day: "numeric", month: "short" });
  await expect(reply).toContainText(`Promised to pay on ${weekdayToday}`);

  const accept = reply.getByRole("button", {
    name: `Accept — remind on ${format(tomorrow, { day: "numeric", month: "short" })}`,
  });
  await accept.click();
  await expect(
    page.getByText(
      `Promise accepted. 1 reminder now goes out on ${format(tomorrow, { day: "numeric", month: "short" })}.`,
    ),
  ).toBeVisible();
  await expect(reply).toContainText(`Promise accepted: to pay on ${weekdayToday}`);
  await expect(accept).toHaveCount(0);
  await expect(reply.getByRole("button", { name: "Dismiss" })).toHaveCount(0);
  await expect(reminderRow).toContainText(`Next send: ${format(tomorrow, { dateStyle: "medium" })},`);

  await page.goto("/");
  const card = page.getByTestId("promised-today");
  await expect(card.getByRole("heading", { name: "1 promised to pay today" })).toBeVisible();
  const link = card.getByRole("link", { name: new RegExp(name) });
  await expect(link).toContainText("₹500.00");
  await expect(link).toContainText("“aaj de dunga”");
  await link.click();
  await expect(page).toHaveURL(new RegExp(`/customers/${customer.id}$`));
});

test("a dismissed promise stays on the customer's page and moves nothing; Home shows no card", async ({
  page,
}) => {
  await clearOfIstMidnight(page);
  const shop = await createRegisteredShop(page.request);
  await signIn(page, shop.email, shop.password);
  const mobile = uniqueMobile();
  const customer = await trpcMutation<{ id: string }>(page.request, "customers.create", {
    name: `Sunita ${uniqueSuffix()}`,
    phone: mobile,
  });
  await trpcMutation(page.request, "ledger.recordCredit", {
    customerId: customer.id,
    amountPaise: 30_000,
    idempotencyKey: `e2e-credit-${uniqueSuffix()}`,
  });
  const reminder = await trpcMutation<{ id: string }>(page.request, "reminders.create", {
    customerId: customer.id,
    channel: "WHATSAPP",
    sendAt: new Date().toISOString(),
    everyDays: 7,
    maxOccurrences: 3,
  });
  await trpcMutation(page.request, "reminders.sendNow", { id: reminder.id });
  const body = replyWebhook(mobile, "aaj de dunga");
  const signature = `sha256=${createHmac("sha256", APP_SECRET).update(body).digest("hex")}`;
  const received = await page.request.post("/api/webhooks/whatsapp", {
    data: body,
    headers: { "content-type": "application/json", "x-hub-signature-256": signature },
  });
  expect(received.status()).toBe(200);

  await page.goto(`/customers/${customer.id}`);
  const reply = page.getByTestId("customer-reply");
  await reply.getByRole("button", { name: "Dismiss" }).click();
  await expect(page.getByText("Promise dismissed. The reminders stay as they were.")).toBeVisible();
  await expect(reply).toContainText("Promise dismissed");
  await expect(reply.getByRole("button", { name: /^Accept/ })).toHaveCount(0);
  await expect(page.getByTestId("reminder-row")).toContainText(
    `Next send: ${format(istDay(7), { dateStyle: "medium" })},`,
  );

  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Who owes the most" })).toBeVisible();
  await expect(page.getByTestId("promised-today")).toHaveCount(0);
});
