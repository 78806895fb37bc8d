import { expect, type Page, test } from "@playwright/test";
import { holdToTalk, openPage, removeSpokenClips, withBrowserHearing } from "./support/microphone";
import { balanceOf, shopWithCustomers } from "./support/shop-api";

/**
 * A signed-in owner of a fresh shop where Rahul Sharma owes `owedPaise`, in a browser whose
 * microphone says `sentence`; the browser is closed afterwards whatever happens.
 */
async function withShopHearing(
  sentence: string,
  owedPaise: number,
  scenario: (page: Page, rahulId: string) => Promise<void>,
  options: { quickMode?: boolean } = {},
) {
  await withBrowserHearing(sentence, async (browser) => {
    const page = await openPage(browser);
    const ids = await shopWithCustomers(page, { "Rahul Sharma": owedPaise }, options);
    await page.goto("/");
    await scenario(page, ids["Rahul Sharma"] as string);
  });
}

test.afterAll(removeSpokenClips);

// The offline path end to end: a real (fake-device) microphone, MediaRecorder, the upload, ffmpeg,
// pocketsphinx with this shop's grammar, the command engine and the khata in the database.
test("a spoken payment is read back first, written on Haan, and the panel's Undo takes it back by name", async () => {
  test.setTimeout(120_000);
  await withShopHearing("Rahul ne five hundred rupees diye", 170_000, async (page, rahulId) => {
    await holdToTalk(page, 3_500);
    await expect(page.getByText("Heard: rahul ne five hundred rupees diye")).toBeVisible({ timeout: 20_000 });
    await expect(page.getByText("Rahul Sharma se ₹500 mile, likh doon? Haan ya nahi?")).toBeVisible();
    // The question is open, so the status is not "Done", and its buttons speak its language.
    await expect(page.getByText("Asking…")).toBeVisible({ timeout: 20_000 });
    await expect(page.getByRole("button", { name: "Nahi", exact: true })).toBeVisible();
    expect(await balanceOf(page, rahulId)).toBe(170_000);

    await page.getByRole("button", { name: "Haan", exact: true }).click();
    await expect(page.getByText("Rahul Sharma se ₹500 mile. Baaki ₹1,200.")).toBeVisible();
    expect(await balanceOf(page, rahulId)).toBe(120_000);

    await page.getByRole("button", { name: "Undo", exact: true }).click();
    await expect(page.getByText("Rahul Sharma ka ₹500 payment hata doon? Haan ya nahi?")).toBeVisible();
    expect(await balanceOf(page, rahulId)).toBe(120_000);
    await page.getByRole("button", { name: "Haan", exact: true }).click();
    await expect(page.getByText("Pichhli entry hata di.")).toBeVisible();
    expect(await balanceOf(page, rahulId)).toBe(170_000);
    await expect(page.getByRole("button", { name: "Undo", exact: true })).toBeHidden();
  });
});

test("in quick mode a clearly heard payment is written at once, and the reply says how to undo it", async () => {
  test.setTimeout(120_000);
  await withShopHearing(
    "Rahul ne five hundred rupees diye",
    170_000,
    async (page, rahulId) => {
      await holdToTalk(page, 3_500);
      await expect(
        page.getByText("Rahul Sharma se ₹500 mile. Baaki ₹1,200. Galat ho to undo boliye."),
      ).toBeVisible({
        timeout: 20_000,
      });
      expect(await balanceOf(page, rahulId)).toBe(120_000);
      await expect(page.getByRole("button", { name: "Undo", exact: true })).toBeVisible();
    },
    { quickMode: true },
  );
});

test("a spoken balance question is answered from the khata", async () => {
  test.setTimeout(120_000);
  await withShopHearing("Rahul ka kitna baaki hai", 45_000, async (page) => {
    await holdToTalk(page, 3_500);
    await expect(page.getByText("Heard: rahul ka kitna baaki hai")).toBeVisible({ timeout: 20_000 });
    await expect(page.getByText("Rahul Sharma ka baaki ₹450.")).toBeVisible();
  });
});
