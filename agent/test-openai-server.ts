import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

type Body = { messages: { role: string; content?: unknown }[]; tools?: unknown[]; stream?: boolean };

function chunk(delta: object, finishReason: string | null = null) {
  const payload = { id: "chatcmpl-1", object: "chat.completion.chunk", created: 0, model: "gpt-4o-mini" };
  return `data: ${JSON.stringify({ ...payload, choices: [{ index: 0, delta, finish_reason: finishReason }] })}\n\n`;
}

/** The SSE a chat.completions stream sends for one tool call, its arguments split in two pieces. */
export function toolCallStream(name: string, args: object): string {
  const json = JSON.stringify(args);
  const half = Math.floor(json.length / 2);
  const call = (fn: object, head = {}) => ({ tool_calls: [{ index: 0, ...head, function: fn }] });
  return [
    chunk({
      role: "assistant",
      content: null,
      ...call({ name, arguments: "" }, { id: "call_1", type: "function" }),
    }),
    chunk(call({ arguments: json.slice(0, half) })),
    chunk(call({ arguments: json.slice(half) })),
    chunk({}, "tool_calls"),
    "data: [DONE]\n\n",
  ].join("");
}

export function textStream(text: string): string {
  return [chunk({ role: "assistant", content: text }), chunk({}, "stop"), "data: [DONE]\n\n"].join("");
}

/**
 * A loopback OpenAI-compatible server: answers each chat.completions request with the SSE the
 * script returns for it, and keeps every request body for assertions.
 */
export async function startOpenAiServer(script: (body: Body) => string) {
  const requests: Body[] = [];
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    let raw = "";
    request.on("data", (part) => {
      raw += part;
    });
    request.on("end", () => {
      if (request.method !== "POST" || !request.url?.endsWith("/chat/completions")) {
        response.writeHead(404).end();
        return;
      }
      const body = JSON.parse(raw) as Body;
      requests.push(body);
      response.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache" });
      response.end(script(body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
