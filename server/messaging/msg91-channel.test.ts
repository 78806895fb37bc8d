import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ChannelError } from "./channel-error";
import type { OutgoingMessage } from "./message";
import { msg91Channel } from "./msg91-channel";
import { startStandIn } from "./test-stand-in";

const reminder: OutgoingMessage = {
  to: "+919876543210",
  language: "en",
  template: { name: "payment_reminder", parameters: ["Rahul", "Rs 1,200.00", "https://pay.example/x"] },
  text: "Dear Rahul, Rs 1,200.00 is due at Gupta Store.",
};
const key = { idempotencyKey: "rem_1:2" };

let msg91: Awaited<ReturnType<typeof startStandIn>>;
beforeAll(async () => {
  msg91 = await startStandIn();
});
afterAll(() => msg91.close());
beforeEach(() => {
  msg91.requests.length = 0;
});

const channel = (options: { hi?: string; timeoutMs?: number } = {}) =>
  msg91Channel({
    authKey: "msg91-auth-key",
    senderId: "EXCORA",
    templateIds: { en: "tmpl-en-1207", hi: options.hi },
    apiBase: msg91.url,
    timeoutMs: options.timeoutMs ?? 2_000,
  });

async function failureOf(promise: Promise<unknown>): Promise<ChannelError> {
  const error = await promise.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(ChannelError);
  return error as ChannelError;
}

describe("MSG91 SMS channel against a loopback MSG91", () => {
  it("posts the DLT template with authkey, sender and the variables in order", async () => {
    msg91.answer({ status: 200, body: { type: "success", message: "3763646c6f4b393132343233" } });
    const result = await channel().send(reminder, key);
    expect(result).toEqual({ providerMessageId: "3763646c6f4b393132343233" });
    const [request] = msg91.requests;
    expect(request?.method).toBe("POST");
    expect(request?.path).toBe("/api/v5/flow");
    expect(request?.headers.authkey).toBe("msg91-auth-key");
    expect(request?.body).toEqual({
      template_id: "tmpl-en-1207",
      sender: "EXCORA",
      short_url: "0",
      recipients: [
        { mobiles: "919876543210", var1: "Rahul", var2: "Rs 1,200.00", var3: "https://pay.example/x" },
      ],
    });
  });

  it("uses the Hindi template for a Hindi message, and refuses one when there is none", async () => {
    msg91.answer({ status: 200, body: { type: "success", message: "req-hi" } });
    await channel({ hi: "tmpl-hi-1207" }).send({ ...reminder, language: "hi" }, key);
    expect(msg91.requests[0]?.body).toMatchObject({ template_id: "tmpl-hi-1207" });
    const error = await failureOf(channel().send({ ...reminder, language: "hi" }, key));
    expect(error).toMatchObject({ reason: "not_configured", retryable: false });
    expect(error.message).toMatch(/MSG91_TEMPLATE_ID_HI/);
    expect(msg91.requests).toHaveLength(1);
  });

  it.each([
    [400, "rejected", false],
    [401, "unauthorized", false],
    [404, "not_found", false],
    [408, "request_timeout", true],
    [500, "provider_unavailable", true],
    [503, "provider_unavailable", true],
  ] as const)("HTTP %i is %s, retryable %s", async (status, reason, retryable) => {
    msg91.answer({ status, body: { type: "error", message: "failed" } });
    const error = await failureOf(channel().send(reminder, key));
    expect({ reason: error.reason, retryable: error.retryable, status: error.status }).toEqual({
      reason,
      retryable,
      status,
    });
  });

  it("429 is retryable with the Retry-After date converted to a wait", async () => {
    const at = new Date(Date.now() + 120_000).toUTCString();
    msg91.answer({
      status: 429,
      headers: { "retry-after": at },
      body: { type: "error", message: "slow down" },
    });
    const error = await failureOf(channel().send(reminder, key));
    expect(error).toMatchObject({ reason: "rate_limited", retryable: true });
    expect(error.retryAfterMs).toBeGreaterThan(110_000);
    expect(error.retryAfterMs).toBeLessThanOrEqual(120_000);
  });

  it("an HTTP 200 that says type error (bad template, unknown sender) is permanent", async () => {
    msg91.answer({
      status: 200,
      body: { type: "error", message: "Template ID Missing or Invalid Template" },
    });
    const error = await failureOf(channel().send(reminder, key));
    expect(error).toMatchObject({ reason: "rejected", retryable: false });
    expect(error.message).toMatch(/Invalid Template/);
  });

  it("gives up on an MSG91 that never answers, within the timeout, as retryable", async () => {
    msg91.answer("hang");
    const error = await failureOf(channel({ timeoutMs: 300 }).send(reminder, key));
    expect(error).toMatchObject({ reason: "timeout", retryable: true });
  });

  it("refuses a number outside India (DLT) without calling MSG91", async () => {
    const error = await failureOf(channel().send({ ...reminder, to: "+14155550123" }, key));
    expect(error).toMatchObject({ reason: "invalid_message", retryable: false });
    expect(msg91.requests).toHaveLength(0);
  });
});
