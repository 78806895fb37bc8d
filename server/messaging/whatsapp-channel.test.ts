import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ChannelError } from "./channel-error";
import type { OutgoingMessage } from "./message";
import { closedPortUrl, startStandIn } from "./test-stand-in";
import { whatsAppChannel } from "./whatsapp-channel";

const reminder: OutgoingMessage = {
  to: "+919876543210",
  language: "hi",
  template: { name: "payment_reminder", parameters: ["Rahul Sharma", "₹1,200.00", "Gupta Store\nDelhi"] },
  text: "Rahul Sharma ji, Gupta Store ka ₹1,200.00 baaki hai.",
};
const key = { idempotencyKey: "rem_1:1" };

let graph: Awaited<ReturnType<typeof startStandIn>>;
beforeAll(async () => {
  graph = await startStandIn();
});
afterAll(() => graph.close());
beforeEach(() => {
  graph.requests.length = 0;
});

const channel = (timeoutMs = 2_000) =>
  whatsAppChannel({
    accessToken: "EAAG-test-token",
    phoneNumberId: "106540352242922",
    apiBase: graph.url,
    apiVersion: "v23.0",
    timeoutMs,
  });

async function failureOf(promise: Promise<unknown>): Promise<ChannelError> {
  const error = await promise.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(ChannelError);
  return error as ChannelError;
}

describe("WhatsApp Cloud API channel against a loopback Graph API", () => {
  it("posts the approved template with its parameters to the phone number's messages endpoint", async () => {
    graph.answer({
      status: 200,
      body: {
        messaging_product: "whatsapp",
        contacts: [{ input: "919876543210", wa_id: "919876543210" }],
        messages: [{ id: "wamid.HBgLOTE5ODc2NTQzMjEwFQIAERgS" }],
      },
    });
    const result = await channel().send(reminder, key);
    expect(result).toEqual({ providerMessageId: "wamid.HBgLOTE5ODc2NTQzMjEwFQIAERgS" });
    const [request] = graph.requests;
    expect(request?.method).toBe("POST");
    expect(request?.path).toBe("/v23.0/106540352242922/messages");
    expect(request?.headers.authorization).toBe("Bearer EAAG-test-token");
    expect(request?.headers["content-type"]).toBe("application/json");
    expect(request?.body).toEqual({
      messaging_product: "whatsapp",
      recipient_type: "individual",
      to: "919876543210",
      type: "template",
      template: {
        name: "payment_reminder",
        language: { code: "hi" },
        components: [
          {
            type: "body",
            parameters: [
              { type: "text", text: "Rahul Sharma" },
              { type: "text", text: "₹1,200.00" },
              // Graph API refuses new lines inside a parameter.
              { type: "text", text: "Gupta Store Delhi" },
            ],
          },
        ],
      },
    });
  });

  it.each([
    [400, 100, "rejected", false],
    [401, 190, "unauthorized", false],
    [404, 803, "not_found", false],
    [408, undefined, "request_timeout", true],
    [500, 1, "provider_unavailable", true],
    [503, undefined, "provider_unavailable", true],
    // Graph API's throughput limit arrives as a 400 with code 130429: wait, do not give up.
    [400, 130429, "rate_limited", true],
  ] as const)("HTTP %i (Graph code %s) is %s, retryable %s", async (status, code, reason, retryable) => {
    graph.answer({ status, body: code === undefined ? {} : { error: { message: "(#x) failed", code } } });
    const error = await failureOf(channel().send(reminder, key));
    expect({ reason: error.reason, retryable: error.retryable, status: error.status }).toEqual({
      reason,
      retryable,
      status,
    });
  });

  it("429 is retryable and carries the Retry-After the API asked for", async () => {
    graph.answer({ status: 429, headers: { "retry-after": "30" }, body: { error: { code: 4 } } });
    const error = await failureOf(channel().send(reminder, key));
    expect(error).toMatchObject({ reason: "rate_limited", retryable: true, retryAfterMs: 30_000 });
  });

  it("a 2xx without a message id is not retried (it may have gone out)", async () => {
    graph.answer({ status: 200, body: { messaging_product: "whatsapp" } });
    const error = await failureOf(channel().send(reminder, key));
    expect(error).toMatchObject({ reason: "unexpected_response", retryable: false });
  });

  it("gives up on a Graph API that never answers, within the timeout, as retryable", async () => {
    graph.answer("hang");
    const started = Date.now();
    const error = await failureOf(channel(300).send(reminder, key));
    expect(error).toMatchObject({ reason: "timeout", retryable: true });
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it("a reset or refused connection is retryable", async () => {
    graph.answer("reset");
    expect(await failureOf(channel().send(reminder, key))).toMatchObject({
      reason: "connection_failed",
      retryable: true,
    });
    const refused = whatsAppChannel({
      accessToken: "t",
      phoneNumberId: "1",
      apiBase: await closedPortUrl(),
      apiVersion: "v23.0",
    });
    expect(await failureOf(refused.send(reminder, key))).toMatchObject({
      reason: "connection_failed",
      retryable: true,
      providerCode: "ECONNREFUSED",
    });
  });

  it("refuses a number that is not E.164 without calling the API, and never retries it", async () => {
    const error = await failureOf(channel().send({ ...reminder, to: "98765 43210" }, key));
    expect(error).toMatchObject({ reason: "invalid_message", retryable: false });
    expect(graph.requests).toHaveLength(0);
  });

  it("keeps the recipient's number out of the error, even when the API quotes it", async () => {
    graph.answer({
      status: 400,
      body: { error: { code: 131026, message: "Message undeliverable to +91 98765 43210" } },
    });
    const error = await failureOf(channel().send(reminder, key));
    expect(error.message).not.toMatch(/98765/);
    expect(error.retryable).toBe(false);
  });
});
