import { ChannelError, maskedProviderText, parseRetryAfter, reasonOfHttpStatus } from "./channel-error";
import { postJson } from "./http-post";
import { checkedMessage, type MessageChannel, type OutgoingMessage, phoneDigits } from "./message";
import { DEFAULT_SEND_TIMEOUT_MS } from "./policy-stop";

export type WhatsAppSettings = {
  accessToken: string;
  phoneNumberId: string;
  /** https://graph.facebook.com, or a loopback stand-in in tests. */
  apiBase: string;
  /** Graph API version, "v23.0". */
  apiVersion: string;
  timeoutMs?: number;
};

// Graph API answers most throttling and outages with HTTP 400 and one of these codes: 4 (app
// call limit), 80007 (account rate limit), 130429 (throughput), 131056 (pair rate), 1 (unknown,
// possibly server), 2 (service), 131000 (something went wrong), 131016 (service unavailable).
const THROTTLED = new Set([4, 80007, 130429, 131056]);
const TRANSIENT = new Set([1, 2, 131000, 131016]);

/** Body text parameters may not hold new lines, tabs or runs of spaces (Graph API error 132018). */
function templateText(value: string): string {
  return value.replace(/\s+/g, " ").trim();
}

/** The Cloud API request for an approved template message with body parameters. */
export function whatsAppTemplateRequest(message: OutgoingMessage, to: string) {
  const { name, parameters } = message.template;
  return {
    messaging_product: "whatsapp",
    recipient_type: "individual",
    to,
    type: "template",
    template: {
      name,
      language: { code: message.language },
      ...(parameters.length === 0
        ? {}
        : {
            components: [
              {
                type: "body",
                parameters: parameters.map((text) => ({ type: "text", text: templateText(text) })),
              },
            ],
          }),
    },
  };
}

type GraphError = { error?: { code?: unknown; message?: unknown } };
type GraphSuccess = { messages?: Array<{ id?: unknown }> };

function graphFailure(status: number, body: unknown, retryAfter: string | null): ChannelError {
  const graph = (body as GraphError | null)?.error;
  const code = typeof graph?.code === "number" ? graph.code : undefined;
  let reason = reasonOfHttpStatus(status);
  if (code !== undefined && THROTTLED.has(code)) reason = "rate_limited";
  else if (code !== undefined && TRANSIENT.has(code) && status < 500) reason = "provider_unavailable";
  const detail = maskedProviderText(graph?.message);
  return new ChannelError("whatsapp", reason, `HTTP ${status}${detail ? ` ${detail}` : ""}`, {
    status,
    providerCode: code === undefined ? undefined : String(code),
    retryAfterMs: reason === "rate_limited" ? parseRetryAfter(retryAfter) : undefined,
  });
}

/** WhatsApp Cloud API: approved template messages through Graph API's messages endpoint. */
export function whatsAppChannel(settings: WhatsAppSettings): MessageChannel {
  const base = settings.apiBase.replace(/\/+$/, "");
  const url = `${base}/${settings.apiVersion}/${encodeURIComponent(settings.phoneNumberId)}/messages`;
  return {
    kind: "whatsapp",
    async send(input, options) {
      const message = checkedMessage("whatsapp", input);
      const to = phoneDigits("whatsapp", message.to);
      const answer = await postJson("whatsapp", url, {
        headers: { authorization: `Bearer ${settings.accessToken}` },
        body: whatsAppTemplateRequest(message, to),
        timeoutMs: settings.timeoutMs ?? DEFAULT_SEND_TIMEOUT_MS,
        signal: options.signal,
      });
      if (answer.status < 200 || answer.status > 299) {
        throw graphFailure(answer.status, answer.body, answer.headers.get("retry-after"));
      }
      const id = (answer.body as GraphSuccess | null)?.messages?.[0]?.id;
      if (typeof id !== "string" || id.length === 0) {
        throw new ChannelError(
          "whatsapp",
          "unexpected_response",
          `HTTP ${answer.status} without a message id`,
          {
            status: answer.status,
          },
        );
      }
      return { providerMessageId: id };
    },
  };
}
