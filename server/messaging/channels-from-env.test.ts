import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { type Env, env } from "../env";
import { logger } from "../logger";
import { ChannelError } from "./channel-error";
import { channelsFromEnv } from "./channels-from-env";
import type { OutgoingMessage } from "./message";
import { startStandIn } from "./test-stand-in";

const base: Env = env();
const withEnv = (values: Partial<Env>): Env => ({
  ...base,
  SMTP_URL: undefined,
  WHATSAPP_ACCESS_TOKEN: undefined,
  WHATSAPP_PHONE_NUMBER_ID: undefined,
  MSG91_AUTH_KEY: undefined,
  MSG91_SENDER_ID: undefined,
  MSG91_TEMPLATE_ID: undefined,
  ...values,
});

describe("channelsFromEnv", () => {
  it("lists no channel on a fresh machine, and names the variables when one is asked for", () => {
    const channels = channelsFromEnv(withEnv({}));
    expect(channels.configured).toEqual([]);
    const failure = (kind: "whatsapp" | "sms" | "email") => {
      try {
        channels.get(kind);
      } catch (error) {
        return error;
      }
      return null;
    };
    expect(failure("whatsapp")).toMatchObject({
      message: "whatsapp: WhatsApp is not configured: set WHATSAPP_ACCESS_TOKEN, WHATSAPP_PHONE_NUMBER_ID",
      reason: "not_configured",
      retryable: false,
    });
    expect(failure("sms")).toBeInstanceOf(ChannelError);
    expect((failure("sms") as Error).message).toMatch(
      /set MSG91_AUTH_KEY, MSG91_SENDER_ID, MSG91_TEMPLATE_ID/,
    );
    expect((failure("email") as Error).message).toMatch(/set SMTP_URL/);
  });

  it("lists exactly the channels whose variables are set", () => {
    const channels = channelsFromEnv(
      withEnv({
        SMTP_URL: "smtp://127.0.0.1:2525",
        MSG91_AUTH_KEY: "k",
        MSG91_SENDER_ID: "EXCORA",
        MSG91_TEMPLATE_ID: "t",
      }),
    );
    expect(channels.configured).toEqual(["sms", "email"]);
    expect(channels.isConfigured("whatsapp")).toBe(false);
    expect(channels.get("sms").kind).toBe("sms");
    expect(channels.get("email").kind).toBe("email");
  });
});

describe("a configured channel", () => {
  let graph: Awaited<ReturnType<typeof startStandIn>>;
  beforeAll(async () => {
    graph = await startStandIn();
  });
  afterAll(() => graph.close());

  const message: OutgoingMessage = {
    to: "+919812345678",
    language: "en",
    template: { name: "payment_reminder", parameters: ["Sunita Devi", "₹450.00"] },
    text: "Sunita Devi ji, ₹450.00 is due at Gupta Store.",
  };

  it("sends to the configured base URL and version, and logs neither number nor text", async () => {
    const info = vi.spyOn(logger, "info");
    const warn = vi.spyOn(logger, "warn");
    const channel = channelsFromEnv(
      withEnv({
        WHATSAPP_ACCESS_TOKEN: "EAAG-env",
        WHATSAPP_PHONE_NUMBER_ID: "555",
        WHATSAPP_API_BASE: graph.url,
        WHATSAPP_API_VERSION: "v22.0",
      }),
    ).get("whatsapp");
    graph.answer({ status: 200, body: { messages: [{ id: "wamid.env" }] } });
    await channel.send(message, { idempotencyKey: "rem_5:1" });
    expect(graph.requests.at(-1)?.path).toBe("/v22.0/555/messages");
    expect(graph.requests.at(-1)?.headers.authorization).toBe("Bearer EAAG-env");
    graph.answer({ status: 503, body: { error: { message: "down for +919812345678", code: 2 } } });
    await expect(channel.send(message, { idempotencyKey: "rem_5:2" })).rejects.toMatchObject({
      retryable: true,
    });
    expect(info).toHaveBeenCalledWith(
      expect.objectContaining({
        channel: "whatsapp",
        idempotencyKey: "rem_5:1",
        providerMessageId: "wamid.env",
      }),
      "message sent",
    );
    expect(warn).toHaveBeenCalledWith(
      expect.objectContaining({
        channel: "whatsapp",
        idempotencyKey: "rem_5:2",
        reason: "provider_unavailable",
      }),
      "message not sent",
    );
    const logged = JSON.stringify([...info.mock.calls, ...warn.mock.calls]);
    expect(logged).not.toMatch(/9812345678|Sunita|450/);
    vi.restoreAllMocks();
  });
});
