import { spawn } from "node:child_process";

export class ProcessError extends Error {}

/** Runs a program with stdin/stdout pipes, killed after timeoutMs; resolves with its stdout. */
export function runProcess(
  command: string,
  args: string[],
  options: { input?: Buffer; timeoutMs: number; maxOutputBytes?: number },
): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ["pipe", "pipe", "pipe"], timeout: options.timeoutMs });
    const chunks: Buffer[] = [];
    let size = 0;
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > (options.maxOutputBytes ?? 64 * 1024 * 1024)) child.kill("SIGKILL");
      else chunks.push(chunk);
    });
    child.stderr.on("data", (chunk: Buffer) => {
      stderr = (stderr + chunk.toString()).slice(-2000);
    });
    child.on("error", (error) => reject(new ProcessError(`${command} could not start: ${error.message}`)));
    child.on("close", (code, signal) => {
      if (code === 0) resolve(Buffer.concat(chunks));
      else
        reject(new ProcessError(`${command} failed (${signal ?? code}): ${stderr.split("\n").at(-2) ?? ""}`));
    });
    // A program that exits before reading all of stdin (e.g. on bad input) must not crash us.
    child.stdin.on("error", () => {});
    child.stdin.end(options.input ?? Buffer.alloc(0));
  });
}
