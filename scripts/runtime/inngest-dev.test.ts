import { chmodSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findInngestCli, schedulerChosen, startInngestDevServer } from "./inngest-dev";

// inngest-cli downloads its binary at install time, which these offline machines cannot do, so a
// stand-in executable plays the CLI: it writes the arguments it was given and answers HTTP on
// --port, the way the dev server does.
const STAND_IN = `#!/usr/bin/env node
const { writeFileSync } = require("node:fs");
const http = require("node:http");
const args = process.argv.slice(2);
writeFileSync(process.env.STAND_IN_ARGS_FILE ?? __filename + ".args", JSON.stringify(args));
const port = Number(args[args.indexOf("--port") + 1]);
http.createServer((_req, res) => res.end("dev server")).listen(port, "127.0.0.1");
process.on("SIGTERM", () => process.exit(0));
`;

let dir: string;

function writeCli(folder: string, name: string, body: string) {
  mkdirSync(folder, { recursive: true });
  const file = path.join(folder, name);
  writeFileSync(file, body);
  chmodSync(file, 0o755);
  return file;
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "inngest-dev-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("the Inngest dev server beside npm start", () => {
  it("finds the CLI in node_modules/.bin before PATH, and nothing when neither has it", () => {
    const root = path.join(dir, "app");
    const onPath = writeCli(path.join(dir, "bin"), "inngest", STAND_IN);
    expect(findInngestCli(root, path.join(dir, "bin"))).toBe(onPath);
    const local = writeCli(path.join(root, "node_modules", ".bin"), "inngest-cli", STAND_IN);
    expect(findInngestCli(root, path.join(dir, "bin"))).toBe(local);
    expect(findInngestCli(path.join(dir, "elsewhere"), path.join(dir, "empty"))).toBeUndefined();
  });

  it("leaves a scheduler the user configured alone", () => {
    expect(schedulerChosen({})).toBe(false);
    expect(schedulerChosen({ INNGEST_EVENT_KEY: "key" })).toBe(true);
    expect(schedulerChosen({ INNGEST_BASE_URL: "http://inngest.internal:8288" })).toBe(true);
    expect(schedulerChosen({ INNGEST_DEV: "1" })).toBe(true);
  });

  it("starts the dev server registered with this app's /api/inngest and points the app at it", async () => {
    const cli = writeCli(path.join(dir, "run"), "inngest-cli", STAND_IN);
    const server = await startInngestDevServer({ cli, appUrl: "http://localhost:3000", logDir: dir });
    try {
      const args = JSON.parse(readFileSync(`${cli}.args`, "utf8")) as string[];
      expect(args.slice(0, 3)).toEqual(["dev", "-u", "http://localhost:3000/api/inngest"]);
      expect(args).toContain("--no-discovery");
      expect(server.env).toEqual({ INNGEST_DEV: "1", INNGEST_BASE_URL: server.url });
      expect(await (await fetch(server.url)).text()).toBe("dev server");
    } finally {
      await server.stop();
    }
    await expect(fetch(server.url)).rejects.toThrow();
  });

  it("says why when the CLI exits at once", async () => {
    const cli = writeCli(path.join(dir, "broken"), "inngest-cli", "#!/bin/sh\nexit 3\n");
    await expect(
      startInngestDevServer({ cli, appUrl: "http://localhost:3000", logDir: dir }),
    ).rejects.toThrow("exited with code 3");
  });
});
