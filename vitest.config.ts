import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  // "server-only" throws outside the react-server condition; tests are server code by definition.
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      "server-only": path.resolve(import.meta.dirname, "node_modules/server-only/empty.js"),
    },
  },
  test: {
    include: [
      "lib/**/*.test.ts",
      "server/**/*.test.ts",
      "agent/**/*.test.ts",
      "scripts/**/*.test.ts",
      "components/**/*.test.ts",
    ],
    globalSetup: ["./server/test/global-setup.ts"],
    setupFiles: ["./server/test/setup-env.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    env: { TZ: "America/Los_Angeles" },
  },
});
