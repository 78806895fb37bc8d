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
) {
  await withBrowserHearing(sentence, async (browser) => {
    const page = await openPage(browser);
    const ids = await shopWithCustomers(page, { "Rahul Sharma": owedPaise });
    await page.goto("/");
    await scenario(page, ids["Rahul Sharma"] as string);
  });
}

test.afterAll(removeSpokenClips);

// The offline path end to end: a real (fake-device) microphone, MediaRecorder, the upload, ffmpeg,
// pocketsphinx with this shop's grammar, the command engine and the khata in the database.
test("holding the talk button records a spoken payment in the khata", async () => {
  test.setTimeout(120_000);
  await withShopHearing("Rahul ne five hundred rupees diye", 170_000, async (page, rahulId) => {
    await holdToTalk(page, 3_500);
    await expect(page.getByText("Heard: rahul ne five hundred rupees diye")).toBeVisible({ timeout: 20_000 });
    await expect(page.getByText("Rahul Sharma se ₹500 mile. Baaki ₹1,200.")).toBeVisible();
    expect(await balanceOf(page, rahulId)).toBe(120_000);
  });
});

test("a spoken balance question is answered from the khata", async () => {
  test.setTimeout(120_000);
  await withShopHearing("Rahul ka kitna baaki hai", 45_000, async (page) => {
    await holdToTalk(page, 3_500);
    await expect(page.getByText("Heard: rahul ka kitna baaki hai")).toBeVisible({ timeout: 20_000 });
    await expect(page.getByText("Rahul Sharma ka baaki ₹450.")).toBeVisible();
  });
});
