import { logger } from "../logger";
import { ChannelError } from "./channel-error";
import type { MessageChannel } from "./message";

/**
 * One log line per send: channel, idempotency key, outcome, duration, the provider's id or the
 * failure class. Never the recipient or the message (personal data).
 */
export function loggedChannel(channel: MessageChannel): MessageChannel {
  return {
    kind: channel.kind,
    async send(message, options) {
      const started = performance.now();
      const base = { channel: channel.kind, idempotencyKey: options.idempotencyKey };
      try {
        const result = await channel.send(message, options);
        const durationMs = Math.round(performance.now() - started);
        logger.info({ ...base, durationMs, providerMessageId: result.providerMessageId }, "message sent");
        return result;
      } catch (error) {
        const durationMs = Math.round(performance.now() - started);
        if (error instanceof ChannelError) {
          const { reason, retryable, status, providerCode, retryAfterMs } = error;
          logger.warn(
            { ...base, durationMs, reason, retryable, status, providerCode, retryAfterMs },
            "message not sent",
          );
        } else {
          logger.error(
            { ...base, durationMs, errorName: (error as Error)?.name },
            "message send failed unexpectedly",
          );
        }
        throw error;
      }
    },
  };
}
