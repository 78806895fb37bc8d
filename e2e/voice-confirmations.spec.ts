import { expect, type Page, test } from "@playwright/test";
import { holdToTalk, openPage, removeSpokenClips, withBrowserHearing } from "./support/microphone";
import { balanceOf, shopWithCustomers, trpcMutation, trpcQuery } from "./support/shop-api";

// Spoken commands the engine answers with a question, asked and answered through the offline
// path (fake microphone → MediaRecorder → /api/voice/turn → ffmpeg → pocketsphinx → engine).

type Turn = { id: string; status: string; transcript: string; replyText: string };
type InvoiceList = { items: { id: string; number: string; customer: { id: string } }[] };
type Invoice = {
  customer: { id: string };
  totalPaise: number;
  lines: {
    description: string;
    unit: string | null;
    quantity: string;
    ratePaise: number;
    totalPaise: number;
  }[];
};

test.afterAll(removeSpokenClips);

/** Signs the page in as the owner of a fresh shop and adds customers with what they owe. */
/** The latest voice conversation's turns, the command first, then the answers. */
const latestConversation = async (page: Page) =>
  (await trpcQuery<{ items: { turns: Turn[] }[] }>(page.request, "voice.history", { limit: 1 })).items[0]
    ?.turns ?? [];

test("a spoken invoice is made only after a spoken haan", async () => {
  test.setTimeout(90_000);
  // The fake microphone's file is fixed per browser process: the question and the answer are two
  // browsers, the second signed in with the first one's session cookies.
  const asked = await withBrowserHearing("Priya ka bill banao two kilo chawal", async (browser) => {
    const page = await openPage(browser);
    const ids = await shopWithCustomers(page, { "Priya Verma": 0 });
    await trpcMutation(page.request, "products.create", {
      name: "Basmati Rice",
      unit: "kg",
      pricePaise: 12_000,
      gstRateBp: 500,
      stock: "10",
    });
    await page.goto("/");
    await holdToTalk(page, 4_000);
    await expect(page.getByText("Heard: priya ka bill banao two kilo chawal")).toBeVisible({
      timeout: 20_000,
    });
    await expect(
      page.getByText("Priya Verma ka bill banaun: 2 kg Basmati Rice? Haan ya nahi?"),
    ).toBeVisible();
    // A question only: no bill, nothing owed yet.
    const none = await trpcQuery<InvoiceList>(page.request, "invoices.find", {
      customerId: ids["Priya Verma"],
    });
    expect(none.items).toHaveLength(0);
    expect(await balanceOf(page, ids["Priya Verma"] as string)).toBe(0);
    return { priyaId: ids["Priya Verma"] as string, session: await page.context().storageState() };
  });

  await withBrowserHearing("haan", async (browser) => {
    const page = await openPage(browser, asked.session);
    await page.goto("/");
    await holdToTalk(page, 2_500);
    await expect(page.getByText("Heard: haan")).toBeVisible({ timeout: 20_000 });
    // 2 kg at ₹120 = ₹240, plus 5% GST = ₹252.
    const reply = page.getByText(/^Priya Verma ka bill \S+ ₹252 ka ban gaya\.$/);
    await expect(reply).toBeVisible();
    const invoices = await trpcQuery<InvoiceList>(page.request, "invoices.find", {
      customerId: asked.priyaId,
    });
    expect(invoices.items).toHaveLength(1);
    // The bill the page names is the one in the database.
    await expect(reply).toHaveText(`Priya Verma ka bill ${invoices.items[0]?.number} ₹252 ka ban gaya.`);
    const invoice = await trpcQuery<Invoice>(page.request, "invoices.get", { id: invoices.items[0]?.id });
    expect(invoice.totalPaise).toBe(25_200);
    expect(invoice.lines).toEqual([
      expect.objectContaining({ description: "Basmati Rice", unit: "kg", quantity: "2", ratePaise: 12_000 }),
    ]);
    expect(await balanceOf(page, asked.priyaId)).toBe(25_200);
  });
});

