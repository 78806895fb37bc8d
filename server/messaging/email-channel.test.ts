import type { AddressInfo } from "node:net";
import { createServer, type Server, type Socket } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestSmtpServer } from "../mail/test-smtp-server";
import { ChannelError } from "./channel-error";
import { emailChannel, messageIdFor } from "./email-channel";
import type { OutgoingMessage } from "./message";
import { closedPortUrl } from "./test-stand-in";

// Bytes no text transform leaves alone: the attachment must arrive exactly as sent.
const pdf = new Uint8Array([
  ...Buffer.from("%PDF-1.7\n"),
  0x00,
  0xff,
  0x80,
  0x0d,
  0x0a,
  ...Buffer.from("%%EOF"),
]);
const statement: OutgoingMessage = {
  to: "rahul@example.test",
  language: "en",
  template: { name: "statement", parameters: [] },
  subject: "Gupta Store: ₹1,200.00 due",
  text: "Dear Rahul,\n\n₹1,200.00 is due. Pay: upi://pay?pa=gupta@upi&am=1200.00",
  attachment: { filename: "statement-rahul.pdf", content: pdf },
};
const key = { idempotencyKey: "rem_9:1" };

async function failureOf(promise: Promise<unknown>): Promise<ChannelError> {
  const error = await promise.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(ChannelError);
  return error as ChannelError;
}

/** The base64 body of the MIME part whose headers name this file. */
function attachmentBytes(raw: string, filename: string): Buffer | null {
  for (const part of raw.split(/\r\n--[^\r\n]+\r\n/)) {
    const split = part.indexOf("\r\n\r\n");
    const headers = part.slice(0, split);
    if (!headers.includes(`filename=${filename}`) && !headers.includes(`filename="${filename}"`)) continue;
    expect(headers).toMatch(/Content-Type: application\/pdf/i);
    expect(headers).toMatch(/Content-Disposition: attachment/i);
    const body = part.slice(split + 4).split(/\r\n--/)[0] ?? "";
    return Buffer.from(body.replace(/\s+/g, ""), "base64");
  }
  return null;
}

describe("email channel through a real SMTP server", () => {
  let smtp: Awaited<ReturnType<typeof startTestSmtpServer>>;
  beforeAll(async () => {
    smtp = await startTestSmtpServer();
  });
  afterAll(() => smtp.close());

  it("delivers HTML and text with the PDF attached, under a Message-ID fixed by the idempotency key", async () => {
    const channel = emailChannel({ smtpUrl: smtp.url, from: "Gupta Store <shop@example.test>" });
    const result = await channel.send(statement, key);
    expect(result.providerMessageId).toBe(messageIdFor("rem_9:1"));
    const mail = smtp.received.at(-1);
    expect(mail?.to).toEqual(["rahul@example.test"]);
    expect(mail?.from).toBe("shop@example.test");
    const raw = mail?.raw ?? "";
    expect(raw).toMatch(new RegExp(`^Message-ID: ${messageIdFor("rem_9:1")}`, "mi"));
    expect(raw).toMatch(/Content-Type: text\/plain/i);
    expect(raw).toMatch(/Content-Type: text\/html/i);
    expect(attachmentBytes(raw, "statement-rahul.pdf")?.equals(Buffer.from(pdf))).toBe(true);
  });

  it("a retry of the same message carries the same Message-ID; another message a different one", async () => {
    const channel = emailChannel({ smtpUrl: smtp.url, from: "shop@example.test" });
    const first = await channel.send(statement, key);
    const again = await channel.send(statement, key);
    const other = await channel.send(statement, { idempotencyKey: "rem_9:2" });
    expect(again.providerMessageId).toBe(first.providerMessageId);
    expect(other.providerMessageId).not.toBe(first.providerMessageId);
  });

  it("refuses a message without a subject or with a phone number as recipient, permanently", async () => {
    const channel = emailChannel({ smtpUrl: smtp.url, from: "shop@example.test" });
    const before = smtp.received.length;
    const { subject: _subject, ...noSubject } = statement;
    expect(await failureOf(channel.send(noSubject, key))).toMatchObject({
      reason: "invalid_message",
      retryable: false,
    });
    expect(await failureOf(channel.send({ ...statement, to: "+919876543210" }, key))).toMatchObject({
      reason: "invalid_message",
    });
    expect(smtp.received.length).toBe(before);
  });
});

describe("SMTP failures", () => {
  // Refuses each recipient with the reply code in its local part: 550@… permanently, 451@… for now.
  const refusing = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onRcptTo(address, _session, callback) {
      const code = Number(address.address.split("@")[0]);
      const error = Object.assign(new Error(`${code} refused`), { responseCode: code });
      callback(Number.isInteger(code) ? error : undefined);
    },
  });
  let refusingUrl = "";
  // Accepts the TCP connection and never greets.
  const held: Socket[] = [];
  const silent: Server = createServer((socket) => held.push(socket));
  let silentUrl = "";
  beforeAll(async () => {
    await new Promise<void>((resolve) => refusing.listen(0, "127.0.0.1", resolve));
    refusingUrl = `smtp://127.0.0.1:${(refusing.server.address() as AddressInfo).port}`;
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    silentUrl = `smtp://127.0.0.1:${(silent.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => refusing.close(() => resolve()));
    for (const socket of held) socket.destroy();
    await new Promise<void>((resolve) => silent.close(() => resolve()));
  });

  it.each([
    [550, "rejected", false],
    [553, "rejected", false],
    [451, "provider_unavailable", true],
    [452, "provider_unavailable", true],
  ] as const)("a %i reply is %s, retryable %s", async (code, reason, retryable) => {
    const channel = emailChannel({ smtpUrl: refusingUrl, from: "shop@example.test" });
    const error = await failureOf(channel.send({ ...statement, to: `${code}@example.test` }, key));
    expect({ reason: error.reason, retryable: error.retryable, status: error.status }).toEqual({
      reason,
      retryable,
      status: code,
    });
  });

  it("a server that never greets fails within the channel's timeout, retryable", async () => {
    const channel = emailChannel({ smtpUrl: silentUrl, from: "shop@example.test", timeoutMs: 300 });
    const started = Date.now();
    expect(await failureOf(channel.send(statement, key))).toMatchObject({
      reason: "timeout",
      retryable: true,
    });
    expect(Date.now() - started).toBeLessThan(3_000);
  });

  it("a refused connection is retryable", async () => {
    const url = (await closedPortUrl()).replace("http:", "smtp:");
    const channel = emailChannel({ smtpUrl: url, from: "shop@example.test" });
    expect(await failureOf(channel.send(statement, key))).toMatchObject({
      reason: "connection_failed",
      retryable: true,
    });
  });
});
