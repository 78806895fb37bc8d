import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, type Page, test } from "@playwright/test";
import { type Clip, openPage, removeSpokenClips, withBrowserHearing } from "./support/microphone";
import { balanceOf, shopWithCustomers } from "./support/shop-api";

// Push-to-talk through the real room: Chromium's fake microphone → livekit-server → the agent
// worker (pocketsphinx with the shop's grammar, espeak-ng back) → the khata, against the second
// e2e server (scripts/e2e-server.ts --voice-room).
const roomURL = `http://localhost:${process.env.E2E_ROOM_PORT ?? Number(process.env.E2E_PORT ?? 3100) + 1}`;

// The fake microphone's file starts when the page opens the microphone (on the first press, after
// joining the room) and loops. How long the agent takes to answer the press varies, so the hold
// lasts until the next time the sentence is said in full after "Listening…" (see holdInRoom).
const CLIP = { leadInMs: 2_000, totalSeconds: 12 } satisfies Clip;
const SENTENCE_MS = 3_500;

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
  await page.addInitScript(noteWhenTheMicrophoneOpens);
  const ids = await shopWithCustomers(page, owed);
  await page.goto("/");
  await page.locator('[data-talk-ready="true"]').waitFor();
  return { page, ids };
}

/** Keeps when the page last opened the (fake) microphone: the clip starts from its beginning then. */
function noteWhenTheMicrophoneOpens() {
  const devices = navigator.mediaDevices;
  const open = devices.getUserMedia.bind(devices);
  devices.getUserMedia = async (constraints) => {
    const stream = await open(constraints);
    (window as unknown as { micOpenedAt: number }).micOpenedAt = performance.now();
    return stream;
  };
}

/** How long from now until the clip has said the whole sentence once more. */
async function untilSentenceSaid(page: Page): Promise<number> {
  const sinceOpen = await page.evaluate(
    () => performance.now() - (window as unknown as { micOpenedAt: number }).micOpenedAt,
  );
  let starts = CLIP.leadInMs;
  while (starts < sinceOpen + 200) starts += CLIP.totalSeconds * 1000;
  return starts - sinceOpen + SENTENCE_MS;
}

/** Holds the button while the clip says its sentence; `beforeRelease` runs while still holding. */
async function holdInRoom(page: Page, beforeRelease?: () => Promise<void>) {
  const button = page.getByRole("button", { name: "Hold to talk" });
  const box = await button.boundingBox();
  if (!box) throw new Error("push-to-talk button not on screen");
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await expect(page.getByText("Listening…")).toBeVisible({ timeout: 30_000 });
  await page.waitForTimeout(await untilSentenceSaid(page));
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
      await expect(page.getByText(/^Heard: .*rahul ne five hundred rupees diye$/)).toBeVisible({
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

const dataFile = (name: string) => path.join(import.meta.dirname, "..", ".data", name);
const restartsSoFar = () =>
  Number(
    existsSync(dataFile("e2e-voice-room.restarts"))
      ? readFileSync(dataFile("e2e-voice-room.restarts"), "utf8")
      : 0,
  );

test("the agent worker crashes after a turn: the next press reaches a new agent and nothing is written twice", async () => {
  test.setTimeout(180_000);
  await withBrowserHearing(
    "Rahul ne five hundred rupees diye",
    async (browser) => {
      const { page, ids } = await roomPage(browser, { "Rahul Sharma": 170_000 });
      await holdInRoom(page);
      await expect(page.getByText("Rahul Sharma se ₹500 mile. Baaki ₹1,200.").first()).toBeVisible({
        timeout: 30_000,
      });

      const before = restartsSoFar();
      process.kill(Number(readFileSync(dataFile("e2e-voice-room.pid"), "utf8")), "SIGUSR2");
      await expect.poll(restartsSoFar, { timeout: 90_000, intervals: [500] }).toBe(before + 1);
      expect(await balanceOf(page, ids["Rahul Sharma"] as string)).toBe(120_000);

      // A new session (a new room, a new agent job); the microphone reopens, so it hears the
      // sentence again: exactly one more payment, and the first one is not replayed.
      await holdInRoom(page);
      await expect(page.getByText("Rahul Sharma se ₹500 mile. Baaki ₹700.").first()).toBeVisible({
        timeout: 30_000,
      });
      expect(await balanceOf(page, ids["Rahul Sharma"] as string)).toBe(70_000);
    },
    CLIP,
  );
});
