import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

// Everything `next build` compiles from. A newer file than .next/BUILD_ID means rebuild.
const SOURCE_DIRS = [
  "app",
  "server",
  "components",
  "lib",
  "hooks",
  "locales",
  "messages",
  "public",
  "prisma",
];
const SOURCE_FILES = [
  "next.config.js",
  "next.config.ts",
  "next.config.mjs",
  "postcss.config.mjs",
  "tsconfig.json",
  "package.json",
  "package-lock.json",
  "proxy.ts",
  "middleware.ts",
  "instrumentation.ts",
  "instrumentation-node.ts",
];

function newestMtime(target: string): number {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(target)) {
    if (entry === "node_modules" || entry.startsWith(".")) continue;
    newest = Math.max(newest, newestMtime(path.join(target, entry)));
  }
  return newest;
}

/** True when there is no production build or a source file changed after it was made. */
export function buildIsStale(root: string): boolean {
  const buildId = path.join(root, ".next", "BUILD_ID");
  if (!existsSync(buildId)) return true;
  const builtAt = statSync(buildId).mtimeMs;
  return [...SOURCE_DIRS, ...SOURCE_FILES].some((name) => newestMtime(path.join(root, name)) > builtAt);
}
