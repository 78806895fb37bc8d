import { expect, test } from "@playwright/test";
import { removeSpokenClips, withBrowserHearing } from "./support/microphone";
import { holdInRoom, holdJustForSentence, roomPage } from "./support/room";
import { balanceOf } from "./support/shop-api";

test.afterAll(removeSpokenClips);

// One looping file says the command, then (later in the file) the answer to the question.
const PERIOD_MS = 14_000;
const COMMAND = { atMs: 2_000, lastsMs: 3_500, periodMs: PERIOD_MS };
const ANSWER = { atMs: 9_000, lastsMs: 1_500, periodMs: PERIOD_MS };
const SCRIPT = {
  lines: [
    { sentence: "Rahul ne five hundred rupees diye", atMs: COMMAND.atMs },
    { sentence: "Rahul Gupta", atMs: ANSWER.atMs },
  ],
  totalSeconds: PERIOD_MS / 1000,
};

test("in the room, 'which Rahul?' is answered by voice and only that Rahul is paid", async () => {
  test.setTimeout(150_000);
  await withBrowserHearing(SCRIPT, async (browser) => {
    const { page, ids } = await roomPage(browser, { "Rahul Sharma": 170_000, "Rahul Gupta": 80_000 });
    await holdInRoom(page, undefined, COMMAND);
    await expect(page.getByText(/^Rahul (Sharma|Gupta) ya Rahul (Sharma|Gupta)\?$/).first()).toBeVisible({
      timeout: 30_000,
    });
    expect(await balanceOf(page, ids["Rahul Gupta"] as string)).toBe(80_000);

    await holdJustForSentence(page, ANSWER);
    await expect(page.getByText("Rahul Gupta se ₹500 mile. Baaki ₹300.").first()).toBeVisible({
      timeout: 30_000,
    });
    expect(await balanceOf(page, ids["Rahul Gupta"] as string)).toBe(30_000);
    expect(await balanceOf(page, ids["Rahul Sharma"] as string)).toBe(170_000);
  });
});
