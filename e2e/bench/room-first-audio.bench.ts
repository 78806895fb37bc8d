import { test } from "@playwright/test";
import { withBrowserHearing } from "../support/microphone";
import { CLIP, holdInRoom, roomPage } from "../support/room";
import { trpcQuery } from "../support/shop-api";

// Not a test: a benchmark that prints numbers (docs/benchmarks.md). Release-to-first-audio as the
// page sees it, through the real room (the e2e room server: livekit-server, one agent worker,
// local pocketsphinx + espeak-ng). Run: PLAYWRIGHT_BENCH=1 npx playwright test e2e/bench
const TURNS = Number(process.env.BENCH_TURNS ?? 20);

/** In the page: when the button was let go, and when each later stage first showed. */
function watchStages() {
  type Marks = { releasedAt: number; energyAtRelease: number; marks: Record<string, number> };
  const state: Marks = { releasedAt: Number.NaN, energyAtRelease: Number.NaN, marks: {} };
  (window as unknown as { benchStages: Marks }).benchStages = state;
  const mark = (name: string) => {
    if (!Number.isNaN(state.releasedAt) && state.marks[name] === undefined) {
      state.marks[name] = performance.now() - state.releasedAt;
    }
  };
  document.addEventListener(
    "pointerup",
    () => {
      state.releasedAt = performance.now();
      state.energyAtRelease = Number.NaN;
      state.marks = {};
    },
    true,
  );
  new MutationObserver((changes) => {
    for (const change of changes) {
      const text = (change.target as Node).textContent ?? "";
      if (text.includes("Heard:")) mark("transcript shown");
      if (/ mile\. Baaki ₹/.test(text)) mark("reply shown");
      const phase = (change.target as Element).getAttribute?.("data-phase");
      if (phase === "speaking") mark("agent speaking (page's firstAudioMs)");
    }
  }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
  // The agent's voice in the page: the first rise of received audio energy after the release.
  const connections: RTCPeerConnection[] = [];
  const Native = window.RTCPeerConnection;
  window.RTCPeerConnection = class extends Native {
    constructor(...args: ConstructorParameters<typeof RTCPeerConnection>) {
      super(...args);
      connections.push(this);
    }
  };
  setInterval(async () => {
    let energy = 0;
    for (const connection of connections) {
      (await connection.getStats()).forEach(
        (report: { type: string; kind?: string; totalAudioEnergy?: number }) => {
          if (report.type === "inbound-rtp" && report.kind === "audio")
            energy += report.totalAudioEnergy ?? 0;
        },
      );
    }
    if (Number.isNaN(state.releasedAt)) return;
    if (Number.isNaN(state.energyAtRelease)) state.energyAtRelease = energy;
    else if (energy - state.energyAtRelease > 1e-4) mark("first audio in the page");
  }, 10);
}

const percentile = (values: number[], fraction: number) => {
  const sorted = values.filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
  return Math.round(sorted[Math.floor((sorted.length - 1) * fraction)] ?? Number.NaN);
};

test("release to first audio in the page, through the room", async () => {
  test.setTimeout(60_000 + TURNS * 30_000);
  await withBrowserHearing(
    "Rahul ne five hundred rupees diye",
    async (browser) => {
      const { page } = await roomPage(browser, { "Rahul Sharma": 10_000_000 }, watchStages);
      const splits: Record<string, number>[] = [];
      for (let turn = 0; turn <= TURNS; turn++) {
        await holdInRoom(page);
        await page.waitForFunction(
          () => {
            const { marks } = (window as unknown as { benchStages: { marks: Record<string, number> } })
              .benchStages;
            return marks["first audio in the page"] !== undefined && marks["reply shown"] !== undefined;
          },
          undefined,
          { timeout: 30_000 },
        );
        await page.waitForTimeout(3_000); // the reply finishes before the next press
        if (turn === 0) continue; // warm-up
        const marks = await page.evaluate(
          () => (window as unknown as { benchStages: { marks: Record<string, number> } }).benchStages.marks,
        );
        const history = await trpcQuery<{ items: { turns: { firstAudioMs: number | null }[] }[] }>(
          page.request,
          "voice.history",
          { limit: 1 },
        );
        splits.push({
          ...marks,
          "(stored firstAudioMs)": history.items[0]?.turns[0]?.firstAudioMs ?? Number.NaN,
        });
      }
      console.log(`room path in Chromium (${splits.length} turns, ms from release, p50 / p95):`);
      for (const stage of Object.keys(splits[0] ?? {})) {
        const values = splits.map((split) => split[stage] ?? Number.NaN);
        console.log(
          `  ${stage.padEnd(40)} ${String(percentile(values, 0.5)).padStart(6)} / ${percentile(values, 0.95)}`,
        );
      }
    },
    CLIP,
  );
});
