import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { deepgram, openAi, SttProviderError } from "./remote";

type Seen = { method: string; url: string; headers: IncomingMessage["headers"]; body: Buffer };
let server: Server | undefined;

// A loopback stand-in for the provider: records the request, answers with the given status/JSON.
async function fakeProvider(status: number, json: unknown): Promise<{ baseUrl: string; seen: Seen[] }> {
  const seen: Seen[] = [];
  const listening = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      seen.push({
        method: request.method ?? "",
        url: request.url ?? "",
        headers: request.headers,
        body: Buffer.concat(chunks),
      });
      response.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(json));
    });
  });
  server = listening;
  await new Promise<void>((resolve) => listening.listen(0, "127.0.0.1", resolve));
  return { baseUrl: `http://127.0.0.1:${(listening.address() as AddressInfo).port}`, seen };
}

afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

const wav = Buffer.from("RIFF-fake-wav");
const hints = { customerNames: ["Rahul Sharma"], productNames: [] };

describe("cloud speech-to-text clients", () => {
  it("deepgram posts the WAV with the key and the shop's names, and returns the transcript", async () => {
    const provider = await fakeProvider(200, {
      results: { channels: [{ alternatives: [{ transcript: " Rahul ne 500 diye " }] }] },
    });
    const result = await deepgram({ apiKey: "dg-key", baseUrl: provider.baseUrl }).transcribe(wav, hints);
    expect(result.text).toBe("Rahul ne 500 diye");
    const [request] = provider.seen;
    expect(request?.method).toBe("POST");
    expect(request?.url).toContain("/v1/listen?");
    expect(request?.url).toContain("keywords=Rahul+Sharma");
    expect(request?.headers.authorization).toBe("Token dg-key");
    expect(request?.body.equals(wav)).toBe(true);
  });

  it("openai sends a multipart file and returns its text", async () => {
    const provider = await fakeProvider(200, { text: "Priya ka kitna baaki hai" });
    const result = await openAi({ apiKey: "sk-test", baseUrl: provider.baseUrl }).transcribe(wav, hints);
    expect(result.text).toBe("Priya ka kitna baaki hai");
    const [request] = provider.seen;
    expect(request?.url).toBe("/v1/audio/transcriptions");
    expect(request?.headers.authorization).toBe("Bearer sk-test");
    expect(request?.headers["content-type"]).toMatch(/^multipart\/form-data/);
    expect(request?.body.toString()).toContain("RIFF-fake-wav");
    expect(request?.body.toString()).toContain("Rahul Sharma");
  });

  it("a provider error is an error, never an empty transcript", async () => {
    const provider = await fakeProvider(401, { error: "bad key" });
    await expect(
      openAi({ apiKey: "sk-bad", baseUrl: provider.baseUrl }).transcribe(wav, hints),
    ).rejects.toThrow(SttProviderError);
  });
});
