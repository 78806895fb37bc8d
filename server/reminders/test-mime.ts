/** Just enough MIME reading for tests to see what a real SMTP server received (no mail parser here). */
export type MimePart = { headers: Map<string, string>; body: Buffer };

/** A header value with RFC 2047 words (=?UTF-8?B?…?=, =?UTF-8?Q?…?=) decoded, runs of them joined. */
export function decodedHeader(value: string): string {
  return value.replace(/(?:=\?[^?]+\?[BbQq]\?[^?]*\?=\s*)+/g, (run) => {
    const bytes = [...run.matchAll(/=\?[^?]+\?([BbQq])\?([^?]*)\?=/g)].map(([, kind, text = ""]) =>
      kind?.toUpperCase() === "B"
        ? Buffer.from(text, "base64")
        : Buffer.from(
            text
              .replace(/_/g, " ")
              .replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16))),
            "latin1",
          ),
    );
    return Buffer.concat(bytes).toString("utf8");
  });
}

function split(entity: string): { headers: Map<string, string>; body: string } {
  const at = entity.indexOf("\r\n\r\n");
  const block = at < 0 ? entity : entity.slice(0, at);
  const headers = new Map<string, string>();
  for (const line of block.replace(/\r\n[ \t]+/g, " ").split("\r\n")) {
    const colon = line.indexOf(":");
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return { headers, body: at < 0 ? "" : entity.slice(at + 4) };
}

function decodedBody(body: string, encoding: string | undefined): Buffer {
  if (encoding?.toLowerCase() === "base64") return Buffer.from(body.replace(/\s+/g, ""), "base64");
  if (encoding?.toLowerCase() === "quoted-printable") {
    const bytes = body
      .replace(/=\r?\n/g, "")
      .replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
    return Buffer.from(bytes, "latin1");
  }
  return Buffer.from(body, "utf8");
}

/** The message's headers and its leaf parts (text, HTML, attachments), bodies decoded. */
export function readMime(raw: string): { headers: Map<string, string>; parts: MimePart[] } {
  const top = split(raw);
  const leaves = (entity: { headers: Map<string, string>; body: string }): MimePart[] => {
    const type = entity.headers.get("content-type") ?? "text/plain";
    const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1];
    if (!type.toLowerCase().startsWith("multipart/") || !boundary) {
      return [
        {
          headers: entity.headers,
          body: decodedBody(entity.body, entity.headers.get("content-transfer-encoding")),
        },
      ];
    }
    const sections = entity.body.split(`--${boundary}`).slice(1);
    return sections
      .filter((section) => !section.startsWith("--"))
      .flatMap((section) => leaves(split(section.replace(/^\r\n/, "").replace(/\r\n$/, ""))));
  };
  return { headers: top.headers, parts: leaves(top) };
}

/** The first part whose Content-Type starts with `type`. */
export function partOf(mail: ReturnType<typeof readMime>, type: string): MimePart | undefined {
  return mail.parts.find((part) => (part.headers.get("content-type") ?? "").toLowerCase().startsWith(type));
}
