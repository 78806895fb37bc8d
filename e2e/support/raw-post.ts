import http from "node:http";

export type RawAnswer = { status: number; body: string };

/**
 * One POST on its own connection (`Connection: close`, no keep-alive pool), so a request is
 * either accepted by the server or refused, never sent down a socket the server just closed.
 */
export function postOnNewConnection(
  url: string,
  body: string,
  headers: Record<string, string>,
  timeoutMs = 20_000,
): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const outgoing = http.request(
      url,
      {
        method: "POST",
        agent: false,
        headers: { ...headers, connection: "close", "content-length": String(Buffer.byteLength(body)) },
        timeout: timeoutMs,
      },
      (incoming) => {
        let text = "";
        incoming.on("data", (chunk: Buffer) => (text += chunk.toString()));
        incoming.on("end", () => resolve({ status: incoming.statusCode ?? 0, body: text }));
        incoming.on("error", reject);
      },
    );
    outgoing.on("timeout", () => outgoing.destroy(new Error("timed out")));
    outgoing.on("error", reject);
    outgoing.end(body);
  });
}
