import { expect, test } from "@playwright/test";
import { removeSpokenClips, withBrowserHearing } from "./support/microphone";
import { holdInRoom, holdJustForSentence, roomPage } from "./support/room";
import { balanceOf } from "./support/shop-api";

test.afterAll(removeSpokenClips);

// One looping file says the command, then (later in the file) the answer to the question. The
// first hold starts with the file (the press opens the microphone) and lasts until the command
// has been said after "Listening…"; the long lead-in keeps the answer out of that hold even when
// the agent takes several seconds to acknowledge the press on a loaded machine.
const PERIOD_MS = 20_000;
const COMMAND = { atMs: 8_000, lastsMs: 3_500, periodMs: PERIOD_MS };
const ANSWER = { atMs: 15_000, lastsMs: 1_500, periodMs: PERIOD_MS };
const SCRIPT = {
  lines: [
    { sentence: "Rahul ne five hundred rupees diye", atMs: COMMAND.atMs },
    { sentence: "Rahul Gupta", atMs: ANSWER.atMs },
  ],
  totalSeconds: PERIOD_MS / 1000,
};

test("in the room, 'which Rahul?' is answered by voice and only that Rahul is paid", async () => {
  test.setTimeout(180_000);
  await withBrowserHearing(SCRIPT, async (browser) => {
    const { page, ids } = await roomPage(browser, { "Rahul Sharma": 170_000, "Rahul Gupta": 80_000 });
    await holdInRoom(page, undefined, COMMAND, [ANSWER]);
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
