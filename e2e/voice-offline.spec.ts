import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Browser, chromium, expect, type Page, test } from "@playwright/test";
import { createRegisteredShop, signIn, trpcMutation, trpcQuery, uniqueSuffix } from "./support/shop-api";

type Customer = { balancePaise: number };

const baseURL = `http://localhost:${process.env.E2E_PORT ?? "3100"}`;
const dir = mkdtempSync(join(tmpdir(), "execora-voice-e2e-"));

/** espeak-ng says the sentence after a short lead-in, then silence (Chromium loops the file). */
function spokenWav(sentence: string): string {
  const raw = join(dir, `raw-${uniqueSuffix()}.wav`);
  const padded = join(dir, `mic-${uniqueSuffix()}.wav`);
  execFileSync("espeak-ng", ["-v", "en-us", "-s", "150", "-w", raw, sentence]);
  execFileSync("ffmpeg", [
    ...["-y", "-loglevel", "error", "-i", raw, "-af", "adelay=300,apad=whole_dur=10"],
    ...["-ar", "48000", "-ac", "1", "-c:a", "pcm_s16le", padded],
  ]);
  return padded;
}

// A browser whose microphone "hears" the sentence: one launch per clip, as the flag is per process.
async function browserHearing(sentence: string): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      ...["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run"],
      ...["--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream"],
      `--use-file-for-fake-audio-capture=${spokenWav(sentence)}`,
    ],
  });
}

async function holdToTalk(page: Page, milliseconds: number) {
  const button = page.getByRole("button", { name: "Hold to talk" });
  const box = await button.boundingBox();
  if (!box) throw new Error("push-to-talk button not on screen");
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await expect(page.getByText("Listening…")).toBeVisible();
  await page.waitForTimeout(milliseconds);
  await page.mouse.up();
}

/**
 * A signed-in owner of a fresh shop where Rahul Sharma owes `owedPaise`, in a browser whose
 * microphone says `sentence`; the browser is closed afterwards whatever happens.
 */
async function withShopHearing(
  sentence: string,
  owedPaise: number,
  scenario: (page: Page, rahulId: string) => Promise<void>,
) {
  const browser = await browserHearing(sentence);
  try {
    const context = await browser.newContext({ baseURL, locale: "en-IN", timezoneId: "America/Los_Angeles" });
    const page = await context.newPage();
    const shop = await createRegisteredShop(page.request);
    await signIn(page, shop.email, shop.password);
    const rahul = await trpcMutation<{ id: string }>(page.request, "customers.create", {
      name: "Rahul Sharma",
    });
    await trpcMutation(page.request, "ledger.recordCredit", {
      customerId: rahul.id,
      amountPaise: owedPaise,
      idempotencyKey: `e2e-credit-${uniqueSuffix()}`,
    });
    await page.goto("/");
    await scenario(page, rahul.id);
  } finally {
    await browser.close();
  }
}

test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

// The offline path end to end: a real (fake-device) microphone, MediaRecorder, the upload, ffmpeg,
// pocketsphinx with this shop's grammar, the command engine and the khata in the database.
test("holding the talk button records a spoken payment in the khata", async () => {
  test.setTimeout(120_000);
  await withShopHearing("Rahul ne five hundred rupees diye", 170_000, async (page, rahulId) => {
    await holdToTalk(page, 3_500);
    await expect(page.getByText("Heard: rahul ne five hundred rupees diye")).toBeVisible({ timeout: 20_000 });
    await expect(page.getByText("Rahul Sharma se ₹500 mile. Baaki ₹1,200.")).toBeVisible();
    expect((await trpcQuery<Customer>(page.request, "customers.get", { id: rahulId })).balancePaise).toBe(
      120_000,
    );
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
