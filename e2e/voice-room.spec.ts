import { expect, type Page, test } from "@playwright/test";
import { type Clip, openPage, removeSpokenClips, withBrowserHearing } from "./support/microphone";
import { balanceOf, shopWithCustomers } from "./support/shop-api";

// Push-to-talk through the real room: Chromium's fake microphone → livekit-server → the agent
// worker (pocketsphinx with the shop's grammar, espeak-ng back) → the khata, against the second
// e2e server (scripts/e2e-server.ts --voice-room).
const roomURL = `http://localhost:${process.env.E2E_ROOM_PORT ?? Number(process.env.E2E_PORT ?? 3100) + 1}`;

// The fake microphone's file starts when the page opens the microphone (on the first press, after
// joining the room): a 4 s lead-in lets the agent arrive and the turn start before the words.
const CLIP: Clip = { leadInMs: 4_000, totalSeconds: 14 };
const HOLD_MS = 9_000;

test.afterAll(removeSpokenClips);

/** Counts what the page's WebRTC connections received as audio (the agent's spoken reply). */
function countInboundAudio() {
  const connections: RTCPeerConnection[] = [];
  const Native = window.RTCPeerConnection;
  window.RTCPeerConnection = class extends Native {
    constructor(...args: ConstructorParameters<typeof RTCPeerConnection>) {
      super(...args);
      connections.push(this);
    }
  };
  (window as unknown as { inboundAudio: () => Promise<number> }).inboundAudio = async () => {
    let samples = 0;
    for (const connection of connections) {
      (await connection.getStats()).forEach(
        (report: { type: string; kind?: string; totalSamplesReceived?: number }) => {
          if (report.type === "inbound-rtp" && report.kind === "audio")
            samples += report.totalSamplesReceived ?? 0;
        },
      );
    }
    return samples;
  };
}

const inboundAudioSamples = (page: Page) =>
  page.evaluate(() => (window as unknown as { inboundAudio: () => Promise<number> }).inboundAudio());

async function roomPage(browser: Parameters<typeof openPage>[0], owed: Record<string, number>) {
  const page = await openPage(browser, undefined, roomURL);
  await page.addInitScript(countInboundAudio);
  const ids = await shopWithCustomers(page, owed);
  await page.goto("/");
  await page.locator('[data-talk-ready="true"]').waitFor();
  return { page, ids };
}

/** Holds the button while the clip plays; `beforeRelease` runs while still holding. */
async function holdInRoom(page: Page, beforeRelease?: () => Promise<void>) {
  const button = page.getByRole("button", { name: "Hold to talk" });
  const box = await button.boundingBox();
  if (!box) throw new Error("push-to-talk button not on screen");
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await expect(page.getByText("Listening…")).toBeVisible({ timeout: 15_000 });
  await page.waitForTimeout(HOLD_MS);
  await beforeRelease?.();
  await page.mouse.up();
}

test("a payment said in the room is heard by the agent, recorded, shown and spoken back", async () => {
  test.setTimeout(120_000);
  await withBrowserHearing(
    "Rahul ne five hundred rupees diye",
    async (browser) => {
      const { page, ids } = await roomPage(browser, { "Rahul Sharma": 170_000 });
      await holdInRoom(page);
      await expect(page.getByText("Heard: rahul ne five hundred rupees diye")).toBeVisible({
        timeout: 30_000,
      });
      await expect(page.getByText("Rahul Sharma se ₹500 mile. Baaki ₹1,200.").first()).toBeVisible();
      expect(await balanceOf(page, ids["Rahul Sharma"] as string)).toBe(120_000);
      // The reply came as the agent's audio track: attached to the page's <audio> and playing.
      const attached = await page.evaluate(() =>
        [...document.querySelectorAll("audio")].some(
          (element) => (element.srcObject as MediaStream | null)?.getAudioTracks().length,
        ),
      );
      expect(attached).toBe(true);
      await expect.poll(() => inboundAudioSamples(page), { timeout: 20_000 }).toBeGreaterThan(4_800);
    },
    CLIP,
  );
});

test("Escape while holding drops the turn: nothing is recorded", async () => {
  test.setTimeout(120_000);
  await withBrowserHearing(
    "Rahul ne five hundred rupees diye",
    async (browser) => {
      const { page, ids } = await roomPage(browser, { "Rahul Sharma": 170_000 });
      await holdInRoom(page, () => page.keyboard.press("Escape"));
      await expect(page.getByText("Listening…")).toBeHidden();
      // Long enough for a turn that was not dropped to be heard and written.
      await page.waitForTimeout(8_000);
      await expect(page.getByText(/^Heard: /)).toHaveCount(0);
      expect(await balanceOf(page, ids["Rahul Sharma"] as string)).toBe(170_000);
    },
    CLIP,
  );
});

test("two shops talking at once each reach only their own khata", async () => {
  test.setTimeout(150_000);
  await withBrowserHearing(
    "Rahul ne five hundred rupees diye",
    (first) =>
      withBrowserHearing(
        "Rahul ne two hundred rupees diye",
        async (second) => {
          const [a, b] = [
            await roomPage(first, { "Rahul Sharma": 170_000 }),
            await roomPage(second, { "Rahul Sharma": 90_000 }),
          ];
          await Promise.all([holdInRoom(a.page), holdInRoom(b.page)]);
          await expect(a.page.getByText("Rahul Sharma se ₹500 mile. Baaki ₹1,200.").first()).toBeVisible({
            timeout: 30_000,
          });
          await expect(b.page.getByText("Rahul Sharma se ₹200 mile. Baaki ₹700.").first()).toBeVisible({
            timeout: 30_000,
          });
          expect(await balanceOf(a.page, a.ids["Rahul Sharma"] as string)).toBe(120_000);
          expect(await balanceOf(b.page, b.ids["Rahul Sharma"] as string)).toBe(70_000);
          await expect(a.page.getByText("₹200 mile")).toHaveCount(0);
          await expect(b.page.getByText("₹500 mile")).toHaveCount(0);
        },
        CLIP,
      ),
    CLIP,
  );
});
