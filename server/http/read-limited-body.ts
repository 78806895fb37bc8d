/** The body of a request as text, or null when it is larger than `maxBytes`. */
export async function readLimitedBody(request: Request, maxBytes: number): Promise<string | null> {
  // A declared length over the limit is refused before a byte is read.
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > maxBytes) return null;
  if (!request.body) return "";
  // The header can be absent (chunked) or lie: count while streaming and stop at the limit.
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}
