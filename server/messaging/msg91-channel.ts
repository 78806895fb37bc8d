import { normalizeIndianMobile } from "@/lib/phone";
import { ChannelError, maskedProviderText, parseRetryAfter, reasonOfHttpStatus } from "./channel-error";
import { postJson } from "./http-post";
import { checkedMessage, type MessageChannel, type OutgoingMessage } from "./message";
import { DEFAULT_SEND_TIMEOUT_MS } from "./policy-stop";

export type Msg91Settings = {
  authKey: string;
  /** The DLT-registered header (6 letters), e.g. "EXCORA". */
  senderId: string;
  /** MSG91 template ids, each mapped in MSG91 to its DLT template id; Hindi is optional. */
  templateIds: { en: string; hi?: string };
  /** https://control.msg91.com, or a loopback stand-in in tests. */
  apiBase: string;
  timeoutMs?: number;
};

/** The Flow API request: one recipient, the template's variables as var1, var2 … */
export function msg91FlowRequest(message: OutgoingMessage, settings: Msg91Settings, mobile: string) {
  const templateId = message.language === "hi" ? settings.templateIds.hi : settings.templateIds.en;
  if (!templateId) {
    throw new ChannelError("sms", "not_configured", "no Hindi SMS template (set MSG91_TEMPLATE_ID_HI)");
  }
  const variables = Object.fromEntries(
    message.template.parameters.map((value, index) => [`var${index + 1}`, value]),
  );
  return {
    template_id: templateId,
    sender: settings.senderId,
    short_url: "0",
    recipients: [{ mobiles: mobile, ...variables }],
  };
}

type Msg91Answer = { type?: unknown; message?: unknown };

/** SMS in India through MSG91's Flow API (DLT templates, authkey header). */
export function msg91Channel(settings: Msg91Settings): MessageChannel {
  const url = `${settings.apiBase.replace(/\/+$/, "")}/api/v5/flow`;
  return {
    kind: "sms",
    async send(input, options) {
      const message = checkedMessage("sms", input);
      // DLT templates reach Indian mobiles only.
      const mobile = normalizeIndianMobile(message.to);
      if (!mobile)
        throw new ChannelError("sms", "invalid_message", "recipient is not an Indian mobile number");
      const answer = await postJson("sms", url, {
        headers: { authkey: settings.authKey },
        body: msg91FlowRequest(message, settings, mobile.slice(1)),
        timeoutMs: settings.timeoutMs ?? DEFAULT_SEND_TIMEOUT_MS,
        signal: options.signal,
      });
      const body = (answer.body ?? {}) as Msg91Answer;
      if (answer.status < 200 || answer.status > 299) {
        const reason = reasonOfHttpStatus(answer.status);
        const detail = maskedProviderText(body.message);
        throw new ChannelError("sms", reason, `HTTP ${answer.status}${detail ? ` ${detail}` : ""}`, {
          status: answer.status,
          retryAfterMs:
            reason === "rate_limited" ? parseRetryAfter(answer.headers.get("retry-after")) : undefined,
        });
      }
      // MSG91 also refuses with HTTP 200 and {"type":"error"} (bad template, unknown sender …).
      if (body.type !== "success" || typeof body.message !== "string" || body.message.length === 0) {
        const reason = body.type === "error" ? "rejected" : "unexpected_response";
        const detail = maskedProviderText(body.message);
        throw new ChannelError("sms", reason, `HTTP ${answer.status}${detail ? ` ${detail}` : ""}`, {
          status: answer.status,
        });
      }
      return { providerMessageId: body.message };
    },
  };
}
