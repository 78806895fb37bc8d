import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

if (existsSync(".env.test")) process.loadEnvFile(".env.test");

const port = process.env.E2E_PORT ?? "3100";
const baseURL = `http://localhost:${port}`;
const roomURL = `http://localhost:${process.env.E2E_ROOM_PORT ?? Number(port) + 1}`;

// Debian's Chromium, never a downloaded browser (the machines that run this are offline).
const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  // Microphone tests: grant media permission and use a fake capture device (a spec may add
  // --use-file-for-fake-audio-capture=<wav> to speak a sentence).
  "--use-fake-ui-for-media-stream",
  "--use-fake-device-for-media-stream",
];

export default defineConfig({
  testDir: "e2e",
  // Benchmarks that drive Chromium (e2e/bench/*.bench.ts) print numbers and run only when asked.
  ...(process.env.PLAYWRIGHT_BENCH ? { testMatch: "**/*.bench.ts" } : {}),
  fullyParallel: false,
  workers: process.env.CI ? 1 : 2,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"], ["html", { open: "never" }]] : [["list"]],
  use: {
    baseURL,
    // Not India on purpose: dates must come from the IST helpers, so date bugs fail loudly here.
    timezoneId: "America/Los_Angeles",
    locale: "en-IN",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: chromiumArgs,
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: [
    {
      command: "node --conditions=react-server --import tsx scripts/e2e-server.ts",
      url: `${baseURL}/api/health/ready`,
      // Includes a production build when the sources changed since the last one.
      timeout: 600_000,
      reuseExistingServer: false,
      stdout: "pipe",
      stderr: "pipe",
      gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
    },
    {
      // e2e/voice-room.spec.ts: the same build with a real LiveKit server and agent worker.
      command: "node --conditions=react-server --import tsx scripts/e2e-server.ts --voice-room",
      url: `${roomURL}/api/health/ready`,
      timeout: 900_000,
      reuseExistingServer: false,
      stdout: "pipe",
      stderr: "pipe",
      gracefulShutdown: { signal: "SIGTERM", timeout: 15_000 },
    },
  ],
});
