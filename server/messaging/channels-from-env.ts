import { type Env, env } from "../env";
import { ChannelError, type ChannelKind } from "./channel-error";
import { emailChannel } from "./email-channel";
import { loggedChannel } from "./logged-channel";
import type { MessageChannel } from "./message";
import { msg91Channel } from "./msg91-channel";
import { whatsAppChannel } from "./whatsapp-channel";

const REQUIRED: Record<ChannelKind, readonly (keyof Env)[]> = {
  whatsapp: ["WHATSAPP_ACCESS_TOKEN", "WHATSAPP_PHONE_NUMBER_ID"],
  sms: ["MSG91_AUTH_KEY", "MSG91_SENDER_ID", "MSG91_TEMPLATE_ID"],
  email: ["SMTP_URL"],
};
const LABEL: Record<ChannelKind, string> = { whatsapp: "WhatsApp", sms: "SMS", email: "Email" };
const KINDS = Object.keys(REQUIRED) as ChannelKind[];

function build(kind: ChannelKind, settings: Env): MessageChannel {
  const timeoutMs = settings.MESSAGE_SEND_TIMEOUT_MS;
  // build() runs only after REQUIRED[kind] were all found set.
  const value = (name: keyof Env) => String(settings[name]);
  if (kind === "whatsapp") {
    return whatsAppChannel({
      accessToken: value("WHATSAPP_ACCESS_TOKEN"),
      phoneNumberId: value("WHATSAPP_PHONE_NUMBER_ID"),
      apiBase: settings.WHATSAPP_API_BASE,
      apiVersion: settings.WHATSAPP_API_VERSION,
      timeoutMs,
    });
  }
  if (kind === "sms") {
    return msg91Channel({
      authKey: value("MSG91_AUTH_KEY"),
      senderId: value("MSG91_SENDER_ID"),
      templateIds: { en: value("MSG91_TEMPLATE_ID"), hi: settings.MSG91_TEMPLATE_ID_HI },
      apiBase: settings.MSG91_API_BASE,
      timeoutMs,
    });
  }
  return emailChannel({ smtpUrl: value("SMTP_URL"), from: settings.MAIL_FROM, timeoutMs });
}

export type Channels = {
  /** The channels whose provider is configured, in a fixed order. */
  configured: readonly ChannelKind[];
  isConfigured(kind: ChannelKind): boolean;
  /** The channel, or a permanent ChannelError naming the variables to set. */
  get(kind: ChannelKind): MessageChannel;
};

/** The message channels the environment configures (the validated env() unless given one). */
export function channelsFromEnv(settings: Env = env()): Channels {
  const missing = (kind: ChannelKind) => REQUIRED[kind].filter((name) => settings[name] === undefined);
  const configured = KINDS.filter((kind) => missing(kind).length === 0);
  const built = new Map<ChannelKind, MessageChannel>();
  return {
    configured,
    isConfigured: (kind) => configured.includes(kind),
    get(kind) {
      const names = missing(kind);
      if (names.length > 0) {
        throw new ChannelError(
          kind,
          "not_configured",
          `${LABEL[kind]} is not configured: set ${names.join(", ")}`,
        );
      }
      let channel = built.get(kind);
      if (!channel) {
        channel = loggedChannel(build(kind, settings));
        built.set(kind, channel);
      }
      return channel;
    },
  };
}
