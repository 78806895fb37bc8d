import { expect, type Page, test } from "@playwright/test";
import { openPage, removeSpokenClips, withBrowserHearing } from "./support/microphone";
import { balanceOf, shopWithCustomers, trpcQuery } from "./support/shop-api";

// The push-to-talk controls on the offline path: the space bar as the talk button, the command
// bar keeping its spaces, and the release-to-first-audio time the browser reports.

type Turn = { transcript: string; replyText: string; firstAudioMs: number | null };

test.afterAll(removeSpokenClips);

/** A fresh shop's owner, signed in, where Rahul Sharma owes ₹1,700; returns Rahul's id. */
// Quick mode: these specs are about the key, the microphone and timings, not the read-back.
const shopWithRahul = async (page: Page) =>
  (await shopWithCustomers(page, { "Rahul Sharma": 170_000 }, { quickMode: true }))["Rahul Sharma"] as string;

/**
 * Headless Chromium here has no speech engine (speak() never starts), so the reply "starts
 * speaking" 150 ms after it is asked to and ends soon after, as a real voice would.
 */
function speechThatStartsAfter150ms() {
  const synth = {
    speaking: false,
    pending: false,
    paused: false,
    cancel() {},
    pause() {},
    resume() {},
    getVoices: () => [],
    addEventListener() {},
    removeEventListener() {},
    speak(utterance: SpeechSynthesisUtterance) {
      setTimeout(() => {
        utterance.onstart?.(new Event("start") as SpeechSynthesisEvent);
        setTimeout(() => utterance.onend?.(new Event("end") as SpeechSynthesisEvent), 100);
      }, 150);
    },
  };
  Object.defineProperty(window, "speechSynthesis", { value: synth, configurable: true });
}

const phase = (page: Page) => page.locator("[data-phase]");

/**
 * The space bar is listened for from an effect that runs once React has hydrated the push-to-talk
 * panel (the button is already in the server's HTML, and React replays a pointer press made before
 * hydration, but not a key on the window): wait for that before pressing the key.
 */
async function untilTalkKeyIsHeard(page: Page) {
  await page.locator('[data-talk-ready="true"]').waitFor();
}

test("holding the space bar records a spoken payment; the reply's first sound is timed and stored", async () => {
  test.setTimeout(90_000);
  await withBrowserHearing("Rahul ne five hundred rupees diye", async (browser) => {
    const page = await openPage(browser);
    await page.addInitScript(speechThatStartsAfter150ms);
    const rahulId = await shopWithRahul(page);
    await page.goto("/");
    await untilTalkKeyIsHeard(page);
    // Nothing focused: the key goes to the page, not to a field or a button.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);

    await page.keyboard.down(" ");
    await expect(page.getByText("Listening…")).toBeVisible();
    await expect(phase(page)).toHaveAttribute("data-phase", "listening");
    await page.waitForTimeout(3_500);
    await page.keyboard.up(" ");

    await expect(page.getByText("Heard: rahul ne five hundred rupees diye")).toBeVisible({ timeout: 20_000 });
    await expect(page.getByText("Rahul Sharma se ₹500 mile. Baaki ₹1,200.")).toBeVisible();
    await expect(page.getByText("Listening…")).toBeHidden();
    expect(await balanceOf(page, rahulId)).toBe(120_000);

    // Release → upload, speech-to-text and the command → the 150 ms the voice took to start.
    let turn: Turn | undefined;
    await expect
      .poll(async () => {
        const history = await trpcQuery<{ items: { turns: Turn[] }[] }>(page.request, "voice.history", {
          limit: 1,
        });
        [turn] = history.items[0]?.turns ?? [];
        return turn?.firstAudioMs ?? null;
      })
      .toBeGreaterThanOrEqual(100);
    expect(turn).toMatchObject({ transcript: "rahul ne five hundred rupees diye" });
    await page.goto("/voice");
    const row = page
      .getByTestId("voice-conversation")
      .filter({ hasText: "“rahul ne five hundred rupees diye”" });
    // Timings sit behind a details toggle.
    await expect(row.getByTestId("first-audio")).toBeHidden();
    await row.getByText("Timings").click();
    await expect(row.getByTestId("first-audio")).toContainText(`reply heard after ${turn?.firstAudioMs} ms`);
  });
});

test("spaces typed in the command bar stay in the text and never start listening", async ({ page }) => {
  await shopWithRahul(page);
  await page.goto("/");
  await untilTalkKeyIsHeard(page);
  const bar = page.getByRole("textbox", { name: "Tell Execora" });
  await bar.click();
  await page.keyboard.type("Rahul ne 500 diye");
  // A held space in the field is just a space too.
  await page.keyboard.down(" ");
  await page.waitForTimeout(700);
  await expect(phase(page)).toHaveAttribute("data-phase", "idle");
  await page.keyboard.up(" ");
  await page.keyboard.type("cash");
  await expect(bar).toHaveValue("Rahul ne 500 diye cash");
  await expect(phase(page)).toHaveAttribute("data-phase", "idle");
  await expect(page.getByText("Listening…")).toHaveCount(0);

  // The same key with focus out of the field does start listening (Escape drops that turn).
  await bar.blur();
  await page.keyboard.down(" ");
  await expect(page.getByText("Listening…")).toBeVisible();
  await page.keyboard.press("Escape");
  await page.keyboard.up(" ");
  await expect(phase(page)).toHaveAttribute("data-phase", "idle");
  await expect(bar).toHaveValue("Rahul ne 500 diye cash");
});
