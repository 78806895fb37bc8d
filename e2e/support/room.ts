import { expect, type Page } from "@playwright/test";
import { type Clip, openPage } from "./microphone";
import { shopWithCustomers } from "./shop-api";

// Push-to-talk through the real room, against the second e2e server (scripts/e2e-server.ts
// --voice-room): Chromium's fake microphone → livekit-server → the agent worker → the khata.
export const roomURL = `http://localhost:${process.env.E2E_ROOM_PORT ?? Number(process.env.E2E_PORT ?? 3100) + 1}`;

// The fake microphone's file starts when the page opens the microphone (on the first press, after
// joining the room) and loops. How long the agent takes to answer the press varies, so a hold
// lasts until the next time the sentence is said in full after "Listening…" (see holdInRoom).
export const CLIP = { leadInMs: 2_000, totalSeconds: 12 } satisfies Clip;
const SENTENCE_MS = 3_500;

/** Where a sentence sits in the looping file: from `atMs`, for `lastsMs`, every `periodMs`. */
export type Said = { atMs: number; lastsMs: number; periodMs: number };
const ONE_SENTENCE: Said = { atMs: CLIP.leadInMs, lastsMs: SENTENCE_MS, periodMs: CLIP.totalSeconds * 1000 };

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

export const inboundAudioSamples = (page: Page) =>
  page.evaluate(() => (window as unknown as { inboundAudio: () => Promise<number> }).inboundAudio());

/** A signed-in owner of a new shop with these customers, on Home of the room server. */
export async function roomPage(
  browser: Parameters<typeof openPage>[0],
  owed: Record<string, number>,
  watch?: () => void,
) {
  const page = await openPage(browser, undefined, roomURL);
  await page.addInitScript(countInboundAudio);
  await page.addInitScript(noteWhenTheMicrophoneOpens);
  if (watch) await page.addInitScript(watch);
  // The room specs follow a turn through LiveKit; the read-back is covered on the clip path.
  const ids = await shopWithCustomers(page, owed, { quickMode: true });
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
async function untilSentenceSaid(page: Page, { atMs, lastsMs, periodMs }: Said): Promise<number> {
  const sinceOpen = await page.evaluate(
    () => performance.now() - (window as unknown as { micOpenedAt: number }).micOpenedAt,
  );
  let starts = atMs;
  while (starts < sinceOpen + 200) starts += periodMs;
  return starts - sinceOpen + lastsMs;
}

/** Whether the file says `line` anywhere within the next `windowMs` (from the page's clock). */
async function saidWithin(page: Page, line: Said, windowMs: number): Promise<boolean> {
  const untilLineEnds = await untilSentenceSaid(page, line);
  return untilLineEnds - line.lastsMs < windowMs;
}

/**
 * Holds the button while the clip says its sentence; `beforeRelease` runs while still holding.
 * `mustNotHear` are other lines of the file: the test stops with the reason if "Listening…" came
 * so late that the hold would take one of them in too (instead of failing later, puzzlingly).
 */
export async function holdInRoom(
  page: Page,
  beforeRelease?: () => Promise<void>,
  said = ONE_SENTENCE,
  mustNotHear: Said[] = [],
) {
  const button = page.getByRole("button", { name: "Hold to talk" });
  const box = await button.boundingBox();
  if (!box) throw new Error("push-to-talk button not on screen");
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await expect(page.getByText("Listening…")).toBeVisible({ timeout: 30_000 });
  const holdMs = await untilSentenceSaid(page, said);
  for (const line of mustNotHear) {
    if (await saidWithin(page, line, holdMs)) {
      throw new Error(
        `"Listening…" came too late: a ${holdMs} ms hold would also hear a line at ${line.atMs} ms`,
      );
    }
  }
  await page.waitForTimeout(holdMs);
  await beforeRelease?.();
  await page.mouse.up();
}

// Ahead of the sentence by more than the agent may take to acknowledge a press under load.
const PRESS_AHEAD_MS = 3_000;

/**
 * Presses just before the clip next says the sentence and lets go when it is said, so nothing
 * else in the file is heard (the microphone must already be open: after a first press).
 */
export async function holdJustForSentence(page: Page, said: Said) {
  const untilEnd = await untilSentenceSaid(page, { ...said, atMs: said.atMs - PRESS_AHEAD_MS });
  await page.waitForTimeout(untilEnd - said.lastsMs);
  const button = page.getByRole("button", { name: "Hold to talk" });
  const box = await button.boundingBox();
  if (!box) throw new Error("push-to-talk button not on screen");
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await expect(page.getByText("Listening…")).toBeVisible({ timeout: 10_000 });
  await page.waitForTimeout(said.lastsMs + PRESS_AHEAD_MS);
  await page.mouse.up();
}
