import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Browser, type BrowserContext, chromium, expect, type Page } from "@playwright/test";
import { uniqueSuffix } from "./shop-api";

// A fake microphone for the offline voice path: espeak-ng speaks a sentence into a WAV that
// Chromium plays as its capture device. The file is fixed per browser process and starts again
// from the beginning whenever the capture is reopened (a second hold in the same browser hears
// the first sentence again, even with another sentence later in the file), so every spoken clip
// gets its own browser; a conversation moves the signed-in session from one to the next.

const baseURL = `http://localhost:${process.env.E2E_PORT ?? "3100"}`;
let clipDir: string | null = null;

/** How the fake microphone's file is laid out: silence first, then the sentence, then silence. */
export type Clip = { leadInMs?: number; totalSeconds?: number };

/** espeak-ng says the sentence after a short lead-in, then silence (Chromium loops the file). */
function spokenWav(sentence: string, { leadInMs = 300, totalSeconds = 10 }: Clip = {}): string {
  clipDir ??= mkdtempSync(join(tmpdir(), "execora-voice-e2e-"));
  const raw = join(clipDir, `raw-${uniqueSuffix()}.wav`);
  const padded = join(clipDir, `mic-${uniqueSuffix()}.wav`);
  execFileSync("espeak-ng", ["-v", "en-us", "-s", "150", "-w", raw, sentence]);
  execFileSync("ffmpeg", [
    ...["-y", "-loglevel", "error", "-i", raw, "-af", `adelay=${leadInMs},apad=whole_dur=${totalSeconds}`],
    ...["-ar", "48000", "-ac", "1", "-c:a", "pcm_s16le", padded],
  ]);
  return padded;
}

/** Sentences said at fixed times from the start of the file (ms), then silence to `totalSeconds`. */
export type Script = { lines: { sentence: string; atMs: number }[]; totalSeconds: number };

function scriptedWav({ lines, totalSeconds }: Script): string {
  clipDir ??= mkdtempSync(join(tmpdir(), "execora-voice-e2e-"));
  const said = lines.map(({ sentence }) => {
    const raw = join(clipDir as string, `raw-${uniqueSuffix()}.wav`);
    execFileSync("espeak-ng", ["-v", "en-us", "-s", "150", "-w", raw, sentence]);
    return raw;
  });
  const delays = lines.map(({ atMs }, index) => `[${index}:a]adelay=${atMs}[s${index}]`);
  const mix = `${lines.map((_, index) => `[s${index}]`).join("")}amix=inputs=${lines.length}:normalize=0,apad=whole_dur=${totalSeconds}`;
  const padded = join(clipDir, `mic-${uniqueSuffix()}.wav`);
  execFileSync("ffmpeg", [
    ...["-y", "-loglevel", "error", ...said.flatMap((raw) => ["-i", raw])],
    ...["-filter_complex", [...delays, mix].join(";")],
    ...["-ar", "48000", "-ac", "1", "-c:a", "pcm_s16le", padded],
  ]);
  return padded;
}

/** Deletes the WAVs this worker made (call from test.afterAll). */
export function removeSpokenClips() {
  if (clipDir) rmSync(clipDir, { recursive: true, force: true });
  clipDir = null;
}

/** A browser whose microphone "hears" the sentence: one launch per clip, as the flag is per process. */
export function browserHearing(sentence: string | Script, clip?: Clip): Promise<Browser> {
  const wav = typeof sentence === "string" ? spokenWav(sentence, clip) : scriptedWav(sentence);
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      ...["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run"],
      ...["--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream"],
      // The agent's spoken reply plays on an <audio> element the page did not start with a click.
      "--autoplay-policy=no-user-gesture-required",
      `--use-file-for-fake-audio-capture=${wav}`,
    ],
  });
}

/** A page in that browser, optionally signed in with another browser's session cookies. */
export async function openPage(
  browser: Browser,
  storageState?: Awaited<ReturnType<BrowserContext["storageState"]>>,
  serverURL = baseURL,
): Promise<Page> {
  const context = await browser.newContext({
    baseURL: serverURL,
    locale: "en-IN",
    timezoneId: "America/Los_Angeles",
    storageState,
  });
  return context.newPage();
}

/** Holds the push-to-talk button while the fake microphone speaks, then lets go. */
export async function holdToTalk(page: Page, milliseconds: number) {
  const button = page.getByRole("button", { name: "Hold to talk" });
  const box = await button.boundingBox();
  if (!box) throw new Error("push-to-talk button not on screen");
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await expect(page.getByText("Listening…")).toBeVisible();
  await page.waitForTimeout(milliseconds);
  await page.mouse.up();
}

/** Runs `scenario` with a browser hearing `sentence`, closing it whatever happens. */
export async function withBrowserHearing<T>(
  sentence: string | Script,
  scenario: (browser: Browser) => Promise<T>,
  clip?: Clip,
) {
  const browser = await browserHearing(sentence, clip);
  try {
    return await scenario(browser);
  } finally {
    await browser.close();
  }
}
