import { chromium, expect, test } from "@playwright/test";
import { holdToTalk, openPage, removeSpokenClips, withBrowserHearing } from "./support/microphone";
import { roomURL } from "./support/room";
import { balanceOf, shopWithCustomers } from "./support/shop-api";

// What the merchant sees when the room path cannot work, against the e2e server that has a real
// LiveKit server and agent (e2e/support/room.ts).

test.afterAll(removeSpokenClips);

test("microphone refused: a clear message, and the typed command bar still records", async () => {
  test.setTimeout(90_000);
  // A fake capture device but no auto-accepted permission prompt: headless Chromium refuses it.
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--use-fake-device-for-media-stream"],
  });
  try {
    const page = await openPage(browser, undefined, roomURL);
    const ids = await shopWithCustomers(page, { "Rahul Sharma": 170_000 }, { quickMode: true });
    await page.goto("/");
    await page.locator('[data-talk-ready="true"]').waitFor();
    const button = page.getByRole("button", { name: "Hold to talk" });
    await button.hover();
    await page.mouse.down();
    await expect(
      page.getByText("Microphone not available. Allow it in the browser, or type the command."),
    ).toBeVisible({ timeout: 30_000 });
    await page.mouse.up();

    await page.getByLabel("Tell Execora").fill("Rahul ne 500 diye");
    await page.getByRole("button", { name: "Go" }).click();
    await expect(page.getByText("Rahul Sharma se ₹500 mile. Baaki ₹1,200.").first()).toBeVisible({
      timeout: 20_000,
    });
    expect(await balanceOf(page, ids["Rahul Sharma"] as string)).toBe(120_000);
  } finally {
    await browser.close();
  }
});

test("LiveKit unreachable: the page says live voice could not start, and the next hold goes by the clip path", async () => {
  test.setTimeout(120_000);
  await withBrowserHearing("Rahul ne five hundred rupees diye", async (browser) => {
    const page = await openPage(browser, undefined, roomURL);
    // Every WebSocket to the LiveKit server is closed at once, as when the server is down.
    await page.routeWebSocket(/\/rtc/, (socket) => socket.close());
    const ids = await shopWithCustomers(page, { "Rahul Sharma": 170_000 }, { quickMode: true });
    await page.goto("/");
    await page.locator('[data-talk-ready="true"]').waitFor();
    const button = page.getByRole("button", { name: "Hold to talk" });
    await button.hover();
    await page.mouse.down();
    await expect(
      page.getByText("Live voice could not start. Hold again: your voice will be recorded and sent instead."),
    ).toBeVisible({ timeout: 30_000 });
    await page.mouse.up();
    expect(await balanceOf(page, ids["Rahul Sharma"] as string)).toBe(170_000);

    // The clip path: recorded in the page, uploaded, transcribed by the server.
    await holdToTalk(page, 3_500);
    await expect(page.getByText("Heard: rahul ne five hundred rupees diye")).toBeVisible({ timeout: 20_000 });
    await expect(page.getByText("Rahul Sharma se ₹500 mile. Baaki ₹1,200.").first()).toBeVisible();
    expect(await balanceOf(page, ids["Rahul Sharma"] as string)).toBe(120_000);
  });
});