test("a spoken payment from 'Rahul' asks which Rahul; a spoken 'Rahul Gupta' is read back, and 'haan' pays only him", async () => {
  test.setTimeout(120_000);
  const asked = await withBrowserHearing("Rahul ne five hundred rupees diye", async (browser) => {
    const page = await openPage(browser);
    const ids = await shopWithCustomers(page, { "Rahul Sharma": 170_000, "Rahul Gupta": 80_000 });
    const [sharma, gupta] = [ids["Rahul Sharma"] as string, ids["Rahul Gupta"] as string];
    await page.goto("/");
    await holdToTalk(page, 4_000);
    await expect(page.getByText("Heard: rahul ne five hundred rupees diye")).toBeVisible({ timeout: 20_000 });
    await expect(page.getByText(/^Rahul (Sharma ya Rahul Gupta|Gupta ya Rahul Sharma)\?$/)).toBeVisible();
    // The question can also be answered with a tap: the panel offers both Rahuls.
    const choices = page.getByRole("group", { name: "Choose the customer" });
    await expect(choices.getByRole("button", { name: "Rahul Sharma" })).toBeVisible();
    await expect(choices.getByRole("button", { name: "Rahul Gupta" })).toBeVisible();
    expect([await balanceOf(page, sharma), await balanceOf(page, gupta)]).toEqual([170_000, 80_000]);
    const [question] = await latestConversation(page);
    expect(question).toMatchObject({
      status: "NEEDS_CONFIRMATION",
      transcript: "rahul ne five hundred rupees diye",
    });
    return { sharma, gupta, session: await page.context().storageState() };
  });

  // The answer is spoken too: a second browser (its microphone says the name) in the same session.
  // The amount was heard, not typed, so the chosen Rahul's payment is read back before it is written.
  await withBrowserHearing("Rahul Gupta", async (browser) => {
    const page = await openPage(browser, asked.session);
    await page.goto("/");
    await holdToTalk(page, 2_500);
    await expect(page.getByText("Heard: rahul gupta")).toBeVisible({ timeout: 20_000 });
    await expect(page.getByText("Rahul Gupta se ₹500 mile, likh doon? Haan ya nahi?")).toBeVisible();
    await expect(page.getByText("Asking…")).toBeVisible();
    expect([await balanceOf(page, asked.sharma), await balanceOf(page, asked.gupta)]).toEqual([
      170_000, 80_000,
    ]);
  });

  await withBrowserHearing("haan", async (browser) => {
    const page = await openPage(browser, asked.session);
    await page.goto("/");
    await holdToTalk(page, 2_500);
    await expect(page.getByText("Heard: haan")).toBeVisible({ timeout: 20_000 });
    await expect(page.getByText("Rahul Gupta se ₹500 mile. Baaki ₹300.")).toBeVisible();
    // Only the chosen Rahul's khata changed.
    expect([await balanceOf(page, asked.sharma), await balanceOf(page, asked.gupta)]).toEqual([
      170_000, 30_000,
    ]);
    const [question, readBack, yes] = await latestConversation(page);
    expect(question).toMatchObject({ status: "CONFIRMED", transcript: "rahul ne five hundred rupees diye" });
    expect(readBack).toMatchObject({ status: "CONFIRMED", transcript: "rahul gupta" });
    expect(yes).toMatchObject({
      transcript: expect.stringMatching(/^haan/),
      replyText: "Rahul Gupta se ₹500 mile. Baaki ₹300.",
    });

    // The voice history page shows the exchange as one row: what was said, asked and written,
    // with a link to the entry in Rahul Gupta's khata.
    await page.goto("/voice");
    const row = page
      .getByTestId("voice-conversation")
      .filter({ hasText: "“rahul ne five hundred rupees diye”" });
    await expect(row).toContainText("“rahul gupta”");
    await expect(row).toContainText("Rahul Gupta se ₹500 mile. Baaki ₹300.");
    await row.getByRole("link", { name: "Open the entry" }).click();
    await expect(page).toHaveURL(new RegExp(`/customers/${asked.gupta}#entry-`));
  });
});
